/**
 * Which HTTP headers carry credentials. Runs on the webRequest hot path: plain string checks only.
 */
import type { HttpHeader } from '@/lib/engine/model/snapshot';
import { withoutUrlPassword } from '@/lib/engine/analyze/url-password';
import { MAX_HEADER_VALUE, MAX_OTHER_HEADERS, MAX_OTHER_HEADER_VALUE, capText } from './constants';

/** Request headers that always carry a credential when present. */
const REQUEST_CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

/** Response headers that set or ask for a credential. */
const RESPONSE_CREDENTIAL_HEADERS = new Set(['set-cookie', 'www-authenticate', 'authorization']);

/**
 * Custom header names that carry tokens or API keys: X-Auth-Token, X-Api-Key, Api-Key,
 * X-Access-Token, X-CSRF-Token, X-XSRF-TOKEN, access-token (devise_token_auth), X-Amz-Security-Token…
 */
const TOKEN_HEADER_PATTERN =
  /^(x-)?([\w-]*-)?(auth|token|api-?key|apikey|access-token|refresh-token|id-token|session|csrf|xsrf|jwt|secret|security-token)([\w-]*)?$/i;

/** API-key headers of common platforms whose names the pattern above does not reach. */
const KNOWN_KEY_HEADERS = new Set([
  'x-functions-key', // Azure Functions
  'ocp-apim-subscription-key', // Azure API Management
  'x-appwrite-key',
]);

/** Names that match the pattern above but are known not to be credentials. */
const NOT_CREDENTIALS = new Set([
  'x-content-type-options',
  'sec-fetch-site',
  'x-session-id-hint',
  'authority',
]);

/**
 * True when a request header with this name carries a credential (Authorization in any scheme,
 * Cookie, X-*-Token and API-key-like headers).
 *
 * @example isCredentialRequestHeader('X-Api-Key') // true
 */
export function isCredentialRequestHeader(name: string): boolean {
  const lower = name.toLowerCase();
  if (REQUEST_CREDENTIAL_HEADERS.has(lower) || KNOWN_KEY_HEADERS.has(lower)) return true;
  if (NOT_CREDENTIALS.has(lower)) return false;
  return TOKEN_HEADER_PATTERN.test(lower);
}

/**
 * True when a response header with this name sets, returns or asks for a credential
 * (Set-Cookie, WWW-Authenticate, token headers some APIs return).
 */
export function isCredentialResponseHeader(name: string): boolean {
  const lower = name.toLowerCase();
  if (RESPONSE_CREDENTIAL_HEADERS.has(lower)) return true;
  if (NOT_CREDENTIALS.has(lower)) return false;
  return TOKEN_HEADER_PATTERN.test(lower);
}

/** A header as webRequest gives it: the value may be missing or binary. */
export interface RawHeader {
  name: string;
  value?: string;
  binaryValue?: ArrayLike<number>;
}

function headerValue(header: RawHeader): string {
  if (typeof header.value === 'string') return header.value;
  if (!header.binaryValue) return '';
  // Binary header values are rare (non-UTF-8 bytes); keep them visible as Latin-1.
  return Array.from(header.binaryValue, (byte) => String.fromCharCode(byte)).join('');
}

/**
 * Keeps only the credential headers of a request, values capped in size.
 * Returns an empty array for a request that carries none.
 */
export function pickRequestCredentials(headers: readonly RawHeader[] | undefined): HttpHeader[] {
  if (!headers) return [];
  const kept: HttpHeader[] = [];
  for (const header of headers) {
    if (typeof header?.name !== 'string' || !isCredentialRequestHeader(header.name)) continue;
    kept.push({ name: header.name, value: capText(headerValue(header), MAX_HEADER_VALUE) });
  }
  return kept;
}

/**
 * Keeps only the credential headers of a response. Firefox joins several Set-Cookie headers into
 * one value separated by newlines (https://bugzilla.mozilla.org/show_bug.cgi?id=1251542); they are
 * split back so both browsers give one header per cookie.
 * A Location header is kept when it carries a token (OAuth implicit and code redirects).
 */
export function pickResponseCredentials(
  headers: readonly RawHeader[] | undefined,
  locationHasToken: (location: string) => boolean = () => false,
): HttpHeader[] {
  if (!headers) return [];
  const kept: HttpHeader[] = [];
  for (const header of headers) {
    if (typeof header?.name !== 'string') continue;
    const lower = header.name.toLowerCase();
    const value = headerValue(header);
    if (lower === 'location') {
      if (locationHasToken(value)) {
        const location = withoutUrlPassword(value);
        kept.push({ name: header.name, value: capText(location, MAX_HEADER_VALUE) });
      }
      continue;
    }
    if (!isCredentialResponseHeader(lower)) continue;
    const parts = lower === 'set-cookie' ? value.split('\n') : [value];
    for (const part of parts) {
      if (part.trim() === '') continue;
      kept.push({ name: header.name, value: capText(part, MAX_HEADER_VALUE) });
    }
  }
  return kept;
}

/** Challenges of HTTP authentication: a server's (401) or a proxy's (407). */
const CHALLENGE_HEADERS = new Set(['www-authenticate', 'proxy-authenticate']);

/**
 * The HTTP authentication challenge of a 401 or 407 response (`WWW-Authenticate: Basic
 * realm="…"`), or an empty array. Chrome answers a challenge by itself and retries the same
 * request, whose final response no longer carries it; and it never shows extensions the
 * Authorization header it then adds (onSendHeaders leaves it out even with 'extraHeaders'), so
 * the challenge is the only sign of HTTP authentication Chrome gives.
 *
 * @example pickAuthChallenge(401, [{ name: 'WWW-Authenticate', value: 'Basic realm="x"' }])
 */
export function pickAuthChallenge(
  status: number | undefined,
  headers: readonly RawHeader[] | undefined,
): HttpHeader[] {
  if ((status !== 401 && status !== 407) || !headers) return [];
  const kept: HttpHeader[] = [];
  for (const header of headers) {
    if (typeof header?.name !== 'string' || !CHALLENGE_HEADERS.has(header.name.toLowerCase()))
      continue;
    kept.push({ name: header.name, value: capText(headerValue(header), MAX_HEADER_VALUE) });
  }
  return kept;
}

/** Headers the bulk of requests keep: what they sent and got, CORS, little to store. */
const PLAIN_KEPT = new Set([
  'content-type',
  'content-length',
  'accept',
  'origin',
  'location',
  'access-control-allow-origin',
  'access-control-allow-credentials',
]);

/**
 * The headers the credential pickers leave out, capped in number and size, for the request
 * details. `isCredential(lowerName, value)` names those already kept as credentials. `few` keeps
 * only a small set (content type and length, accept, origin, location, CORS): what the bulk of
 * requests can afford. Runs once per request at its end, never per header event.
 *
 * @example pickOtherHeaders([{ name: 'Accept', value: 'text/html' }], () => false) // [{ name: 'Accept', value: 'text/html' }]
 */
export function pickOtherHeaders(
  headers: readonly RawHeader[] | undefined,
  isCredential: (lowerName: string, value: string) => boolean,
  few = false,
): HttpHeader[] {
  if (!headers) return [];
  const kept: HttpHeader[] = [];
  for (const header of headers) {
    if (kept.length >= MAX_OTHER_HEADERS) break;
    if (typeof header?.name !== 'string') continue;
    const lower = header.name.toLowerCase();
    if (few && !PLAIN_KEPT.has(lower)) continue;
    const raw = headerValue(header);
    if (isCredential(lower, raw)) continue;
    // A password in a redirect or referrer address stays out, as everywhere in the log.
    const value = lower === 'location' || lower === 'referer' ? withoutUrlPassword(raw) : raw;
    kept.push({ name: header.name, value: capText(value, MAX_OTHER_HEADER_VALUE) });
  }
  return kept;
}
