/**
 * The decoder's analysis of one pasted value, offline: a JWT, an Authorization header value,
 * a framework's own cookie (Flask, cookie-session, express-session, iron-session, Rails, Laravel,
 * ASP.NET, Auth.js), a cookie or storage value (URL-encoded, quoted, JSON holding tokens) or an
 * opaque string. Pure and never throws, so anything can be pasted.
 */
import { tokenTimes, claimReports } from '@/lib/engine/claims/claims';
import { tokenExpiry, DEFAULT_EXPIRING_SOON_MS } from '@/lib/engine/analyze/expiry';
import { guessTokenKind } from '@/lib/engine/analyze/token-kind';
import { decodeToken, looksLikeJwt, type DecodedToken } from '@/lib/engine/decode/decode-token';
import { findTokensInValue } from '@/lib/engine/decode/find-tokens';
import { parseAuthorization } from '@/lib/engine/decode/parse-authorization';
import type {
  ClaimReport,
  DecodeErrorCode,
  Expiry,
  Finding,
  Msg,
  TokenKind,
} from '@/lib/engine/model/report';
import { cookiePairs, frameworkPastes, type FrameworkPaste } from './pasted-cookies';
import { analysePastedToken } from './pasted-token-analysis';

export interface DecodedItem {
  /** Where in the pasted text this value sat: `$.access_token`, `Authorization: Bearer`, … */
  source?: string;
  value: string;
  decoded: DecodedToken;
  claims: ClaimReport[];
  expiry: Expiry;
  basic?: { user: string; password: string };
  /** The engine's findings about the token itself (alg none, missing exp, …). */
  findings: Finding[];
  /** The engine's guess of what the token is for, when it is a JWT or a framework's cookie. */
  kind?: { kind: TokenKind; reasons: Msg[] };
  /** Read as the framework's session cookie of this name, since none was pasted with it. */
  assumedName?: string;
}

export interface DecoderResult {
  status: 'ok' | 'error';
  /** The engine's stable code, when the value (or the one token in it) could not be decoded. */
  errorCode?: DecodeErrorCode;
  items: DecodedItem[];
}

/** Values decoded at most from one paste (a JSON blob can hold many). */
const MAX_ITEMS = 20;
/** A scheme and its credentials, or a scheme alone (`Bearer`: the token is missing, say so). */
const AUTH_SCHEME =
  /^(?:(?:proxy-)?authorization\s*:\s*)?(bearer|basic|digest|negotiate|token|dpop)(?:\s+\S|$)/i;
const AUTH_HEADER_NAME = /^(?:proxy-)?authorization\s*:\s*/i;

/** One value decoded: its parts, claims and expiry, and for a JWT or JWE the engine's reading. */
function item(value: string, now: number, source?: string): DecodedItem {
  const decoded = decodeToken(value);
  const payload = decoded.jws?.payload;
  const claims = payload === undefined ? [] : claimReports(payload);
  const expiry: Expiry =
    payload === undefined
      ? { state: 'unknown' }
      : tokenExpiry(tokenTimes(payload), now, DEFAULT_EXPIRING_SOON_MS);
  const engine = decoded.jws || decoded.jwe ? analysePastedToken(value, now) : { findings: [] };
  return { source, value, decoded, claims, expiry, ...engine };
}

/** An Authorization header value: its credentials, or the reason it cannot be read. */
function authorizationItem(text: string, now: number): DecodedItem | { error: DecodeErrorCode } {
  const auth = parseAuthorization(text.replace(AUTH_HEADER_NAME, ''));
  if (auth.error) return { error: auth.error.code };
  const one = item(auth.credentials, now, `Authorization: ${auth.scheme}`);
  if (auth.basic) return { ...one, basic: auth.basic, findings: [], decoded: { format: 'basic' } };
  if (auth.schemeKind === 'digest' || auth.schemeKind === 'negotiate') {
    return { ...one, decoded: { format: auth.schemeKind } };
  }
  return one;
}

/** Pasted values in a framework's own format: named, and read where the format allows. */
function frameworkItem({ name, value, framework, assumedName }: FrameworkPaste): DecodedItem {
  // Auth.js keeps its session as a JWE: its header stays readable.
  const jwe = framework.format === 'authjs-jwe' ? decodeToken(value) : undefined;
  const decoded: DecodedToken = { ...(jwe ?? { format: 'opaque' }), framework };
  // The engine's own rule: a framework's format says outright what the value is.
  const kind = framework.holds === 'signature' ? undefined : guessTokenKind(decoded, []);
  return {
    ...(name === undefined ? {} : { source: name }),
    value,
    decoded,
    claims: [],
    expiry: { state: 'unknown' },
    findings: [],
    ...(kind ? { kind } : {}),
    ...(assumedName ? { assumedName } : {}),
  };
}

/** Tokens in the other cookies of a pasted Cookie header (a JWT next to a Flask session…). */
function otherCookieTokens(text: string, pastes: FrameworkPaste[], now: number): DecodedItem[] {
  const named = new Set(pastes.map((p) => p.name));
  return (cookiePairs(text) ?? [])
    .filter((c) => !named.has(c.name))
    .flatMap((c) => findTokensInValue(c.value, c.name).map((f) => ({ ...f, name: c.name })))
    .slice(0, MAX_ITEMS)
    .map((f) => item(f.value, now, f.path ? `${f.name} ${f.path}` : f.name));
}

/**
 * Tokens found inside the paste (JSON, URL-encoded, quoted), each named by where it sat; the
 * paste itself when it holds none, or is its own one token.
 */
function foundTokenItems(text: string, now: number): DecodedItem[] {
  const found = findTokensInValue(text, 'token').slice(0, MAX_ITEMS);
  if (found.length === 0 || (found.length === 1 && found[0]?.value === text)) {
    return [item(text, now)];
  }
  return found.map((f) =>
    item(f.value, now, f.path ?? (f.encoding && f.encoding !== 'plain' ? f.encoding : undefined)),
  );
}

/** Anything but an Authorization value: a framework's cookie, one token, or text holding some. */
function pastedItems(text: string, now: number): DecodedItem[] {
  const pastes = frameworkPastes(text);
  if (pastes.length > 0) {
    return [...pastes.map(frameworkItem), ...otherCookieTokens(text, pastes, now)];
  }
  if (looksLikeJwt(text) || decodeToken(text).format === 'malformed') return [item(text, now)];
  return foundTokenItems(text, now);
}

/** `error` with the first code when every item is a broken token; `ok` otherwise. */
function resultOf(items: DecodedItem[]): DecoderResult {
  const broken = items.filter((i) => i.decoded.format === 'malformed');
  if (broken.length === items.length && broken[0]?.decoded.error) {
    return { status: 'error', errorCode: broken[0].decoded.error.code, items };
  }
  return { status: 'ok', items };
}

/**
 * Decodes what the user pasted. `error` with the engine's code when the input is empty, or is one
 * token that is broken; `ok` otherwise (an opaque value is a valid answer: "this is opaque").
 *
 * @example decodeInput('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIx', now).errorCode // 'ERR_TRUNCATED'
 */
export function decodeInput(raw: string, now: number): DecoderResult {
  const text = raw.trim();
  if (text.length === 0) return { status: 'error', errorCode: 'ERR_EMPTY', items: [] };
  if (!AUTH_SCHEME.test(text)) return resultOf(pastedItems(text, now));
  const auth = authorizationItem(text, now);
  return 'error' in auth ? { status: 'error', errorCode: auth.error, items: [] } : resultOf([auth]);
}
