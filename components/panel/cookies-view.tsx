import { useMemo, useState, type KeyboardEvent } from 'react';
import { MaskedValue } from '@/components/shared/masked-value';
import { Text, useTranslate } from '@/components/shared/text';
import { ValueText } from '@/components/shared/value-text';
import type { CookieReport, Report } from '@/lib/engine/model/report';
import { maskValue } from '@/lib/engine/export/mask';
import { FindingItems } from './finding-items';
import {
  selectCookie,
  setCookieFilter,
  setCookieSentOnly,
  sortCookiesBy,
  usePanel,
  type CookieSortKey,
} from './panel-store';
import { TimeText } from './time-text';
import { TokenDetails } from './token-details';
import { valueDecodings } from '@/lib/engine/decoder/value-decodings';

const SCOPES: CookieReport['scope'][] = ['sent', 'domain', 'partitioned'];

function sortValue(c: CookieReport, key: CookieSortKey): string | number {
  switch (key) {
    case 'name':
      return c.name.toLowerCase();
    case 'domain':
      return c.domain;
    case 'path':
      return c.path;
    case 'expires':
      return c.expiry.state === 'session' ? -1 : (c.expiry.expiresAt ?? Number.MAX_SAFE_INTEGER);
    case 'size':
      return c.size;
    case 'credential':
      return c.credential.is ? 1 : 0;
  }
}

/** Cookies of one scope, sorted and filtered as the user asked. */
export function visibleCookies(
  cookies: CookieReport[],
  filter: string,
  sort: { key: CookieSortKey; dir: 'asc' | 'desc' },
): CookieReport[] {
  const needle = filter.trim().toLowerCase();
  const list = needle
    ? cookies.filter((c) =>
        [c.name, c.domain, c.path, c.credential.kind ?? '', c.credential.knownAs ?? ''].some((s) =>
          s.toLowerCase().includes(needle),
        ),
      )
    : cookies;
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x < y) return -sign;
    if (x > y) return sign;
    return a.name.localeCompare(b.name);
  });
}

function Flag({ on }: { on: boolean }) {
  return (
    <td className={on ? 'tp-ok' : 'tp-muted'} data-value={on}>
      {on ? '✔' : '—'}
    </td>
  );
}

function SortHeader({ id, label }: { id: CookieSortKey; label: string }) {
  const sort = usePanel((s) => s.cookieSort);
  const active = sort.key === id;
  return (
    <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="tp-sort" data-sort={id} onClick={() => sortCookiesBy(id)}>
        <Text msg={{ key: label }} />
        <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

function onRowKey(e: KeyboardEvent<HTMLTableRowElement>, open: () => void) {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    open();
    return;
  }
  // Arrow keys walk the rows, as in DevTools' own Application > Cookies table.
  const row = e.currentTarget;
  const target =
    e.key === 'ArrowDown'
      ? row.nextElementSibling
      : e.key === 'ArrowUp'
        ? row.previousElementSibling
        : null;
  if (target instanceof HTMLElement && target.tabIndex >= 0) {
    e.preventDefault();
    target.focus();
  }
}

function CookieRow({ c, now, selected }: { c: CookieReport; now: number; selected: boolean }) {
  const open = () => selectCookie(selected ? undefined : c.artifactId);
  return (
    <tr
      tabIndex={0}
      aria-selected={selected}
      className={`tp-row${c.credential.is ? ' tp-row--credential' : ''}`}
      data-testid="cookie-row"
      data-cookie={c.name}
      data-scope={c.scope}
      onClick={open}
      onKeyDown={(e) => onRowKey(e, open)}
    >
      <td className="tp-mono">
        <ValueText value={c.name} />
      </td>
      <td className="tp-mono tp-muted" data-testid="cookie-value">
        <ValueText value={maskValue(c.value)} />
      </td>
      <td className="tp-mono">
        <ValueText value={c.domain} />
      </td>
      <td className="tp-mono">
        <ValueText value={c.path} />
      </td>
      <td data-expiry={c.expiry.state}>
        {c.expiry.state === 'session' ? (
          <Text msg={{ key: 'panel.cookie.session' }} />
        ) : c.expiry.expiresAt !== undefined ? (
          <TimeText ms={c.expiry.expiresAt} now={now} />
        ) : (
          <Text msg={{ key: `ui.expiry.${c.expiry.state}` }} />
        )}
      </td>
      <td className="tp-num">{c.size}</td>
      <Flag on={c.httpOnly} />
      <Flag on={c.secure} />
      <td>{c.sameSite}</td>
      <td className="tp-mono">{c.partition ? <ValueText value={c.partition} /> : '—'}</td>
      <td className="tp-mono">{c.prefix ?? '—'}</td>
      <td data-credential={c.credential.is ? (c.credential.kind ?? 'unknown') : 'no'}>
        {c.credential.is ? (
          <Text msg={{ key: `ui.kind.${c.credential.kind ?? 'unknown'}` }} />
        ) : (
          '—'
        )}
        {c.credential.knownAs && <span className="tp-muted"> · {c.credential.knownAs}</span>}
      </td>
    </tr>
  );
}

function CookieDetails({ c, report }: { c: CookieReport; report: Report }) {
  // The readable forms of the value (URL-decoded, base64-decoded) are the value: they stay hidden
  // until the user reveals it, like the value itself.
  const [revealed, setRevealed] = useState(false);
  const token = c.tokenId ? report.tokens.find((t) => t.id === c.tokenId) : undefined;
  const decodings = token?.jws || token?.jwe || !revealed ? [] : valueDecodings(c.value);
  const findings = report.findings.filter(
    (f) => f.artifactId === c.artifactId || c.findingIds.includes(f.key),
  );
  return (
    <div className="tp-details" data-testid="cookie-details" data-cookie={c.name}>
      <h3 className="tp-mono">
        <ValueText value={c.name} />
      </h3>
      <MaskedValue
        value={c.value}
        name={c.name}
        revealed={revealed}
        onRevealedChange={setRevealed}
        decoded={token?.jws ? { header: token.jws.header, payload: token.jws.payload } : undefined}
      />
      <h4>
        <Text msg={{ key: 'panel.cookie.meaning' }} />
      </h4>
      <ul>
        {c.credential.reasons.map((r, i) => (
          <li key={i}>
            <Text msg={r} />
          </li>
        ))}
        {c.credential.knownAs && (
          <li>
            <Text msg={{ key: 'panel.cookie.knownAs', params: { name: c.credential.knownAs } }} />
          </li>
        )}
        <li>
          <Text
            msg={{ key: c.httpOnly ? 'panel.cookie.httpOnlyYes' : 'panel.cookie.httpOnlyNo' }}
          />
        </li>
        <li>
          <Text
            msg={{
              key:
                c.expiry.state === 'session'
                  ? 'panel.cookie.sessionMeaning'
                  : 'panel.cookie.persistentMeaning',
            }}
          />
        </li>
      </ul>
      {decodings.map((d) => (
        <div key={d.kind}>
          <h4>
            <Text msg={{ key: `panel.decoding.${d.kind}` }} />
          </h4>
          <pre className="tp-pre">
            <ValueText value={d.text} maxChars={2000} multiline />
          </pre>
        </div>
      ))}
      {token && <TokenDetails token={token} report={report} />}
      <h4>
        <Text msg={{ key: 'panel.findings.title' }} />
      </h4>
      <FindingItems findings={findings} report={report} />
    </div>
  );
}

/** Every cookie of the site: the ones sent to this URL first, the domain's others apart. */
export function CookiesView({ report, now }: { report: Report; now: number }) {
  const filter = usePanel((s) => s.cookieFilter);
  const sort = usePanel((s) => s.cookieSort);
  const sentOnly = usePanel((s) => s.cookieSentOnly);
  const selected = usePanel((s) => s.selectedCookie);
  const t = useTranslate();
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
      <div className="tp-split">
        <div className="tp-split__main">
          {groups.map(({ scope, cookies }) =>
            cookies.length === 0 && scope !== 'sent' ? null : (
              <table
                key={scope}
                className="tp-table tp-dense"
                data-testid="cookie-table"
                data-scope={scope}
              >
                <caption>
                  <Text msg={{ key: `panel.cookie.scope.${scope}` }} /> ({cookies.length})
                </caption>
                <thead>
                  <tr>
                    <SortHeader id="name" label="panel.col.name" />
                    <th scope="col">
                      <Text msg={{ key: 'panel.col.value' }} />
                    </th>
                    <SortHeader id="domain" label="panel.col.domain" />
                    <SortHeader id="path" label="panel.col.path" />
                    <SortHeader id="expires" label="panel.col.expires" />
                    <SortHeader id="size" label="panel.col.size" />
                    <th scope="col">HttpOnly</th>
                    <th scope="col">Secure</th>
                    <th scope="col">SameSite</th>
                    <th scope="col">
                      <Text msg={{ key: 'panel.col.partition' }} />
                    </th>
                    <th scope="col">
                      <Text msg={{ key: 'panel.col.prefix' }} />
                    </th>
                    <SortHeader id="credential" label="panel.col.credential" />
                  </tr>
                </thead>
                <tbody>
                  {cookies.length === 0 ? (
                    <tr>
                      <td colSpan={12} className="tp-muted">
                        <Text msg={{ key: 'panel.cookie.none' }} />
                      </td>
                    </tr>
                  ) : (
                    cookies.map((c) => (
                      <CookieRow
                        key={c.artifactId}
                        c={c}
                        now={now}
                        selected={c.artifactId === selected}
                      />
                    ))
                  )}
                </tbody>
              </table>
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
