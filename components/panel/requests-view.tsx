import { useMemo, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Text, useTranslate } from '@/components/shared/text';
import { ValueText } from '@/components/shared/value-text';
import { visibleText } from '@/lib/engine/display/visible-text';
import type { Report, RequestReport, TokenKind } from '@/lib/engine/model/report';
import { selectRequest, setRequestFilter, usePanel, type PanelState } from './panel-store';
import { timeOfDay } from './time-format';

const ROW_HEIGHT = 24;
/** Rows rendered beyond the visible ones; with the viewport cap this keeps the DOM under 100 rows. */
const OVERSCAN = 8;

function statusClass(status: number | undefined): string {
  if (status === undefined) return 'none';
  return `${Math.floor(status / 100)}xx`;
}

/** Requests matching the filters, newest first. Exported for tests and the benchmark. */
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

function Row({
  r,
  kinds,
  selected,
  top,
  index,
}: {
  r: RequestReport;
  kinds: Map<string, TokenKind>;
  selected: boolean;
  top: number;
  index: number;
}) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      selectRequest(selected ? undefined : r.id);
    }
  };
  return (
    <div
      role="row"
      tabIndex={0}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`tp-req${selected ? ' tp-req--selected' : ''}${r.thirdParty ? ' tp-req--third' : ''}`}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      data-testid="request-row"
      data-request-id={r.id}
      data-index={index}
      onClick={() => selectRequest(selected ? undefined : r.id)}
      onKeyDown={onKeyDown}
    >
      <span role="cell" className="tp-req__time tp-muted" title={new Date(r.time).toISOString()}>
        <Text render={(l) => timeOfDay(r.time, l)} />
      </span>
      <span role="cell" className="tp-req__method tp-mono">
        {r.method}
      </span>
      <span role="cell" className={`tp-req__status tp-status--${statusClass(r.status)}`}>
        {r.status ?? '—'}
      </span>
      <span role="cell" className="tp-req__url tp-mono" title={visibleText(r.url, 2000)}>
        <ValueText value={r.url} expandable={false} />
      </span>
      <span role="cell" className="tp-req__scheme">
        {r.scheme ? <ValueText value={r.scheme} maxChars={40} expandable={false} /> : '—'}
      </span>
      <span role="cell" className="tp-req__tokens">
        {r.tokenIds.map((id) => (
          <span key={id} className="tp-badge" data-token-id={id}>
            <Text msg={{ key: `ui.kind.${kinds.get(id) ?? 'unknown'}` }} />
          </span>
        ))}
      </span>
      <span role="cell" className="tp-req__cookies tp-mono">
        {r.setCookies.length > 0 && (
          <>
            Set-Cookie: <ValueText value={r.setCookies.join(', ')} expandable={false} />
          </>
        )}
      </span>
    </div>
  );
}

function RequestDetails({ r, report }: { r: RequestReport; report: Report }) {
  const tokens = report.tokens.filter((t) => r.tokenIds.includes(t.id));
  const issued = report.artifacts.filter(
    (a) => a.location === 'response-body' && a.requestIds.includes(r.id),
  );
  return (
    <div className="tp-details" data-testid="request-details">
      <h3 className="tp-mono">
        {r.method} <ValueText value={r.url} />
      </h3>
      <dl className="tp-dl">
        <dt>
          <Text msg={{ key: 'panel.col.status' }} />
        </dt>
        <dd>{r.status ?? '—'}</dd>
        <dt>
          <Text msg={{ key: 'panel.request.type' }} />
        </dt>
        <dd>
          {r.type}
          {r.thirdParty ? (
            <>
              {' '}
              · <Text msg={{ key: 'panel.request.thirdParty' }} />
            </>
          ) : null}
        </dd>
        <dt>
          <Text msg={{ key: 'panel.request.carried' }} />
        </dt>
        <dd>
          {tokens.length === 0
            ? '—'
            : tokens.map((t) => (
                <div key={t.id}>
                  <Text msg={{ key: `ui.kind.${t.kind}` }} /> ·{' '}
                  {r.scheme && <ValueText value={r.scheme} maxChars={40} expandable={false} />}
                </div>
              ))}
        </dd>
        <dt>Set-Cookie</dt>
        <dd className="tp-mono">
          {r.setCookies.length > 0 ? <ValueText value={r.setCookies.join(', ')} /> : '—'}
        </dd>
        {issued.length > 0 && (
          <>
            <dt>
              <Text msg={{ key: 'panel.request.issuedInBody' }} />
            </dt>
            <dd className="tp-mono">
              <ValueText value={issued.map((a) => a.path ?? a.name).join(', ')} />
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}

/**
 * The captured credential-bearing requests as a virtualised grid (10,000 rows stay ~40 DOM rows),
 * with origin/scheme/status filters, and the response bodies seen through devtools.network that
 * issued tokens.
 */
export function RequestsView({ report }: { report: Report }) {
  const filter = usePanel((s) => s.requestFilter);
  const selected = usePanel((s) => s.selectedRequest);
  const t = useTranslate();
  const rows = useMemo(() => filterRequests(report.requests, filter), [report.requests, filter]);
  // Requests whose start came before Tokki listened: not dropped, and said apart from drops.
  const seenPartly =
    report.unavailable.find((u) => u.reason === 'seen-partly' && u.what === 'requests')?.count ?? 0;
  const origins = useMemo(() => distinct(report.requests.map((r) => r.origin)), [report.requests]);
  const schemes = useMemo(
    () => distinct(report.requests.map((r) => r.scheme ?? '').filter(Boolean)),
    [report.requests],
  );
  const kinds = useMemo(
    () => new Map(report.tokens.map((tk) => [tk.id, tk.kind])),
    [report.tokens],
  );
  const bodies = report.artifacts.filter((a) => a.location === 'response-body');
  const selectedRequest = selected ? report.requests.find((r) => r.id === selected) : undefined;
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    // Lets the first render (and DOM tests without layout) show rows before measuring.
    initialRect: { width: 800, height: 480 },
  });

  return (
    <div className="tp-requests">
      <div className="tp-toolbar" role="group" aria-label={t({ key: 'panel.request.filters' })}>
        <label>
          <Text msg={{ key: 'panel.request.origin' }} />{' '}
          <select
            data-testid="filter-origin"
            value={filter.origin}
            onChange={(e) => setRequestFilter({ origin: e.target.value })}
          >
            <option value="">{t({ key: 'panel.request.all' })}</option>
            {origins.map((o) => (
              <option key={o} value={o}>
                {visibleText(o, 200)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <Text msg={{ key: 'panel.request.scheme' }} />{' '}
          <select
            data-testid="filter-scheme"
            value={filter.scheme}
            onChange={(e) => setRequestFilter({ scheme: e.target.value })}
          >
            <option value="">{t({ key: 'panel.request.all' })}</option>
            {schemes.map((s) => (
              <option key={s} value={s}>
                {visibleText(s, 40)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <Text msg={{ key: 'panel.col.status' }} />{' '}
          <select
            data-testid="filter-status"
            value={filter.status}
            onChange={(e) => setRequestFilter({ status: e.target.value })}
          >
            <option value="">{t({ key: 'panel.request.all' })}</option>
            {['2xx', '3xx', '4xx', '5xx', 'none'].map((s) => (
              <option key={s} value={s}>
                {visibleText(s, 40)}
              </option>
            ))}
          </select>
        </label>
        <span className="tp-muted" data-testid="request-count">
          <Text
            msg={{
              key: 'panel.request.count',
              params: {
                shown: rows.length,
                total: report.counts.requests.total,
                dropped: report.counts.requests.dropped,
              },
            }}
          />
          {seenPartly > 0 && (
            <>
              {' · '}
              <Text msg={{ key: 'capture.stats.seen-partly', params: { count: seenPartly } }} />
            </>
          )}
        </span>
      </div>
      <div
        role="grid"
        aria-rowcount={rows.length + 1}
        className="tp-grid"
        data-testid="request-grid"
      >
        <div role="row" className="tp-req tp-req--head" aria-rowindex={1}>
          <span role="columnheader">
            <Text msg={{ key: 'panel.col.time' }} />
          </span>
          <span role="columnheader">
            <Text msg={{ key: 'panel.col.method' }} />
          </span>
          <span role="columnheader">
            <Text msg={{ key: 'panel.col.status' }} />
          </span>
          <span role="columnheader">URL</span>
          <span role="columnheader">
            <Text msg={{ key: 'panel.request.scheme' }} />
          </span>
          <span role="columnheader">
            <Text msg={{ key: 'panel.col.credential' }} />
          </span>
          <span role="columnheader">Set-Cookie</span>
        </div>
        <div ref={scrollRef} className="tp-grid__scroll" data-testid="request-scroll">
          {rows.length === 0 ? (
            <p className="tp-muted">
              <Text msg={{ key: 'panel.request.none' }} />
            </p>
          ) : (
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const r = rows[item.index];
                if (!r) return null;
                return (
                  <Row
                    key={r.id}
                    r={r}
                    kinds={kinds}
                    selected={r.id === selected}
                    top={item.start}
                    index={item.index}
                  />
                );
              })}
            </div>
          )}
        </div>
      </div>
      {selectedRequest && <RequestDetails r={selectedRequest} report={report} />}
      <section aria-labelledby="tp-bodies-title" data-testid="issuing-bodies">
        <h3 id="tp-bodies-title">
          <Text msg={{ key: 'panel.request.bodies' }} />
        </h3>
        {bodies.length === 0 ? (
          <p className="tp-muted">
            <Text msg={{ key: 'panel.request.bodiesNone' }} />
          </p>
        ) : (
          <ul>
            {bodies.map((a) => {
              const kind = a.tokenId ? kinds.get(a.tokenId) : undefined;
              return (
                <li key={a.id} data-testid="issuing-body">
                  <ValueText className="tp-mono" value={a.label} />{' '}
                  {kind && (
                    <span className="tp-badge">
                      <Text msg={{ key: `ui.kind.${kind}` }} />
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
