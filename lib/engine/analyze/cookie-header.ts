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
 * Name and value of each cookie a `Set-Cookie` response header sets. Firefox's webRequest joins
 * several Set-Cookie headers into one value separated by newlines; Chrome reports each separately.
 */
export function parseSetCookieHeader(header: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const line of header.split('\n')) {
    const first = line.split(';', 1)[0] ?? '';
    const eq = first.indexOf('=');
    if (eq <= 0) continue;
    let value = first.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"'))
      value = value.slice(1, -1);
    pairs.push([first.slice(0, eq).trim(), value]);
  }
  return pairs;
}
