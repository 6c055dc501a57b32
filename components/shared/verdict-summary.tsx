import { memo } from 'react';
import { verdictTitle } from '@/lib/engine/display/verdict-title';
import type { Verdict } from '@/lib/engine/model/report';
import { Text } from './text';

/**
 * The verdict in one sentence, with its kind as a label. The element keeps
 * data-testid="verdict" and data-verdict for end-to-end tests. Its heading is painted first,
 * and `elementtiming` has the browser record when: the moment the answer is on screen, read by
 * `npm run bench` and by anyone profiling the popup (the attribute costs nothing otherwise).
 */
export const VerdictSummary = memo(function VerdictSummary({ verdict }: { verdict: Verdict }) {
  const pct = Math.round(Math.min(1, Math.max(0, verdict.confidence)) * 100);
  return (
    <section
      className={`tk-verdict tk-verdict--${verdict.kind}`}
      data-testid="verdict"
      data-verdict={verdict.kind}
      aria-labelledby="tk-verdict-kind"
    >
      <h2 id="tk-verdict-kind" className="tk-verdict__kind" elementtiming="verdict">
        <Text msg={verdictTitle(verdict)} />
      </h2>
      <p className="tk-verdict__summary">
        <Text msg={verdict.summary} layout="block" />
      </p>
      {verdict.kind !== 'none' && (
        <p className="tk-verdict__confidence">
          <Text msg={{ key: 'ui.verdict.confidence', params: { pct } }} />
        </p>
      )}
    </section>
  );
});
