import { memo } from 'react';
import type { Artifact, Finding } from '@/lib/engine/model/report';
import { EvidenceText } from './evidence-text';
import { Text } from './text';
import { ValueText } from './value-text';

export interface FindingItemProps {
  finding: Finding;
  /** The artifact it points at, to name a recognised store by its name in the sentence. */
  artifact?: Pick<Artifact, 'location' | 'name' | 'label'>;
  /** Where it was found (cookie name, header…), as the page spelled it. */
  placeLabel?: string;
}

/** One finding: severity, what is wrong, and where. */
export const FindingItem = memo(function FindingItem({
  finding,
  artifact,
  placeLabel,
}: FindingItemProps) {
  return (
    <li
      className={`tk-finding tk-finding--${finding.severity}`}
      data-finding-id={finding.id}
      data-severity={finding.severity}
    >
      <span className={`tk-badge tk-sev tk-sev--${finding.severity}`}>
        <Text msg={{ key: `ui.severity.${finding.severity}` }} layout="compact" />
      </span>
      <span className="tk-finding__body">
        <EvidenceText evidence={finding} artifact={artifact} />
        {placeLabel && (
          <span className="tk-finding__place">
            <ValueText value={placeLabel} />
          </span>
        )}
      </span>
    </li>
  );
});
