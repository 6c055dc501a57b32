import { Text } from '@/components/shared/text';
import type { Report } from '@/lib/engine/model/report';
import { FindingItems, SEVERITIES } from './finding-items';
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

/** Every finding, grouped by severity, most severe first. */
function FindingsBySeverity({ report }: { report: Report }) {
  return (
    <section aria-labelledby="tp-findings-title">
      <h3 id="tp-findings-title">
        <Text msg={{ key: 'panel.findings.title' }} /> ({report.findings.length})
      </h3>
      {report.findings.length === 0 ? (
        <FindingItems findings={[]} report={report} />
      ) : (
        SEVERITIES.map((severity) => {
          const list = report.findings.filter((f) => f.severity === severity);
          if (list.length === 0) return null;
          return (
            <div key={severity} data-severity-group={severity}>
              <h4>
                <Text msg={{ key: `ui.severity.${severity}` }} /> ({list.length})
              </h4>
              <FindingItems findings={list} report={report} />
            </div>
          );
        })
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
      <FindingsBySeverity report={report} />
    </div>
  );
}
