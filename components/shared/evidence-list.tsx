import { memo } from 'react';
import type { Evidence, RefreshFlow } from '@/lib/engine/model/report';
import { groupEvidence, replacedTokenIds } from './group-evidence';
import { SeenCount } from './seen-count';
import { Text } from './text';

export interface EvidenceListProps {
  evidence: readonly Evidence[];
  /** The verdict's refresh flow: a grouped line names a live token, not one it replaced. */
  flow?: RefreshFlow;
  /** Lines to show; the popup shows three, the panel all. */
  max?: number;
}

/** Why the verdict is what it is, one line per piece of evidence. */
export const EvidenceList = memo(function EvidenceList({
  evidence,
  flow,
  max = Infinity,
}: EvidenceListProps) {
  if (evidence.length === 0) return null;
  const groups = groupEvidence(evidence, replacedTokenIds(flow));
  const shown = groups.slice(0, max);
  const hidden = groups.length - shown.length;
  return (
    <div className="tk-evidence" data-testid="evidence">
      <h3 className="tk-heading">
        <Text msg={{ key: 'ui.evidence.heading' }} />
      </h3>
      <ul className="tk-evidence__list">
        {shown.map(({ evidence: item, count }, i) => (
          <li key={i} data-artifact-id={item.artifactId} data-token-id={item.tokenId}>
            <Text msg={item.message} layout="block" />
            {count > 1 && <SeenCount count={count} className="tk-evidence__count" />}
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <p className="tk-more">
          <Text msg={{ key: 'ui.evidence.more', params: { n: hidden } }} />
        </p>
      )}
    </div>
  );
});
