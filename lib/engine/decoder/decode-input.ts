/**
 * The decoder's analysis of one pasted value, offline: a JWT, an Authorization header value,
 * a framework's own cookie (Flask, cookie-session, express-session, iron-session, Rails, Laravel,
 * ASP.NET, Auth.js), a cookie or storage value (URL-encoded, quoted, JSON holding tokens) or an
 * opaque string. Pure and never throws, so anything can be pasted.
 */
import { guessTokenKind } from '@/lib/engine/analyze/token-kind';
import { decodeToken, looksLikeJwt, type DecodedToken } from '@/lib/engine/decode/decode-token';
import { findTokensInValue } from '@/lib/engine/decode/find-tokens';
import { parseAuthorization } from '@/lib/engine/decode/parse-authorization';
import type { DecodeErrorCode } from '@/lib/engine/model/report';
import { decodedItem as item, sealedItem, type DecodedItem } from './decoded-item';
import { findLookalikes, type Lookalikes } from './lookalikes';
import { cookiePairs, frameworkPastes, type FrameworkPaste } from './pasted-cookies';
import { plainLook, type PlainLook } from './plain-values';
import { isFormatKind, kindOf, type DecoderKind } from './result-kind';
import { urlPaste } from './url-paste';

export type { DecodedItem } from './decoded-item';

export interface DecoderResult {
  status: 'ok' | 'error';
  /** The engine's stable code, when the value (or the one token in it) could not be decoded. */
  errorCode?: DecodeErrorCode;
  items: DecodedItem[];
  /** What the paste is, in one word (`jwt`, `paseto`, `not-a-token`, `url`, `uuid`, …). */
  kind: DecoderKind;
  /** Look-alike, invisible or bidi characters in the paste, where and what each is. */
  lookalikes?: Lookalikes;
  /** The paste decoded with those characters fixed, when that makes it a token (`kind: lookalike`). */
  fixed?: DecoderResult;
  /** For a URL: its host. */
  url?: { host: string };
  /** For an empty paste: how it is empty (whitespace only, invisible characters only). */
  empty?: PlainLook & { kind: 'empty' };
}

/** Values decoded at most from one paste (a JSON blob can hold many). */
const MAX_ITEMS = 20;
/** A scheme and its credentials, or a scheme alone (`Bearer`: the token is missing, say so). */
const AUTH_SCHEME =
  /^(?:(?:proxy-)?authorization\s*:\s*)?(bearer|basic|digest|negotiate|token|dpop)(?:\s+\S|$)/i;
const AUTH_HEADER_NAME = /^(?:proxy-)?authorization\s*:\s*/i;

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
  const sealed = sealedItem(text, now);
  if (sealed) return [sealed];
  if (looksLikeJwt(text) || decodeToken(text).format === 'malformed') return [item(text, now)];
  const found = foundTokenItems(text, now);
  const only = found.length === 1 ? found[0]! : undefined;
  // The whole paste, read as no token format: say what it looks like instead.
  if (only && only.value === text && only.decoded.format === 'opaque' && !only.decoded.framework) {
    return [{ ...only, look: plainLook(text) }];
  }
  return found;
}

/** A value that is broken, unless it is a nested JWT its `cty` announces. */
function isBroken(item: DecodedItem): boolean {
  return item.decoded.format === 'malformed' && item.nested?.cty === undefined;
}

/** `error` with the first code when every item is a broken token; `ok` otherwise. */
function resultOf(items: DecodedItem[]): DecoderResult {
  const kind = kindOf(items);
  const broken = items.filter(isBroken);
  if (broken.length === items.length && broken[0]?.decoded.error) {
    return { status: 'error', errorCode: broken[0].decoded.error.code, items, kind };
  }
  return { status: 'ok', items, kind };
}

/** The paste as it is, without looking for look-alike characters. */
function decodeText(raw: string, now: number): DecoderResult {
  const text = raw.trim();
  if (text.length === 0) {
    const empty = { kind: 'empty' as const, whitespace: raw.length };
    return { status: 'error', errorCode: 'ERR_EMPTY', items: [], kind: 'empty', empty };
  }
  const url = urlPaste(text);
  if (url) {
    const items = url.tokens.slice(0, MAX_ITEMS).map((t) => item(t.value, now, t.source));
    return { status: 'ok', items, kind: 'url', url: { host: url.host } };
  }
  if (!AUTH_SCHEME.test(text)) return resultOf(pastedItems(text, now));
  const auth = authorizationItem(text, now);
  if ('error' in auth) {
    const kind = auth.error === 'ERR_EMPTY' ? 'empty' : 'malformed';
    return { status: 'error', errorCode: auth.error, items: [], kind };
  }
  return resultOf([auth]);
}

/**
 * Decodes what the user pasted. `error` with the engine's code when the input is empty, or is one
 * token that is broken; `ok` otherwise (an opaque value is a valid answer: "this is opaque").
 * Look-alike and invisible characters are listed; when fixing them turns the paste into a token,
 * `kind` is `lookalike` and `fixed` holds that reading, while `status` stays the paste's own.
 *
 * @example decodeInput('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIx', now).errorCode // 'ERR_TRUNCATED'
 */
export function decodeInput(raw: string, now: number): DecoderResult {
  const asIs = decodeText(raw, now);
  const lookalikes = findLookalikes(raw);
  if (lookalikes.marks.length === 0) return asIs;
  const fixed = decodeText(lookalikes.fixed, now);
  if (fixed.kind === 'empty') return { ...fixed, lookalikes };
  if (!isFormatKind(asIs.kind) && isFormatKind(fixed.kind)) {
    return { ...asIs, kind: 'lookalike', lookalikes, fixed };
  }
  return { ...asIs, lookalikes };
}
