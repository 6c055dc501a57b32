import { memo, useMemo } from 'react';
import type { Artifact, Finding } from '@/lib/engine/model/report';
import { FindingItem } from './finding-item';
import { bySeverity } from './severity';
import { Text } from './text';

export interface FindingListProps {
  findings: readonly Finding[];
  /** To name the place each finding points at. */
  artifacts?: readonly Artifact[];
  /** How many to show, most severe first; the rest are counted. */
  max?: number;
}

/** Findings, most severe first. */
export const FindingList = memo(function FindingList({
  findings,
  artifacts = [],
  max = Infinity,
}: FindingListProps) {
  const sorted = useMemo(() => bySeverity(findings), [findings]);
  const labels = useMemo(() => new Map(artifacts.map((a) => [a.id, a.label])), [artifacts]);
  const shown = sorted.slice(0, max);
  const hidden = sorted.length - shown.length;
  return (
    <section className="tk-findings" data-testid="findings" aria-labelledby="tk-findings-heading">
      <h3 id="tk-findings-heading" className="tk-heading">
        <Text msg={{ key: 'ui.findings.heading' }} />
      </h3>
      {sorted.length === 0 ? (
        <p className="tk-muted">
          <Text msg={{ key: 'ui.findings.none' }} />
        </p>
      ) : (
        <ul className="tk-findings__list">
          {shown.map((finding) => (
            <FindingItem
              key={finding.key}
              finding={finding}
              placeLabel={finding.artifactId ? labels.get(finding.artifactId) : undefined}
            />
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <p className="tk-more">
          <Text msg={{ key: 'ui.findings.more', params: { n: hidden } }} />
        </p>
      )}
    </section>
  );
});
