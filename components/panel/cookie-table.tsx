import { Text } from '@/components/shared/text';
import type { CookieReport, Msg } from '@/lib/engine/model/report';
import { CookieRow } from './cookie-row';
import { sortCookiesBy, usePanel, type CookieSortKey } from './panel-store';

/** A column header that sorts the table by its column, and says how it sorts. */
function SortHeader({ id, label }: { id: CookieSortKey; label: Msg['key'] }) {
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

function HeaderRow() {
  return (
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
  );
}

/** The cookies of one scope (sent to this URL, the domain's others, partitioned) as a table. */
export function CookieTable({
  scope,
  cookies,
  now,
  selected,
}: {
  scope: CookieReport['scope'];
  cookies: CookieReport[];
  now: number;
  selected: string | undefined;
}) {
  return (
    <table className="tp-table tp-dense" data-testid="cookie-table" data-scope={scope}>
      <caption>
        <Text msg={{ key: `panel.cookie.scope.${scope}` }} /> ({cookies.length})
      </caption>
      <thead>
        <HeaderRow />
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
            <CookieRow key={c.artifactId} c={c} now={now} selected={c.artifactId === selected} />
          ))
        )}
      </tbody>
    </table>
  );
}
