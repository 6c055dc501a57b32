import { useMemo } from 'react';
import type { Report, RequestReport } from '@/lib/engine/model/report';
import { IssuingBodies } from './issuing-bodies';
import { usePanel, type PanelState } from './panel-store';
import { RequestDetails } from './request-details';
import { RequestFilters } from './request-filters';
import { RequestGrid } from './request-grid';
import { statusClass } from './request-status';
import './requests.css';

/** Requests matching the filters, newest first; `credentialsOnly` leaves out the plain ones. */
export function filterRequests(
  requests: RequestReport[],
  f: PanelState['requestFilter'],
  credentialsOnly = false,
): RequestReport[] {
  const out = requests.filter(
    (r) =>
      (!credentialsOnly || !r.plain) &&
      (f.origin === '' || r.origin === f.origin) &&
      (f.scheme === '' || (r.scheme ?? '') === f.scheme) &&
      (f.status === '' || statusClass(r.status) === f.status),
  );
  return out.sort((a, b) => b.time - a.time);
}

function distinct(values: string[]): string[] {
  return [...new Set(values)].sort();
}

/**
 * Every captured request of the site: the filter bar (credentials only by default, saying how
 * many it hides), the virtualised grid beside the selected request's details (below them when
 * the panel is narrow), and the response bodies seen through devtools.network that issued tokens.
 */
export function RequestsView({ report }: { report: Report }) {
  const filter = usePanel((s) => s.requestFilter);
  const credentialsOnly = usePanel((s) => s.requestCredentialsOnly);
  const selected = usePanel((s) => s.selectedRequest);
  const rows = useMemo(
    () => filterRequests(report.requests, filter, credentialsOnly),
    [report.requests, filter, credentialsOnly],
  );
  const hidden = useMemo(
    () => (credentialsOnly ? filterRequests(report.requests, filter).length - rows.length : 0),
    [report.requests, filter, credentialsOnly, rows.length],
  );
  const origins = useMemo(() => distinct(report.requests.map((r) => r.origin)), [report.requests]);
  const schemes = useMemo(
    () => distinct(report.requests.map((r) => r.scheme ?? '').filter(Boolean)),
    [report.requests],
  );
  const kinds = useMemo(
    () => new Map(report.tokens.map((tk) => [tk.id, tk.kind])),
    [report.tokens],
  );
  const selectedRequest = selected ? report.requests.find((r) => r.id === selected) : undefined;
  return (
    <div className="tp-requests">
      <RequestFilters
        report={report}
        origins={origins}
        schemes={schemes}
        shown={rows.length}
        hidden={hidden}
      />
      <div className={`tp-reqsplit${selectedRequest ? ' tp-reqsplit--open' : ''}`}>
        <div className="tp-reqsplit__list">
          <RequestGrid rows={rows} kinds={kinds} selected={selected} />
        </div>
        {selectedRequest && (
          <div className="tp-reqsplit__details">
            <RequestDetails key={selectedRequest.id} r={selectedRequest} report={report} />
          </div>
        )}
      </div>
      <IssuingBodies report={report} kinds={kinds} />
    </div>
  );
}
