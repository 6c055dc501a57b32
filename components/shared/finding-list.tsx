import { memo, useMemo } from 'react';
import { groupFindings, type FindingGroup } from '@/lib/engine/display/finding-groups';
import type { Artifact, Finding, RefreshFlow, TokenReport } from '@/lib/engine/model/report';
import { FindingGroupHeading } from './finding-group-heading';
import { FindingItem } from './finding-item';
import { replacedTokenIds } from './group-evidence';
import { Text } from './text';

export interface FindingListProps {
  findings: readonly Finding[];
  /** To name the place each finding points at. */
  artifacts?: readonly Artifact[];
  /** To name the token each group is about. */
  tokens?: readonly TokenReport[];
  /** The verdict's refresh flow, to mark a token a refresh replaced. */
  flow?: RefreshFlow;
  /** How many findings to show, most severe group first; the rest are counted. */
  max?: number;
}

/** The groups to show, cut after `max` findings. */
function capped(groups: readonly FindingGroup[], max: number): FindingGroup[] {
  const shown: FindingGroup[] = [];
  let left = max;
  for (const group of groups) {
    if (left <= 0) break;
    shown.push({ ...group, findings: group.findings.slice(0, left) });
    left -= group.findings.length;
  }
  return shown;
}

/**
 * Findings grouped by the token they are about, one per token and rule, the group with the most
 * severe finding first; each group names its token.
 */
export const FindingList = memo(function FindingList({
  findings,
  artifacts = [],
  tokens = [],
  flow,
  max = Infinity,
}: FindingListProps) {
  const groups = useMemo(
    () =>
      groupFindings({ findings: [...findings], artifacts: [...artifacts], tokens: [...tokens] }),
    [findings, artifacts, tokens],
  );
  const byId = useMemo(() => new Map(artifacts.map((a) => [a.id, a])), [artifacts]);
  const tokenById = useMemo(() => new Map(tokens.map((t) => [t.id, t])), [tokens]);
  const replaced = useMemo(() => replacedTokenIds(flow), [flow]);
  const total = groups.reduce((n, g) => n + g.findings.length, 0);
  const shown = capped(groups, max);
  const hidden = total - shown.reduce((n, g) => n + g.findings.length, 0);
  return (
    <section className="tk-findings" data-testid="findings" aria-labelledby="tk-findings-heading">
      <h3 id="tk-findings-heading" className="tk-heading">
        <Text msg={{ key: 'ui.findings.heading' }} />
      </h3>
      {total === 0 ? (
        <p className="tk-muted">
          <Text msg={{ key: 'ui.findings.none' }} />
        </p>
      ) : (
        <ul className="tk-findings__groups">
          {shown.map((group) => {
            const named = group.artifactId ? byId.get(group.artifactId) : undefined;
            return (
              <li
                key={group.key}
                className="tk-finding-group"
                data-testid="finding-group"
                data-token-id={group.tokenId}
              >
                <FindingGroupHeading
                  group={group}
                  token={group.tokenId ? tokenById.get(group.tokenId) : undefined}
                  artifact={named}
                  replaced={group.tokenId !== undefined && replaced.has(group.tokenId)}
                />
                <ul className="tk-findings__list">
                  {group.findings.map((finding) => {
                    const at = finding.artifactId ? byId.get(finding.artifactId) : undefined;
                    return (
                      <FindingItem
                        key={finding.key}
                        finding={finding}
                        artifact={at}
                        // The heading names the group's place; another place is said per finding.
                        placeLabel={at && at.id !== named?.id ? at.label : undefined}
                      />
                    );
                  })}
                </ul>
              </li>
            );
          })}
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
