/**
 * Where the parts of a URL end, found by scanning instead of a regex exec: run for every
 * request of a snapshot, so no match arrays are made.
 */

/**
 * Where the scheme and authority of a URL end (`https://api.example.com` of
 * `https://api.example.com/v1?x`), as `^[a-z][a-z0-9+.-]*:\/\/[^/?#]*` would match; -1 when the
 * URL has no `scheme://`.
 *
 * @example authorityEnd('https://api.example.com/v1?x') // 23
 */
export function authorityEnd(url: string): number {
  const colon = url.indexOf('://');
  if (colon <= 0) return -1;
  for (let i = 0; i < colon; i++) {
    const c = url.charCodeAt(i);
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
    const other = (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2e || c === 0x2d;
    if (!letter && (i === 0 || !other)) return -1;
  }
  let end = colon + 3;
  while (end < url.length) {
    const c = url.charCodeAt(end);
    if (c === 0x2f || c === 0x3f || c === 0x23) break;
    end++;
  }
  return end;
}

/**
 * The path of a URL (`/v1` of `https://api.example.com/v1?x`), as the group of
 * `^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)` would capture it; '' when the URL has no `scheme://`.
 *
 * @example pathOf('https://api.example.com/v1?x') // '/v1'
 */
export function pathOf(url: string): string {
  const start = authorityEnd(url);
  if (start < 0) return '';
  let end = start;
  while (end < url.length) {
    const c = url.charCodeAt(end);
    if (c === 0x3f || c === 0x23) break;
    end++;
  }
  return url.slice(start, end);
}
