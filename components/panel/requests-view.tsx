import { useMemo } from 'react';
import type { Report, RequestReport } from '@/lib/engine/model/report';
import { IssuingBodies } from './issuing-bodies';
import { usePanel, type PanelState } from './panel-store';
import { RequestDetails } from './request-details';
import { RequestFilters } from './request-filters';
import { RequestGrid } from './request-grid';
import { statusClass } from './request-status';

/** Requests matching the filters, newest first. */
export function filterRequests(
  requests: RequestReport[],
  f: PanelState['requestFilter'],
): RequestReport[] {
  const out = requests.filter(
    (r) =>
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
 * The captured credential-bearing requests: the filter bar, the virtualised grid, the selected
 * request's details, and the response bodies seen through devtools.network that issued tokens.
 */
export function RequestsView({ report }: { report: Report }) {
  const filter = usePanel((s) => s.requestFilter);
  const selected = usePanel((s) => s.selectedRequest);
  const rows = useMemo(() => filterRequests(report.requests, filter), [report.requests, filter]);
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
      <RequestFilters report={report} origins={origins} schemes={schemes} shown={rows.length} />
      <RequestGrid rows={rows} kinds={kinds} selected={selected} />
      {selectedRequest && <RequestDetails r={selectedRequest} report={report} />}
      <IssuingBodies report={report} kinds={kinds} />
    </div>
  );
}
