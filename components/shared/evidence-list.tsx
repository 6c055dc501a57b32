import { memo } from 'react';
import type { Evidence } from '@/lib/model/report';
import { Text } from './text';

export interface EvidenceListProps {
  evidence: readonly Evidence[];
  /** Lines to show; the popup shows three, the panel all. */
  max?: number;
}

/** Why the verdict is what it is, one line per piece of evidence. */
export const EvidenceList = memo(function EvidenceList({
  evidence,
  max = Infinity,
}: EvidenceListProps) {
  if (evidence.length === 0) return null;
  const shown = evidence.slice(0, max);
  const hidden = evidence.length - shown.length;
  return (
    <div className="tk-evidence" data-testid="evidence">
      <h3 className="tk-heading">
        <Text msg={{ key: 'ui.evidence.heading' }} />
      </h3>
      <ul className="tk-evidence__list">
        {shown.map((item, i) => (
          <li key={i} data-artifact-id={item.artifactId} data-token-id={item.tokenId}>
            <Text msg={item.message} layout="block" />
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
