/**
 * Reads an `Authorization`-style header value: its scheme (Bearer, Basic, Digest, Negotiate or
 * anything else a site invents) and its credentials, tolerating the odd spacing, casing and
 * quoting real clients send. Never throws.
 */
import { decodeError } from '../errors';
import type { DecodeError } from '../model/report';
import { decodeBase64Url, decodeUtf8 } from './base64url';
import { looksLikeJwt, MAX_TOKEN_LENGTH } from './decode-token';

export interface AuthorizationCredential {
  /** As sent ('Bearer', 'bearer', 'Basic', 'Token', …); empty when the value had no scheme. */
  scheme: string;
  schemeKind: 'bearer' | 'basic' | 'digest' | 'negotiate' | 'other';
  /** The token / the base64 / the digest parameters. */
  credentials: string;
  basic?: { user: string; password: string };
  /** Digest (and other `key=value` schemes) parameters, e.g. `username`, `realm`, `uri`. */
  params?: Record<string, string>;
  error?: DecodeError;
}

const SCHEME_KINDS = new Map<string, AuthorizationCredential['schemeKind']>([
  ['bearer', 'bearer'],
  ['basic', 'basic'],
  ['digest', 'digest'],
  ['negotiate', 'negotiate'],
  // NTLM and Kerberos ride the same SPNEGO-style challenge/response as Negotiate (RFC 4559).
  ['ntlm', 'negotiate'],
  ['kerberos', 'negotiate'],
]);

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"')
    ? value.slice(1, -1)
    : value;
}

/**
 * Parses `key=value, key="quoted, value"` lists (Digest and friends), into a prototype-free
 * record so a `__proto__` parameter stays data.
 */
function parseAuthParams(text: string): Record<string, string> {
  const params = Object.create(null) as Record<string, string>;
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && (isSpace(text.charCodeAt(i)) || text[i] === ',')) i++;
    const keyStart = i;
    while (i < n && text[i] !== '=' && text[i] !== ',') i++;
    const key = text.slice(keyStart, i).trim().toLowerCase();
    if (text[i] !== '=') continue;
    i++;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    let value = '';
    if (text[i] === '"') {
      i++;
      while (i < n && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < n) i++;
        value += text[i];
        i++;
      }
      i++;
    } else {
      const start = i;
      while (i < n && text[i] !== ',') i++;
      value = text.slice(start, i).trim();
    }
    if (key) params[key] = value;
  }
  return params;
}

function parseBasic(credentials: string): Pick<AuthorizationCredential, 'basic' | 'error'> {
  if (!credentials) return { error: decodeError('ERR_EMPTY', 'whole') };
  const b64 = decodeBase64Url(credentials);
  if (!b64.ok) {
    const code = b64.truncated ? 'ERR_TRUNCATED' : 'ERR_BAD_BASE64URL';
    return { error: decodeError(code, 'whole', { offset: b64.offset, position: b64.offset + 1 }) };
  }
  // RFC 7617 allows UTF-8; older clients send ISO-8859-1, which every byte sequence is.
  const text = decodeUtf8(b64.bytes) ?? latin1(b64.bytes);
  const colon = text.indexOf(':');
  if (colon < 0) return { error: decodeError('ERR_BASIC_NO_COLON', 'whole') };
  return { basic: { user: text.slice(0, colon), password: text.slice(colon + 1) } };
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

/**
 * Parses an Authorization (or Proxy-Authorization, X-Auth-Token, …) header value.
 *
 * @example parseAuthorization('bearer   eyJ…') // { scheme: 'bearer', schemeKind: 'bearer', credentials: 'eyJ…' }
 * @example parseAuthorization('Basic dXNlcjpwYXNz').basic // { user: 'user', password: 'pass' }
 */
export function parseAuthorization(headerValue: string): AuthorizationCredential {
  if (typeof headerValue !== 'string') {
    return { scheme: '', schemeKind: 'other', credentials: '', error: decodeError('ERR_EMPTY') };
  }
  if (headerValue.length > MAX_TOKEN_LENGTH) {
    return {
      scheme: '',
      schemeKind: 'other',
      credentials: '',
      error: decodeError('ERR_TOO_LARGE', 'whole', {
        length: headerValue.length,
        max: MAX_TOKEN_LENGTH,
      }),
    };
  }
  const value = headerValue.trim();
  if (!value) {
    return { scheme: '', schemeKind: 'other', credentials: '', error: decodeError('ERR_EMPTY') };
  }
  let split = 0;
  while (split < value.length && !isSpace(value.charCodeAt(split))) split++;
  const first = value.slice(0, split);
  const rest = value.slice(split).trim();
  const kind = SCHEME_KINDS.get(first.toLowerCase());

  // No space: either a bare token (`Authorization: eyJ…`, some APIs do this) or a scheme with
  // nothing after it (`Bearer`).
  if (!rest && !kind) {
    const credentials = unquote(value);
    return { scheme: '', schemeKind: looksLikeJwt(credentials) ? 'bearer' : 'other', credentials };
  }
  const result: AuthorizationCredential = {
    scheme: first,
    schemeKind: kind ?? 'other',
    credentials: kind === 'digest' ? rest : unquote(rest),
  };
  if (!rest) {
    result.error = decodeError('ERR_EMPTY', 'whole');
    return result;
  }
  if (kind === 'basic') Object.assign(result, parseBasic(result.credentials));
  else if (kind === 'digest' || (kind === undefined && /^[\w-]+\s*=/.test(rest))) {
    result.params = parseAuthParams(rest);
  }
  return result;
}

const CREDENTIAL_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'x-auth-token',
  'x-access-token',
  'x-api-key',
  'api-key',
  'apikey',
  'x-apikey',
  'x-id-token',
  'x-refresh-token',
  'x-session-token',
  'x-session-id',
  'x-amz-security-token',
  'x-goog-api-key',
  'x-firebase-appcheck',
  'x-jwt',
  'x-jwt-assertion',
  'x-ms-token-aad-access-token',
  'x-ms-token-aad-id-token',
  'private-token', // GitLab personal access tokens
  'x-shopify-access-token',
  'access-token', // devise_token_auth (Rails)
  'x-functions-key', // Azure Functions
  'ocp-apim-subscription-key', // Azure API Management
  'x-appwrite-key',
]);

/** Anti-CSRF headers carry a token too, but it proves nothing about who you are. */
const NOT_CREDENTIAL = /csrf|xsrf/;
const CREDENTIAL_LIKE = /^x-[a-z0-9-]*(?:token|jwt|session|auth|api-?key|secret)(?:-[a-z0-9]+)?$/;

/**
 * True for header names that carry a credential: Authorization, Proxy-Authorization, and the
 * X-Auth-Token family (`x-*-token`, `x-*-api-key`, …), but not anti-CSRF headers.
 *
 * @example isCredentialHeaderName('X-Auth-Token') // true
 * @example isCredentialHeaderName('X-CSRF-Token') // false
 */
export function isCredentialHeaderName(name: string): boolean {
  if (typeof name !== 'string' || name.length > 100) return false;
  const lower = name.trim().toLowerCase();
  if (CREDENTIAL_HEADERS.has(lower)) return true;
  if (NOT_CREDENTIAL.test(lower)) return false;
  return CREDENTIAL_LIKE.test(lower);
}
