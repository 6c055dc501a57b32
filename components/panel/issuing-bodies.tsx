import { Text } from '@/components/shared/text';
import { ValueText } from '@/components/shared/value-text';
import type { Report, TokenKind } from '@/lib/engine/model/report';

/** The response bodies, seen through devtools.network, that issued tokens. */
export function IssuingBodies({
  report,
  kinds,
}: {
  report: Report;
  kinds: Map<string, TokenKind>;
}) {
  const bodies = report.artifacts.filter((a) => a.location === 'response-body');
  return (
    <section aria-labelledby="tp-bodies-title" data-testid="issuing-bodies">
      <h3 id="tp-bodies-title">
        <Text msg={{ key: 'panel.request.bodies' }} />
      </h3>
      {bodies.length === 0 ? (
        <p className="tp-muted">
          <Text msg={{ key: 'panel.request.bodiesNone' }} />
        </p>
      ) : (
        <ul>
          {bodies.map((a) => {
            const kind = a.tokenId ? kinds.get(a.tokenId) : undefined;
            return (
              <li key={a.id} data-testid="issuing-body">
                <ValueText className="tp-mono" value={a.label} />{' '}
                {kind && (
                  <span className="tp-badge">
                    <Text msg={{ key: `ui.kind.${kind}` }} />
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
