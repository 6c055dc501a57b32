/**
 * One HAR entry as the capture would have logged it: a `CapturedRequest` with its credential
 * headers apart from the others, the cookies its response set, and its body when that body
 * issued a token. Pure; never throws on a malformed entry (it is skipped, and counted).
 */
import { isCredentialHeaderName } from '../decode/parse-authorization';
import { isTokenEndpoint } from '../decode/token-form-fields';
import { findTokensInValue } from '../decode/find-tokens';
import type { CapturedRequest, HttpHeader, RequestTiming, ResponseBody } from '../model/snapshot';
import { withoutUrlPassword } from '../analyze/url-password';
import { tokenFormFields } from './har-form-fields';
import { requestType } from './har-resource-type';
import { nameValues, record, text, type HarNameValue } from './har-types';

/** A HAR entry, read. */
export interface HarRecord {
  request: CapturedRequest;
  pageref?: string;
  /** Its `Set-Cookie` lines (also from the response's `cookies` list when the header is absent). */
  setCookies: string[];
  /** Cookies its request carried, with attributes when the HAR gives them (Chrome). */
  sentCookies: SentCookie[];
  /** The response body, when it issued a token. */
  body?: ResponseBody;
  /** The entry had response content text. */
  hadContent: boolean;
  /** It carried or set a Cookie, Set-Cookie or Authorization header (what a sanitized HAR lacks). */
  sensitive: boolean;
}

export interface SentCookie {
  name: string;
  value: string;
  domain?: string;
  path?: string;
  expires?: string;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: string;
}

/** Longest header value kept, as the capture keeps it. */
const MAX_HEADER_VALUE = 8 * 1024;
const MAX_OTHER_HEADERS = 40;
const MAX_OTHER_HEADER_VALUE = 1024;
const MAX_URL = 4 * 1024;
/** Bodies larger than this are not searched for tokens: a login response is small. */
const MAX_BODY = 256 * 1024;
const TRUNCATION_MARK = '…[truncated]';
/**
 * What a JSON body must contain for findTokensInValue to find anything in it: a JWT (`eyJ`), a
 * token field's name (lib/engine/decode/token-keys.ts: every one holds one of these words) or a
 * base64-wrapped value. Tested first, it spares the full search on the bulk of API answers (a
 * tenth of a 100,000-entry import's time).
 */
const MAY_HOLD_TOKEN = /eyJ|token|jwt|session|credential|secret|base64-/i;

/** Headers the capture keeps for every request; the rest only where the login story happens. */
const FEW = new Set(['content-type', 'content-length', 'accept', 'origin', 'location']);
const SENSITIVE = new Set(['cookie', 'set-cookie', 'authorization']);
/** HTTP/2 pseudo-headers Chrome lists among the request headers. */
const PSEUDO = /^:/;

function cap(value: string, max: number): string {
  return value.length <= max ? value : value.slice(0, max) + TRUNCATION_MARK;
}

/**
 * Remembers a test of a header name: a file repeats a few dozen names on every entry, and testing
 * each anew (trim, lowercase, patterns) was a twentieth of a 100,000-entry import in the worker.
 */
function remembered(test: (lower: string) => boolean): (lower: string) => boolean {
  const known = new Map<string, boolean>();
  return (lower) => {
    let is = known.get(lower);
    if (is === undefined) {
      is = test(lower);
      if (known.size < 1000) known.set(lower, is);
    }
    return is;
  };
}

const isCredentialRequest = remembered(
  (lower) => lower === 'cookie' || lower === 'proxy-authorization' || isCredentialHeaderName(lower),
);

const isCredentialResponse = remembered(
  (lower) =>
    lower === 'set-cookie' || lower === 'www-authenticate' || isCredentialHeaderName(lower),
);

/** Milliseconds since the epoch of a HAR date, or undefined. */
function timeOf(value: unknown): number | undefined {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(ms) ? ms : undefined;
}

/** HAR timings (ms per stage, −1 when not applicable) as the capture's stages after the start. */
function timingOf(timings: unknown, total: unknown): RequestTiming | undefined {
  const t = record(timings);
  const part = (name: string) => {
    const v = t?.[name];
    return typeof v === 'number' && v > 0 ? v : 0;
  };
  const round = (v: number) => Math.round(v * 10) / 10;
  const end = typeof total === 'number' && total >= 0 ? round(total) : undefined;
  if (!t) return end !== undefined ? { end } : undefined;
  const sent = part('blocked') + part('dns') + part('connect') + part('send');
  const response = sent + part('wait');
  return { sent: round(sent), response: round(response), ...(end !== undefined ? { end } : {}) };
}

/** The response body as text, base64 decoded when the HAR says so; undefined when not UTF-8. */
function contentText(content: Record<string, unknown> | undefined): string | undefined {
  const body = text(content?.text);
  if (body === undefined) return undefined;
  if (content?.encoding !== 'base64') return body;
  try {
    const binary = atob(body);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function isJsonish(mimeType: string, body: string): boolean {
  const base = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  return base === 'application/json' || base.endsWith('+json') || body.trimStart().startsWith('{');
}

/** The body, when it issued a token (a JSON body with a JWT or a token key). */
function issuingBody(
  id: string,
  url: string,
  time: number,
  content: Record<string, unknown> | undefined,
): ResponseBody | undefined {
  const mimeType = text(content?.mimeType) ?? '';
  if (/^(image|font|audio|video)\//i.test(mimeType)) return undefined;
  const size = text(content?.text)?.length ?? 0;
  if (size === 0 || size > (MAX_BODY * 4) / 3 + 4) return undefined;
  const body = contentText(content);
  if (!body || body.length > MAX_BODY || !isJsonish(mimeType, body)) return undefined;
  if (!MAY_HOLD_TOKEN.test(body) || findTokensInValue(body).length === 0) return undefined;
  return { requestId: id, url, time, mimeType, body };
}

interface Headers {
  credential: HttpHeader[];
  other: HttpHeader[];
  sensitive: boolean;
}

function splitHeaders(
  headers: readonly HarNameValue[],
  isCredential: (lower: string) => boolean,
  intern: (value: string) => string,
  /** The only other headers to keep; all (capped) when undefined. */
  only?: ReadonlySet<string>,
): Headers {
  const split: Headers = { credential: [], other: [], sensitive: false };
  for (const header of headers) {
    const lower = header.name.toLowerCase();
    if (PSEUDO.test(lower)) continue;
    if (isCredential(lower)) {
      if (SENSITIVE.has(lower)) split.sensitive = true;
      // Firefox joins several Set-Cookie lines into one value: one header per cookie.
      const parts = lower === 'set-cookie' ? header.value.split('\n') : [header.value];
      for (const part of parts) {
        if (part.trim() !== '')
          split.credential.push({ name: header.name, value: intern(cap(part, MAX_HEADER_VALUE)) });
      }
    } else if (split.other.length < MAX_OTHER_HEADERS && (!only || only.has(lower))) {
      const value =
        lower === 'location' || lower === 'referer'
          ? withoutUrlPassword(header.value)
          : header.value;
      split.other.push({ name: header.name, value: intern(cap(value, MAX_OTHER_HEADER_VALUE)) });
    }
  }
  return split;
}

function sentCookiesOf(value: unknown): SentCookie[] {
  if (!Array.isArray(value)) return [];
  const cookies: SentCookie[] = [];
  for (const item of value) {
    const c = record(item);
    if (!c || typeof c.name !== 'string' || typeof c.value !== 'string') continue;
    const cookie: SentCookie = { name: c.name, value: c.value };
    if (typeof c.domain === 'string' && c.domain !== '') cookie.domain = c.domain;
    if (typeof c.path === 'string') cookie.path = c.path;
    if (typeof c.expires === 'string') cookie.expires = c.expires;
    if (typeof c.httpOnly === 'boolean') cookie.httpOnly = c.httpOnly;
    if (typeof c.secure === 'boolean') cookie.secure = c.secure;
    if (typeof c.sameSite === 'string') cookie.sameSite = c.sameSite;
    cookies.push(cookie);
  }
  return cookies;
}

/** A response cookie as a Set-Cookie line, for HARs that list cookies but not the header. */
function setCookieLine(cookie: SentCookie): string {
  const parts = [`${cookie.name}=${cookie.value}`];
  if (cookie.domain) parts.push(`Domain=${cookie.domain}`);
  if (cookie.path) parts.push(`Path=${cookie.path}`);
  if (cookie.expires) parts.push(`Expires=${new Date(cookie.expires).toUTCString()}`);
  if (cookie.httpOnly) parts.push('HttpOnly');
  if (cookie.secure) parts.push('Secure');
  if (cookie.sameSite) parts.push(`SameSite=${cookie.sameSite}`);
  return parts.join('; ');
}

/** Reads what the entry's response set, and whether its body issued a token. */
function responseOf(
  id: string,
  url: string,
  time: number,
  raw: Record<string, unknown> | undefined,
  intern: (value: string) => string,
) {
  const headers = splitHeaders(nameValues(raw?.headers), isCredentialResponse, intern);
  const setCookies = headers.credential
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .map((h) => h.value);
  if (setCookies.length === 0) {
    for (const cookie of sentCookiesOf(raw?.cookies)) setCookies.push(setCookieLine(cookie));
  }
  const content = record(raw?.content);
  return {
    headers,
    setCookies,
    hadContent: text(content?.text) !== undefined,
    body: issuingBody(id, url, time, content),
  };
}

/**
 * Reads one parsed entry; undefined when it is no entry (no request URL). `index` gives the
 * request its id; `intern` shares equal header values between entries (a page repeats one Cookie
 * header on thousands of requests).
 */
export function readHarEntry(
  value: unknown,
  index: number,
  intern: (value: string) => string,
): HarRecord | undefined {
  const entry = record(value);
  const req = record(entry?.request);
  const rawUrl = text(req?.url);
  if (!entry || !req || !rawUrl) return undefined;
  const id = `har-${index}`;
  const url = cap(withoutUrlPassword(rawUrl), MAX_URL);
  const time = timeOf(entry.startedDateTime) ?? 0;
  const res = record(entry.response);
  const got = responseOf(id, url, time, res, intern);
  const status = typeof res?.status === 'number' && res.status > 0 ? res.status : undefined;
  const error = text(res?._error) || (status === undefined ? 'failed' : undefined);
  const method = text(req.method)?.toUpperCase() || 'GET';
  const rawSent = nameValues(req.headers);
  const type = requestType(entry, rawSent);
  const whole =
    got.headers.credential.length > 0 || isTokenEndpoint(url) || type.endsWith('_frame');
  // Decided before the request's headers are read: the bulk keeps few, and builds no more.
  const sent = splitHeaders(rawSent, isCredentialRequest, intern, whole ? undefined : FEW);
  const formFields = tokenFormFields(record(req.postData), url);
  const credential =
    sent.credential.length > 0 || got.headers.credential.length > 0 || !!formFields || !!got.body;
  const otherSent = sent.other;
  const otherGot = whole
    ? got.headers.other
    : got.headers.other.filter((h) => FEW.has(h.name.toLowerCase()));
  const timing = timingOf(entry.timings, entry.time);
  const request: CapturedRequest = {
    id,
    url,
    method,
    type,
    time: Math.round(time),
    requestHeaders: sent.credential,
    responseHeaders: got.headers.credential,
  };
  // Optional fields are set one by one: spreading conditional objects into the literal was half
  // of this function's own time in the worker's profile of a 100,000-entry import.
  if (status !== undefined) request.status = status;
  if (error) request.error = error;
  if (formFields) request.formFields = formFields;
  if (otherSent.length > 0) request.otherRequestHeaders = otherSent;
  if (otherGot.length > 0) request.otherResponseHeaders = otherGot;
  if (timing) request.timing = timing;
  if (!credential) request.plain = true;
  const read: HarRecord = {
    request,
    setCookies: got.setCookies,
    sentCookies: sentCookiesOf(req.cookies),
    hadContent: got.hadContent,
    sensitive: sent.sensitive || got.headers.sensitive,
  };
  const pageref = text(entry.pageref);
  if (pageref) read.pageref = pageref;
  if (got.body) read.body = got.body;
  return read;
}
