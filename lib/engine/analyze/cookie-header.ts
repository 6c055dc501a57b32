import { parseSetCookie } from 'set-cookie-parser';

/**
 * Parses a `Cookie` request header into name/value pairs (RFC 6265 §5.4: `name=value; name=value`).
 * Values are kept as sent, so they compare equal to what the cookies API reports.
 */
export function parseCookieHeader(header: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    pairs.push([part.slice(0, eq).trim(), part.slice(eq + 1).trim()]);
  }
  return pairs;
}

/**
 * Name and value of each cookie a `Set-Cookie` response header sets (set-cookie-parser reads the
 * header's grammar). Firefox's webRequest joins several Set-Cookie headers into one value separated
 * by newlines; Chrome reports each separately. Commas are not separators: they occur in `Expires`.
 */
export function parseSetCookieHeader(header: string): [string, string][] {
  const cookies = parseSetCookie(header.split('\n'), {
    decodeValues: false,
    silent: true,
    split: false,
  });
  return cookies
    .filter((cookie) => cookie.name !== '')
    .map(({ name, value }) => [name, unquote(value)]);
}

/** A quoted cookie value (RFC 6265 §4.1.1 allows `"…"`) without its quotes. */
function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"')
    ? value.slice(1, -1)
    : value;
}
