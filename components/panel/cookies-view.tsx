import { useMemo } from 'react';
import { Text, useTranslate } from '@/components/shared/text';
import type { CookieReport, Report } from '@/lib/engine/model/report';
import { CookieDetails } from './cookie-details';
import { CookieTable } from './cookie-table';
import { setCookieFilter, setCookieSentOnly, usePanel } from './panel-store';
import { visibleCookies } from './visible-cookies';

const SCOPES: CookieReport['scope'][] = ['sent', 'domain', 'partitioned'];

/** The filter box, the "sent to this URL only" switch, and the cookie counts. */
function CookieToolbar({ report }: { report: Report }) {
  const filter = usePanel((s) => s.cookieFilter);
  const sentOnly = usePanel((s) => s.cookieSentOnly);
  const t = useTranslate();
  return (
    <div className="tp-toolbar">
      <input
        type="search"
        className="tp-input"
        data-testid="cookie-filter"
        aria-label={t({ key: 'panel.cookie.filter' })}
        placeholder={t({ key: 'panel.cookie.filter' })}
        value={filter}
        onChange={(e) => setCookieFilter(e.target.value)}
      />
      <label>
        <input
          type="checkbox"
          checked={sentOnly}
          onChange={(e) => setCookieSentOnly(e.target.checked)}
        />{' '}
        <Text msg={{ key: 'panel.cookie.sentOnly' }} />
      </label>
      <span className="tp-muted">
        <Text
          msg={{
            key: 'panel.cookie.counts',
            params: {
              total: report.counts.cookies.total,
              session: report.counts.cookies.session,
              persistent: report.counts.cookies.persistent,
            },
          }}
        />
      </span>
    </div>
  );
}

/** Every cookie of the site: the ones sent to this URL first, the domain's others apart. */
export function CookiesView({ report, now }: { report: Report; now: number }) {
  const filter = usePanel((s) => s.cookieFilter);
  const sort = usePanel((s) => s.cookieSort);
  const sentOnly = usePanel((s) => s.cookieSentOnly);
  const selected = usePanel((s) => s.selectedCookie);
  const groups = useMemo(
    () =>
      SCOPES.filter((scope) => !sentOnly || scope === 'sent').map((scope) => ({
        scope,
        cookies: visibleCookies(
          report.cookies.filter((c) => c.scope === scope),
          filter,
          sort,
        ),
      })),
    [report.cookies, filter, sort, sentOnly],
  );
  const selectedCookie = report.cookies.find((c) => c.artifactId === selected);

  return (
    <div className="tp-cookies">
      <CookieToolbar report={report} />
      <div className="tp-split">
        <div className="tp-split__main">
          {groups.map(({ scope, cookies }) =>
            cookies.length === 0 && scope !== 'sent' ? null : (
              <CookieTable
                key={scope}
                scope={scope}
                cookies={cookies}
                now={now}
                selected={selected}
              />
            ),
          )}
        </div>
        {selectedCookie && (
          <aside className="tp-split__side">
            <CookieDetails key={selectedCookie.artifactId} c={selectedCookie} report={report} />
          </aside>
        )}
      </div>
    </div>
  );
}
