import { groupEvidence } from '@/components/shared/group-evidence';
import { SeenCount } from '@/components/shared/seen-count';
import { Text } from '@/components/shared/text';
import { verdictTitle } from '@/lib/engine/display/verdict-title';
import type { Location, LocationRisk, Report } from '@/lib/engine/model/report';
import { FindingItems, SEVERITIES } from './finding-items';
import { openArtifact } from './panel-store';

/** Locations shown in the matrix, most protected first. */
const MATRIX_ORDER: Location[] = [
  'cookie-httponly',
  'cookie-script',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'header',
  'url',
  'response-body',
];

function Yes({ value, risky }: { value: boolean; risky: boolean }) {
  return (
    <td className={value === risky ? 'tp-risk' : 'tp-ok'} data-value={value}>
      <Text msg={{ key: value ? 'panel.yes' : 'panel.no' }} />
    </td>
  );
}

/**
 * The header row when the site's headers are HTTP authentication: the browser, not the page,
 * sends them (the engine's profile for that row, see lib/engine/analyze/locations.ts).
 */
function isBrowserHeader(l: LocationRisk): boolean {
  return l.location === 'header' && l.sentAutomatically;
}

/** The verdict with its evidence, the storage-location × risk matrix, and findings by severity. */
export function OverviewView({ report }: { report: Report }) {
  const { verdict } = report;
  const cookieIds = new Set(report.cookies.map((c) => c.artifactId));
  const locations = [...report.locations].sort(
    (a, b) => MATRIX_ORDER.indexOf(a.location) - MATRIX_ORDER.indexOf(b.location),
  );
  return (
    <div className="tp-overview">
      <section
        className={`tp-verdict tp-verdict--${verdict.kind}`}
        data-testid="verdict"
        data-verdict={verdict.kind}
        aria-labelledby="tp-verdict-title"
      >
        <h2 id="tp-verdict-title">
          <Text msg={verdictTitle(verdict)} />{' '}
          <span className="tp-muted">
            <Text
              msg={{
                key: 'ui.verdict.confidence',
                params: { pct: Math.round(verdict.confidence * 100) },
              }}
            />
          </span>
        </h2>
        <p>
          <Text msg={verdict.summary} layout="block" />
        </p>
        {verdict.evidence.length > 0 && (
          <>
            <h3>
              <Text msg={{ key: 'panel.evidence' }} />
            </h3>
            <ul className="tp-evidence">
              {groupEvidence(verdict.evidence).map(({ evidence: e, count }, i) => {
                const cookieArtifactId =
                  e.artifactId && cookieIds.has(e.artifactId) ? e.artifactId : undefined;
                const linkable = cookieArtifactId !== undefined || e.tokenId !== undefined;
                return (
                  <li key={i} data-testid="evidence" data-count={count}>
                    {linkable ? (
                      <button
                        type="button"
                        className="tp-link"
                        onClick={() => openArtifact({ cookieArtifactId, tokenId: e.tokenId })}
                      >
                        <Text msg={e.message} />
                      </button>
                    ) : (
                      <Text msg={e.message} />
                    )}
                    {count > 1 && <SeenCount count={count} className="tp-muted" />}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>

      {report.unavailable.length > 0 && (
        <section className="tp-unavailable" aria-labelledby="tp-unavail-title">
          <h3 id="tp-unavail-title">
            <Text msg={{ key: 'panel.unavailable.title' }} />
          </h3>
          <ul>
            {report.unavailable.map((u, i) => (
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
      )}

      <section aria-labelledby="tp-matrix-title">
        <h3 id="tp-matrix-title">
          <Text msg={{ key: 'panel.matrix.title' }} />
        </h3>
        <div className="tp-scroll">
          <table className="tp-table tp-matrix" data-testid="risk-matrix">
            <thead>
              <tr>
                <th scope="col">
                  <Text msg={{ key: 'panel.matrix.location' }} />
                </th>
                <th scope="col">
                  <Text msg={{ key: 'panel.matrix.count' }} />
                </th>
                <th scope="col">
                  <Text msg={{ key: 'panel.matrix.readable' }} />
                </th>
                <th scope="col">
                  <Text msg={{ key: 'panel.matrix.automatic' }} />
                </th>
                <th scope="col">
                  <Text msg={{ key: 'panel.matrix.survives' }} />
                </th>
              </tr>
            </thead>
            <tbody>
              {locations.map((l) => (
                <tr
                  key={l.location}
                  data-location={l.location}
                  className={l.count > 0 ? 'tp-row--used' : 'tp-row--empty'}
                >
                  <th scope="row">
                    <Text
                      msg={{
                        key: isBrowserHeader(l)
                          ? 'learn.matrix.headerByBrowser'
                          : `ui.location.${l.location}`,
                      }}
                    />
                  </th>
                  <td className="tp-num">{l.count}</td>
                  <Yes value={l.readableByScripts} risky={true} />
                  <Yes value={l.sentAutomatically} risky={true} />
                  <td>
                    <Text msg={{ key: `panel.survives.${l.survivesBrowserClose}` }} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="tp-muted tp-small">
          <Text msg={{ key: 'panel.matrix.hint' }} />
        </p>
        {locations.some(isBrowserHeader) && (
          <p className="tp-muted tp-small" data-testid="matrix-http-auth">
            <Text msg={{ key: 'learn.matrix.httpAuth' }} layout="block" />
          </p>
        )}
      </section>

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
    </div>
  );
}
