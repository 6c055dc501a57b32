/** Clock times of requests to the millisecond (hh:mm:ss.SSS), so their order can be read. */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Local time of day with milliseconds, the same in both languages (as DevTools shows it).
 *
 * @example clockMs(Date.UTC(2026, 0, 1, 9, 5, 7, 42)) // '09:05:07.042' in UTC
 */
export function clockMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

/**
 * What the Name column shows: the path and query, as DevTools' Name column shows the resource;
 * the whole URL when it has no path to speak of (`data:`, unparsable).
 *
 * @example requestName('https://api.example.com/v1/accounts:signInWithPassword?key=x') // '/v1/accounts:signInWithPassword?key=x'
 */
export function requestName(url: string): string {
  const match = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*([^#]*)/i.exec(url);
  const rest = match?.[1];
  if (rest === undefined) return url;
  return rest === '' ? '/' : rest;
}
