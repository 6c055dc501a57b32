/**
 * Finds credentials inside stored values: cookie values (quoted, URL-encoded, Supabase's
 * `base64-` prefix), web storage and IndexedDB JSON blobs of auth SDKs (Firebase, Cognito/Amplify,
 * MSAL, Auth0 SPA, Supabase, oidc-client), response bodies, and URLs. Never throws; bounded on
 * megabyte inputs and 10,000-deep JSON.
 */
import { decodeBase64Url, decodeUtf8 } from './base64url';
import { looksLikeJwt, MAX_TOKEN_LENGTH } from './decode-token';
import { MAX_BLOB_JSON_DEPTH, parseJsonSafe } from './safe-json';
import { isTokenField, isTokenishKey } from './token-keys';

export interface FoundValue {
  value: string;
  /** JSON path inside the stored value, like `$.session.access_token`. */
  path?: string;
  /** How the value was wrapped where it was stored. */
  encoding?: 'plain' | 'url' | 'quoted' | 'json' | 'base64';
}

type Encoding = NonNullable<FoundValue['encoding']>;

/** Inputs beyond this are only scanned up to it (a stored value can be megabytes). */
const MAX_SCAN_LENGTH = 2 * 1024 * 1024;
const MAX_RESULTS = 100;
const MAX_JSON_NODES = 50_000;
/** JSON inside a JSON string inside …: how many layers we unwrap. */
const MAX_LAYERS = 3;
const MIN_OPAQUE_LENGTH = 16;
const BEARER_PREFIX = /^bearer[ \t]+/i;

class Collector {
  readonly found: FoundValue[] = [];
  private readonly seen = new Set<string>();
  nodes = 0;

  get full(): boolean {
    return this.found.length >= MAX_RESULTS || this.nodes >= MAX_JSON_NODES;
  }

  add(value: string, encoding: Encoding, path?: string): void {
    const key = `${path ?? ''}\u0000${value}`;
    if (this.full || this.seen.has(key)) return;
    this.seen.add(key);
    const entry: FoundValue = { value, encoding };
    if (path !== undefined) entry.path = path;
    this.found.push(entry);
  }
}

function isB64UrlOrDot(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2d ||
    c === 0x5f ||
    c === 0x2e
  );
}

/**
 * JWT-shaped substrings of free text (`Bearer eyJ…`, `token=eyJ…;`), in one linear pass: each
 * run of base64url-and-dot characters is examined once, so `eyJeyJeyJ…` cannot backtrack.
 */
export function findJwtsInText(text: string, limit = MAX_RESULTS): string[] {
  const out: string[] = [];
  let from = 0;
  while (out.length < limit) {
    const start = text.indexOf('eyJ', from);
    if (start < 0) break;
    let end = start + 3;
    while (end < text.length && isB64UrlOrDot(text.charCodeAt(end))) end++;
    let candidate = text.slice(start, end);
    // A sentence may end right after the token: drop trailing dots before judging the shape.
    while (candidate.endsWith('.') && !looksLikeJwt(candidate)) candidate = candidate.slice(0, -1);
    if (looksLikeJwt(candidate)) out.push(candidate);
    from = end;
  }
  return out;
}

function plausibleOpaque(value: string): boolean {
  if (value.length < MIN_OPAQUE_LENGTH || value.length > MAX_TOKEN_LENGTH) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c <= 0x20 || c === 0x7f) return false;
  }
  return true;
}

function plausibleFieldValue(value: string): boolean {
  return value.length >= 8 && value.length <= MAX_TOKEN_LENGTH && !/\s/.test(value);
}

function safeDecodeUri(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** Peels quotes and URL-encoding (twice at most: some frameworks encode an encoded value). */
function unwrap(raw: string): { value: string; encoding: Encoding } {
  let value = raw.trim();
  let encoding: Encoding = 'plain';
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    const parsed = parseJsonSafe(value, 1);
    value = parsed.ok && typeof parsed.value === 'string' ? parsed.value : value.slice(1, -1);
    encoding = 'quoted';
  }
  // Raw JSON is never URL-encoded as a whole; decoding it would turn a `%00` inside one of its
  // strings into a control character and break the JSON.
  if (startsJson(value)) return { value, encoding };
  for (let round = 0; round < 2 && /%[0-9a-f]{2}/i.test(value); round++) {
    const decoded = safeDecodeUri(value);
    if (decoded === undefined || decoded === value) break;
    value = decoded.trim();
    if (encoding === 'plain') encoding = 'url';
  }
  return { value, encoding };
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function startsJson(value: string): boolean {
  const c = value.charCodeAt(0);
  return c === 0x7b || c === 0x5b;
}

function walkJson(root: unknown, rootPath: string, out: Collector, layer: number): void {
  // Iterative on purpose: depth is already capped, but a recursion per node would still cost
  // stack on wide-and-deep blobs.
  const stack: [unknown, string, string | undefined][] = [[root, rootPath, undefined]];
  while (stack.length > 0 && !out.full) {
    const [node, path, key] = stack.pop()!;
    out.nodes++;
    if (typeof node === 'string') {
      examineString(node, path, key, out, layer);
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], childPath(path, i), key]);
    } else if (typeof node === 'object' && node !== null) {
      const keys = Object.keys(node);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!;
        stack.push([(node as Record<string, unknown>)[k], childPath(path, k), k]);
      }
    }
  }
}

function examineString(
  value: string,
  path: string,
  key: string | undefined,
  out: Collector,
  layer: number,
): void {
  const trimmed = value.trim();
  if (looksLikeJwt(trimmed)) {
    out.add(trimmed, 'json', path);
    return;
  }
  if (layer < MAX_LAYERS && startsJson(trimmed)) {
    const parsed = parseJsonSafe(trimmed, MAX_BLOB_JSON_DEPTH);
    if (parsed.ok) {
      walkJson(parsed.value, path, out, layer + 1);
      return;
    }
  }
  const embedded = trimmed.includes('eyJ') ? findJwtsInText(trimmed) : [];
  for (const jwt of embedded) out.add(jwt, 'json', path);
  if (embedded.length === 0 && key !== undefined && isTokenField(key)) {
    if (plausibleFieldValue(trimmed)) out.add(trimmed, 'json', path);
  }
}

function collect(
  value: string,
  encoding: Encoding,
  keyHint: string | undefined,
  out: Collector,
  layer: number,
): void {
  if (value.length === 0) return;
  if (looksLikeJwt(value)) {
    out.add(value, encoding);
    return;
  }
  // Express `res.cookie(name, object)` stores `j:` + JSON.
  const json = value.startsWith('j:{') ? value.slice(2) : value;
  if (layer < MAX_LAYERS && startsJson(json)) {
    const parsed = parseJsonSafe(json, MAX_BLOB_JSON_DEPTH);
    if (parsed.ok) {
      walkJson(parsed.value, '$', out, layer + 1);
      return;
    }
  }
  // @supabase/ssr stores its session cookie as `base64-` + base64url(JSON).
  if (layer < MAX_LAYERS && value.startsWith('base64-')) {
    const bytes = decodeBase64Url(value.slice(7));
    const text = bytes.ok ? decodeUtf8(bytes.bytes) : undefined;
    if (text !== undefined) {
      const before = out.found.length;
      collect(text.trim(), 'base64', undefined, out, layer + 1);
      for (let i = before; i < out.found.length; i++) out.found[i]!.encoding = 'base64';
      if (out.found.length > before) return;
    }
  }
  const embedded = value.includes('eyJ') ? findJwtsInText(value) : [];
  for (const jwt of embedded) out.add(jwt, encoding);
  if (embedded.length === 0 && isTokenishKey(keyHint)) {
    // Some apps store the whole header value: `Bearer <opaque token>`.
    const bare = BEARER_PREFIX.test(value) ? value.replace(BEARER_PREFIX, '') : value;
    if (plausibleOpaque(bare)) out.add(bare, encoding);
  }
}

/**
 * Finds credentials in a stored value (cookie, web storage, IndexedDB record, response body).
 * Returns JWT-shaped strings anywhere (with their JSON path), values under token fields
 * (`access_token`, `refreshToken`, MSAL `secret`, …), and, when `keyHint` (the cookie name or
 * storage key) looks like a credential's, the plain value itself.
 *
 * @example findTokensInValue('{"session":{"access_token":"eyJ…"}}')
 *   // [{ value: 'eyJ…', path: '$.session.access_token', encoding: 'json' }]
 * @example findTokensInValue('s%3AabcdEFGH12345678.sig', 'connect.sid')
 *   // [{ value: 's:abcdEFGH12345678.sig', encoding: 'url' }]
 */
export function findTokensInValue(raw: string, keyHint?: string): FoundValue[] {
  if (typeof raw !== 'string' || raw.length === 0) return [];
  // The common case, a bare JWT, needs no unwrapping.
  if (looksLikeJwt(raw)) return [{ value: raw, encoding: 'plain' }];
  const text = raw.length > MAX_SCAN_LENGTH ? raw.slice(0, MAX_SCAN_LENGTH) : raw;
  const out = new Collector();
  const { value, encoding } = unwrap(text);
  collect(value, encoding, keyHint, out, 0);
  return out.found;
}

function parseParams(text: string, plusIsSpace: boolean): [string, string][] {
  const pairs: [string, string][] = [];
  for (const piece of text.split('&')) {
    if (!piece) continue;
    const eq = piece.indexOf('=');
    const rawKey = eq < 0 ? piece : piece.slice(0, eq);
    const rawValue = eq < 0 ? '' : piece.slice(eq + 1);
    const clean = (s: string) => {
      const spaced = plusIsSpace ? s.replace(/\+/g, ' ') : s;
      return safeDecodeUri(spaced) ?? spaced;
    };
    pairs.push([clean(rawKey), clean(rawValue)]);
    if (pairs.length >= 500) break;
  }
  return pairs;
}

const MAX_URL_LENGTH = 256 * 1024;

/** A credential found in a URL, and what it is when the URL itself says so. */
export interface UrlToken {
  param: string;
  where: 'query' | 'fragment';
  value: string;
  /**
   * An OAuth authorization code (RFC 6749 §4.1.2: `code` next to `state` on the redirect URI):
   * short-lived and single use, exchanged by the app for tokens; no login by itself.
   */
  purpose?: 'authorization-code';
}

/**
 * Credentials carried in a URL: OAuth implicit-flow fragments (`#access_token=…&id_token=…`),
 * `?token=`/`?jwt=` query parameters, any JWT-shaped parameter value, and an authorization `code`
 * when a `state` travels with it (marked `purpose: 'authorization-code'`, whatever its shape).
 *
 * @example findTokensInUrl('https://app.test/cb#access_token=abc123def456ghi7&state=x')
 *   // [{ param: 'access_token', where: 'fragment', value: 'abc123def456ghi7' }]
 */
export function findTokensInUrl(url: string): UrlToken[] {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return [];
  const hash = url.indexOf('#');
  const beforeHash = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? '' : url.slice(hash + 1);
  const q = beforeHash.indexOf('?');
  const query = q < 0 ? '' : beforeHash.slice(q + 1);
  // SPA hash routes put their own query in the fragment: `#/callback?access_token=…`.
  const fragmentQuery = fragment.includes('?')
    ? fragment.slice(fragment.indexOf('?') + 1)
    : fragment;
  const found: UrlToken[] = [];
  const sources: ['query' | 'fragment', [string, string][]][] = [
    ['query', parseParams(query, true)],
    ['fragment', parseParams(fragmentQuery, false)],
  ];
  for (const [where, pairs] of sources) {
    const hasState = pairs.some(([k]) => k === 'state');
    for (const [param, value] of pairs) {
      if (!value) continue;
      if (param === 'code' && hasState) {
        found.push({ param, where, value, purpose: 'authorization-code' });
        continue;
      }
      const credential = looksLikeJwt(value) || (isTokenField(param) && plausibleFieldValue(value));
      if (credential) found.push({ param, where, value });
    }
  }
  return found;
}

/**
 * The user name and password written into a URL (`http://user:pass@host/`): the page hands
 * HTTP authentication credentials to the browser this way (XHR's user/password arguments do the
 * same). Percent-escapes undone; undefined when the URL has no user info.
 *
 * @example findUserinfo('http://demo:s%40cret@example.com/app') // { user: 'demo', password: 's@cret' }
 */
export function findUserinfo(url: string): { user: string; password: string } | undefined {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return undefined;
  const start = url.indexOf('://');
  if (start < 0) return undefined;
  const rest = url.slice(start + 3);
  const end = rest.search(/[/?#]/);
  const authority = end < 0 ? rest : rest.slice(0, end);
  const at = authority.lastIndexOf('@');
  if (at <= 0) return undefined;
  const info = authority.slice(0, at);
  const colon = info.indexOf(':');
  const clean = (s: string) => safeDecodeUri(s) ?? s;
  const user = clean(colon < 0 ? info : info.slice(0, colon));
  const password = colon < 0 ? '' : clean(info.slice(colon + 1));
  return user || password ? { user, password } : undefined;
}
