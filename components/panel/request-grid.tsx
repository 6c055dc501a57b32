/** The request list: a virtualised ARIA grid, so 10,000 rows stay ~40 DOM rows. */
import { useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Text } from '@/components/shared/text';
import { ValueText } from '@/components/shared/value-text';
import { visibleText } from '@/lib/engine/display/visible-text';
import type { RequestReport, TokenKind } from '@/lib/engine/model/report';
import { selectRequest } from './panel-store';
import { statusClass } from './request-status';
import { clockMs, requestName } from './request-time';

/** The full date and time for the tooltip; an empty one for a time that is no date. */
function isoTime(ms: number): string {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : '';
}

const ROW_HEIGHT = 24;
/** Rows rendered beyond the visible ones; with the viewport cap this keeps the DOM under 100 rows. */
const OVERSCAN = 8;

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
      <RowCells r={r} kinds={kinds} />
    </div>
  );
}

function RowCells({ r, kinds }: { r: RequestReport; kinds: Map<string, TokenKind> }) {
  return (
    <>
      <span role="cell" className="tp-req__time tp-muted tp-mono" title={isoTime(r.time)}>
        {clockMs(r.time)}
      </span>
      <span role="cell" className="tp-req__method tp-mono">
        {r.method}
      </span>
      <span role="cell" className={`tp-req__status tp-status--${statusClass(r.status)}`}>
        {r.status ?? '—'}
      </span>
      <span role="cell" className="tp-req__url tp-mono" title={visibleText(r.url, 2000)}>
        <ValueText value={requestName(r.url)} expandable={false} />
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
    </>
  );
}

function HeaderRow() {
  return (
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
      <span role="columnheader">
        <Text msg={{ key: 'panel.col.name' }} />
      </span>
      <span role="columnheader">
        <Text msg={{ key: 'panel.request.scheme' }} />
      </span>
      <span role="columnheader">
        <Text msg={{ key: 'panel.col.credential' }} />
      </span>
      <span role="columnheader">Set-Cookie</span>
    </div>
  );
}

export function RequestGrid({
  rows,
  kinds,
  selected,
}: {
  rows: RequestReport[];
  kinds: Map<string, TokenKind>;
  selected: string | undefined;
}) {
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
    <div role="grid" aria-rowcount={rows.length + 1} className="tp-grid" data-testid="request-grid">
      <HeaderRow />
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
  );
}
