/**
 * "Copy as cURL" and "Copy as Authorization header" of a captured request, as DevTools writes
 * them for bash. Credential values are masked unless the user revealed them, like every copy.
 */
import { maskValue } from '@/lib/engine/export/mask';
import type { RequestReport } from '@/lib/engine/model/report';
import type { HttpHeader } from '@/lib/engine/model/snapshot';

/** Control characters need bash's ANSI-C quoting ($'…'); anything else fits in '…'. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- as above.
const CONTROL_ALL = /[\u0000-\u001f\u007f]/g;

/**
 * Quotes `value` as one bash word whatever it holds: `'`, `$`, backquotes and spaces stay literal
 * inside single quotes; newlines and other control characters are escaped in `$'…'`, so a
 * hostile header can neither end the command nor run another.
 *
 * @example shellQuote("it's $HOME") // 'it'\''s $HOME'
 */
export function shellQuote(value: string): string {
  if (!CONTROL.test(value)) return `'${value.replace(/'/g, `'\\''`)}'`;
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(CONTROL_ALL, (c) => {
      if (c === '\n') return '\\n';
      if (c === '\r') return '\\r';
      if (c === '\t') return '\\t';
      return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
    });
  return `$'${escaped}'`;
}

/** Headers curl writes itself or that would garble its output: left out, as DevTools does. */
const LEFT_OUT = new Set(['host', 'content-length', 'accept-encoding', 'connection']);

/** The request headers in order, credential values masked unless `revealed`. */
function requestHeaders(r: RequestReport, revealed: boolean): HttpHeader[] {
  const credential = r.headers?.credential.request ?? [];
  const other = r.headers?.other.request ?? [];
  return [
    ...credential.map((h) => (revealed ? h : { name: h.name, value: maskValue(h.value) })),
    ...other,
  ].filter((h) => !LEFT_OUT.has(h.name.toLowerCase()) && !h.name.startsWith(':'));
}

/**
 * A bash `curl` command that sends the request again: its method, URL and captured headers. The
 * body is never recorded (it may hold a password), so it is not in the command.
 *
 * @example curlCommand(report, false) // "curl 'https://app.example.com/api/me' -H 'Authorization: Bear…[52]'"
 */
export function curlCommand(r: RequestReport, revealed: boolean): string {
  const parts = [`curl ${shellQuote(r.url)}`];
  if (r.method !== 'GET') parts.push(`-X ${shellQuote(r.method)}`);
  for (const h of requestHeaders(r, revealed))
    parts.push(`-H ${shellQuote(`${h.name}: ${h.value}`)}`);
  return parts.join(' \\\n  ');
}

/**
 * The request's Authorization header as `Authorization: <value>`, or, for a request that carried a
 * token some other way (a cookie, X-Auth-Token), that token as a Bearer header; undefined when it
 * carried none. Masked unless `revealed`.
 */
export function authorizationHeader(
  r: RequestReport,
  tokenValue: (tokenId: string) => string | undefined,
  revealed: boolean,
): string | undefined {
  const sent = r.headers?.credential.request.find((h) => h.name.toLowerCase() === 'authorization');
  const first = r.tokenIds[0];
  const token = first === undefined ? undefined : tokenValue(first);
  const value = sent?.value ?? (token === undefined ? undefined : `Bearer ${token}`);
  if (value === undefined) return undefined;
  return `Authorization: ${revealed ? value : maskValue(value)}`;
}
