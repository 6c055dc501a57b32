/** The Requests tab's filter bar: origin, scheme and status class, and how many rows show. */
import { Text, useTranslate } from '@/components/shared/text';
import { visibleText } from '@/lib/engine/display/visible-text';
import type { Msg, Report } from '@/lib/engine/model/report';
import {
  setRequestCredentialsOnly,
  setRequestFilter,
  usePanel,
  type PanelState,
} from './panel-store';
import { STATUS_CLASSES } from './request-status';

type FilterName = keyof PanelState['requestFilter'];

function FilterSelect({
  name,
  label,
  options,
  maxChars,
}: {
  name: FilterName;
  label: Msg['key'];
  options: readonly string[];
  maxChars: number;
}) {
  const value = usePanel((s) => s.requestFilter[name]);
  const t = useTranslate();
  return (
    <label>
      <Text msg={{ key: label }} />{' '}
      <select
        data-testid={`filter-${name}`}
        value={value}
        onChange={(e) => setRequestFilter({ [name]: e.target.value })}
      >
        <option value="">{t({ key: 'panel.request.all' })}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {visibleText(o, maxChars)}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Shown of total and the drops; requests whose start came before Tokki listened are not dropped,
 * and are counted apart.
 */
function RequestCount({ shown, report }: { shown: number; report: Report }) {
  const seenPartly =
    report.unavailable.find((u) => u.reason === 'seen-partly' && u.what === 'requests')?.count ?? 0;
  return (
    <span className="tp-muted" data-testid="request-count">
      <Text
        msg={{
          key: 'panel.request.count',
          params: {
            shown,
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
  );
}

/** The "credentials only" switch, on by default. */
function CredentialsOnly() {
  const on = usePanel((s) => s.requestCredentialsOnly);
  return (
    <label>
      <input
        type="checkbox"
        data-testid="filter-credentials"
        checked={on}
        onChange={(e) => setRequestCredentialsOnly(e.target.checked)}
      />{' '}
      <Text msg={{ key: 'panel.request.credentialsOnly' }} />
    </label>
  );
}

/** How many requests the switch hides, and a way to show them. */
function HiddenRequests({ hidden }: { hidden: number }) {
  if (hidden === 0) return null;
  return (
    <span className="tp-muted" data-testid="requests-hidden">
      <Text msg={{ key: 'panel.request.hidden', params: { n: hidden } }} />{' '}
      <button
        type="button"
        className="tk-btn tk-btn--small"
        data-testid="show-hidden-requests"
        onClick={() => setRequestCredentialsOnly(false)}
      >
        <Text msg={{ key: 'panel.request.showHidden' }} layout="compact" />
      </button>
    </span>
  );
}

export function RequestFilters({
  report,
  origins,
  schemes,
  shown,
  hidden,
}: {
  report: Report;
  origins: string[];
  schemes: string[];
  shown: number;
  /** Rows the "credentials only" switch leaves out. */
  hidden: number;
}) {
  const t = useTranslate();
  return (
    <div className="tp-toolbar" role="group" aria-label={t({ key: 'panel.request.filters' })}>
      <CredentialsOnly />
      <FilterSelect name="origin" label="panel.request.origin" options={origins} maxChars={200} />
      <FilterSelect name="scheme" label="panel.request.scheme" options={schemes} maxChars={40} />
      <FilterSelect name="status" label="panel.col.status" options={STATUS_CLASSES} maxChars={40} />
      <RequestCount shown={shown} report={report} />
      <HiddenRequests hidden={hidden} />
    </div>
  );
}
