import { memo } from 'react';
import type { Artifact, Evidence, RefreshFlow } from '@/lib/engine/model/report';
import { EvidenceCopyKey, EvidenceText } from './evidence-text';
import { groupEvidence, replacedTokenIds } from './group-evidence';
import { SeenCount } from './seen-count';
import { Text } from './text';

export interface EvidenceListProps {
  evidence: readonly Evidence[];
  /** The verdict's refresh flow: a grouped line names a live token, not one it replaced. */
  flow?: RefreshFlow;
  /** To name the storage entry a line points at. */
  artifacts?: readonly Artifact[];
  /** Lines to show; the popup shows three, the panel all. */
  max?: number;
}

/** Why the verdict is what it is, one line per piece of evidence. */
export const EvidenceList = memo(function EvidenceList({
  evidence,
  flow,
  artifacts = [],
  max = Infinity,
}: EvidenceListProps) {
  if (evidence.length === 0) return null;
  const byId = new Map(artifacts.map((a) => [a.id, a]));
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
            <span className="tk-evidence__sentence">
              <EvidenceText
                evidence={item}
                artifact={item.artifactId ? byId.get(item.artifactId) : undefined}
                layout="block"
              />
              <EvidenceCopyKey
                evidence={item}
                artifact={item.artifactId ? byId.get(item.artifactId) : undefined}
              />
            </span>
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
