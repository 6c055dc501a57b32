import { Text, useTranslate } from '@/components/shared/text';
import type { HarSummary } from '@/lib/client/har-protocol';

/** The site picker: only when the file holds more than one site with credentials. */
function SitePicker({
  summary,
  onSite,
}: {
  summary: HarSummary;
  onSite: (domain: string) => void;
}) {
  const t = useTranslate();
  if (summary.sites.length < 2) return null;
  return (
    <label className="th-site">
      <Text msg={{ key: 'har.site' }} />{' '}
      <select
        data-testid="har-site-picker"
        value={summary.site}
        onChange={(e) => onSite(e.currentTarget.value)}
      >
        {summary.sites.map((s) => (
          <option key={s.domain} value={s.domain}>
            {t({
              key: 'har.site.option',
              params: { domain: s.domain, count: s.credentialRequests },
            })}
          </option>
        ))}
      </select>
    </label>
  );
}

/** What was imported, and what the report leaves out or cannot see. */
export function HarSummaryBar({
  summary,
  fileName,
  onSite,
}: {
  summary: HarSummary;
  fileName: string;
  onSite: (domain: string) => void;
}) {
  return (
    <div className="th-summary" data-testid="har-summary" data-site={summary.site}>
      <p>
        <Text
          msg={{
            key: summary.creator ? 'har.summary' : 'har.summary.no-creator',
            params: { file: fileName, entries: summary.entries, creator: summary.creator },
          }}
        />
      </p>
      <SitePicker summary={summary} onSite={onSite} />
      {summary.sanitized && (
        <p className="tp-warn" role="note" data-testid="har-sanitized">
          <Text msg={{ key: 'har.sanitized' }} layout="block" />
        </p>
      )}
      {summary.shown < summary.total && (
        <p className="tk-note" data-testid="har-capped">
          <Text
            msg={{ key: 'har.capped', params: { shown: summary.shown, total: summary.total } }}
          />
        </p>
      )}
      {summary.skipped > 0 && (
        <p className="tk-note">
          <Text msg={{ key: 'har.skipped', params: { count: summary.skipped } }} />
        </p>
      )}
      <p className="tp-muted">
        <Text msg={{ key: 'har.as-of' }} />
      </p>
    </div>
  );
}
