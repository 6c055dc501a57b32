/**
 * What the Decoder found in a paste: a headline saying what it is, any look-alike characters,
 * the cards of the values read, and, when fixing look-alikes makes it a token, that reading.
 */
import { Text } from '@/components/shared/text';
import type { DecoderResult } from '@/lib/engine/decoder/decode-input';
import { DecoderHeadline } from './decoder-headline';
import { ItemCard } from './item-card';
import { LookalikeList } from './lookalike-list';

export function DecoderResultView({ result, now }: { result: DecoderResult; now: number }) {
  const { fixed } = result;
  return (
    <>
      <DecoderHeadline result={result} />
      {result.lookalikes && <LookalikeList lookalikes={result.lookalikes} />}
      {result.status === 'error' && (
        <p className="tp-error">
          <Text msg={{ key: 'panel.decoder.error' }} /> <code>{result.errorCode}</code>
        </p>
      )}
      {result.items.map((item, i) => (
        <ItemCard key={i} item={item} now={now} />
      ))}
      {fixed && (
        <section data-testid="decoder-fixed" data-kind={fixed.kind}>
          <h3>
            <Text msg={{ key: 'decode.lookalike.fixed' }} />
          </h3>
          <DecoderHeadline result={fixed} />
          {fixed.items.map((item, i) => (
            <ItemCard key={i} item={item} now={now} />
          ))}
        </section>
      )}
    </>
  );
}
