import type { CookieReport } from '@/lib/engine/model/report';
import type { CookieSortKey } from './panel-store';

/** The value a column sorts by; a session cookie sorts before every dated one. */
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
