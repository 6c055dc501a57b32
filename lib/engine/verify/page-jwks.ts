import { isJsonObject, parseJsonSafe } from '../decode/safe-json';
import type { ResponseBody } from '../model/snapshot';
import type { Jwk } from './key-input';
import { MAX_KEY_INPUT_LENGTH } from './key-input';
import { splitJws } from './jws-parts';
import type { VerifyResult } from './types';
import { verifyJws } from './verify-jws';

/** A JWKS the page itself fetched, found in a response body DevTools saw. */
export interface PageJwks {
  url: string;
  time: number;
  requestId?: string;
  /** The `kid`s it holds, to pick the set that names the token's key. */
  kids: string[];
  /** The document as received, for `verifyJws(token, text, { keyFrom: 'page-body', keyUrl })`. */
  text: string;
}

/**
 * The JWKS documents among response bodies (RFC 7517 §5: an object whose `keys` holds JWKs),
 * newest first, each URL once. Bodies that cannot be one are skipped before parsing.
 */
export function findPageJwks(bodies: readonly ResponseBody[]): PageJwks[] {
  const byUrl = new Map<string, PageJwks>();
  for (const body of bodies) {
    const found = readJwks(body);
    const seen = found && byUrl.get(found.url);
    if (found && (!seen || seen.time < found.time)) byUrl.set(found.url, found);
  }
  return [...byUrl.values()].sort((a, b) => b.time - a.time);
}

function readJwks(body: ResponseBody): PageJwks | undefined {
  const text = body.body;
  if (text.length > MAX_KEY_INPUT_LENGTH || !text.includes('"keys"') || !text.includes('"kty"')) {
    return undefined;
  }
  const parsed = parseJsonSafe(text.trim());
  if (!parsed.ok || !isJsonObject(parsed.value) || !Array.isArray(parsed.value.keys)) {
    return undefined;
  }
  const keys = parsed.value.keys.filter(isJsonObject) as Jwk[];
  if (!keys.some((key) => typeof key.kty === 'string')) return undefined;
  return {
    url: body.url,
    time: body.time,
    ...(body.requestId ? { requestId: body.requestId } : {}),
    kids: keys.flatMap((key) => (typeof key.kid === 'string' ? [key.kid] : [])),
    text,
  };
}

/**
 * Verifies with the JWKS the page fetched, offline: the sets holding the token's `kid` first.
 * Returns the first valid result, else the first set's result; undefined when the page fetched
 * no JWKS.
 */
export async function verifyWithPageJwks(
  token: string,
  bodies: readonly ResponseBody[],
): Promise<VerifyResult | undefined> {
  const sets = findPageJwks(bodies);
  if (sets.length === 0) return undefined;
  const split = splitJws(token);
  const kid = split.ok ? split.parts.header.kid : undefined;
  const ordered = [
    ...sets.filter((set) => typeof kid === 'string' && set.kids.includes(kid)),
    ...sets.filter((set) => typeof kid !== 'string' || !set.kids.includes(kid)),
  ];
  let first: VerifyResult | undefined;
  for (const set of ordered) {
    const result = await verifyJws(token, set.text, { keyFrom: 'page-body', keyUrl: set.url });
    if (result.status === 'valid') return result;
    first ??= result;
  }
  return first;
}
