/** A verification result as the engine explains it; algorithm confusion reads as a critical finding. */
import { Text } from '@/components/shared/text';
import { describeVerifyResult } from '@/lib/engine/verify/describe-result';
import type { VerifyResult } from '@/lib/engine/verify/types';

/** The verdict's mark: a tick only for valid, never for a refused key that forges. */
function Verdict({ result }: { result: VerifyResult }) {
  if (result.status === 'error' && result.algorithmConfusion) {
    return (
      <span className="tp-sev tv-critical">
        <Text msg={{ key: 'verify.critical' }} />
      </span>
    );
  }
  const mark = result.status === 'valid' ? '✓' : result.status === 'invalid' ? '✗' : '!';
  return (
    <span className={`tv-mark tv-mark--${result.status}`} aria-hidden="true">
      {mark}
    </span>
  );
}

/**
 * The result of one verification: `data-status` valid | invalid | error (and `data-error-code`),
 * then the engine's sentences: what valid proves and what not, which key matched, the notes.
 */
export function VerifyResultView({ result }: { result: VerifyResult }) {
  const confusion = result.status === 'error' && result.algorithmConfusion === true;
  const sentences = describeVerifyResult(result);
  return (
    <div
      className={`tv-result tv-result--${confusion ? 'critical' : result.status}`}
      data-testid="verify-result"
      data-status={result.status}
      data-error-code={result.status === 'error' ? result.code : undefined}
      data-algorithm-confusion={confusion ? 'true' : undefined}
      data-severity={confusion ? 'critical' : undefined}
      data-key-from={result.keyFrom}
    >
      <Verdict result={result} />
      <ul className="tv-sentences">
        {sentences.map((msg, i) => (
          <li key={i}>
            <Text msg={msg} />
          </li>
        ))}
      </ul>
    </div>
  );
}
