/** The look-alike, invisible and bidi characters of a paste, each with its place and name. */
import { Text } from '@/components/shared/text';
import type { Lookalikes } from '@/lib/engine/decoder/lookalikes';

export function LookalikeList({ lookalikes }: { lookalikes: Lookalikes }) {
  const { marks, more } = lookalikes;
  return (
    <div className="tp-warn" data-testid="decoder-lookalike" data-count={marks.length + more}>
      <strong>
        <Text msg={{ key: 'decode.lookalike.title', params: { count: marks.length + more } }} />
      </strong>
      <ul>
        {marks.map((m) => (
          <li key={m.position} data-position={m.position} data-code-point={m.codePoint}>
            <Text
              msg={{
                key: `decode.lookalike.${m.cls}`,
                params: {
                  position: m.position,
                  codePoint: m.codePoint,
                  name: m.name,
                  ascii: m.ascii,
                },
              }}
            />
          </li>
        ))}
        {more > 0 && (
          <li>
            <Text msg={{ key: 'decode.lookalike.more', params: { count: more } }} />
          </li>
        )}
      </ul>
      <p className="tp-small">
        <Text msg={{ key: 'decode.lookalike.why' }} />
      </p>
    </div>
  );
}
