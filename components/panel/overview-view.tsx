import { FindingGroupHeading } from '@/components/shared/finding-group-heading';
import { replacedTokenIds } from '@/components/shared/group-evidence';
import { Text } from '@/components/shared/text';
import { groupFindings } from '@/lib/engine/display/finding-groups';
import type { Report } from '@/lib/engine/model/report';
import { FindingItems } from './finding-items';
import { OverviewVerdict } from './overview-verdict';
import { RiskMatrix } from './risk-matrix';

/** What Tokki could not see on this page, and why. */
function UnavailableSection({ unavailable }: { unavailable: Report['unavailable'] }) {
  return (
    <section className="tp-unavailable" aria-labelledby="tp-unavail-title">
      <h3 id="tp-unavail-title">
        <Text msg={{ key: 'panel.unavailable.title' }} />
      </h3>
      <ul>
        {unavailable.map((u, i) => (
          <li key={i} data-unavailable={u.what}>
            <strong>
              <Text msg={{ key: `capture.what.${u.what}` }} />
            </strong>
            {': '}
            <Text
              msg={{
                key: `capture.unavailable.${u.reason}`,
                ...(u.count !== undefined ? { params: { count: u.count } } : {}),
              }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Every finding, grouped by the token it is about, one per token and rule, the group with the
 * most severe finding first; each group names its token.
 */
function FindingsByToken({ report }: { report: Report }) {
  const groups = groupFindings(report);
  const artifacts = new Map(report.artifacts.map((a) => [a.id, a]));
  const tokens = new Map(report.tokens.map((t) => [t.id, t]));
  const replaced = replacedTokenIds(report.verdict.flow);
  const total = groups.reduce((n, g) => n + g.findings.length, 0);
  return (
    <section aria-labelledby="tp-findings-title">
      <h3 id="tp-findings-title">
        <Text msg={{ key: 'panel.findings.title' }} /> ({total})
      </h3>
      {groups.length === 0 ? (
        <FindingItems findings={[]} report={report} />
      ) : (
        groups.map((group) => (
          <div
            key={group.key}
            className="tp-finding-group"
            data-testid="finding-group"
            data-token-id={group.tokenId}
            data-severity-group={group.findings[0]?.severity}
          >
            <FindingGroupHeading
              group={group}
              token={group.tokenId ? tokens.get(group.tokenId) : undefined}
              artifact={group.artifactId ? artifacts.get(group.artifactId) : undefined}
              replaced={group.tokenId !== undefined && replaced.has(group.tokenId)}
            />
            <FindingItems findings={group.findings} report={report} />
          </div>
        ))
      )}
    </section>
  );
}

/** The verdict with its evidence, the storage-location × risk matrix, and findings by severity. */
export function OverviewView({ report }: { report: Report }) {
  return (
    <div className="tp-overview">
      <OverviewVerdict report={report} />
      {report.unavailable.length > 0 && <UnavailableSection unavailable={report.unavailable} />}
      <RiskMatrix locations={report.locations} />
      <FindingsByToken report={report} />
    </div>
  );
}
