/** A value with no token format: what the headline said, with what can be shown of it. */
import { TimeText } from '@/components/panel/time-text';
import { Text } from '@/components/shared/text';
import { ValueText } from '@/components/shared/value-text';
import type { DecodedItem } from '@/lib/engine/decoder/decoded-item';
import type { PlainLook } from '@/lib/engine/decoder/plain-values';

function UuidDetails({ look, now }: { look: PlainLook & { kind: 'uuid' }; now: number }) {
  if (look.time !== undefined) {
    return (
      <p data-testid="uuid-time">
        <Text msg={{ key: 'decode.uuid.time' }} />{' '}
        <TimeText ms={look.time} now={now} showCountdown={false} />
      </p>
    );
  }
  return look.version === 4 ? (
    <p>
      <Text msg={{ key: 'decode.uuid.random' }} />
    </p>
  ) : null;
}

/** What the card can show beyond the headline; null when the headline says it all. */
function lookDetails(look: PlainLook, now: number) {
  switch (look.kind) {
    case 'uuid':
      return look.time !== undefined || look.version === 4 ? (
        <UuidDetails look={look} now={now} />
      ) : null;
    case 'base64-json':
      return (
        <pre className="tp-mono" data-testid="decoded-json">
          <ValueText value={look.json} />
        </pre>
      );
    case 'base64-text':
      return (
        <pre className="tp-mono" data-testid="decoded-text">
          <ValueText value={look.text} />
        </pre>
      );
    default:
      return null;
  }
}

/** The card, or nothing when there is nothing beyond the headline (a word, `..`, a digest). */
export function PlainCard({ item, now }: { item: DecodedItem; now: number }) {
  const look = item.look!;
  const details = lookDetails(look, now);
  if (!details) return null;
  return (
    <article
      className="tp-card"
      data-testid="decoded-item"
      data-format={item.decoded.format}
      data-look={look.kind}
    >
      {details}
    </article>
  );
}
