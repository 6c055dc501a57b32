import { findTokensInValue } from '../engine/decode/find-tokens';
import type { ResponseBody } from '../engine/model/snapshot';

/** Bodies larger than this are not kept: a login response is small, a data dump is not. */
export const MAX_BODY_BYTES = 256 * 1024;
/** How many issuing bodies the panel keeps while open (oldest dropped first). */
export const MAX_BODIES = 100;

/** JSON and JSON-ish types (`application/json`, `application/vnd.api+json`, `text/json`). */
export function isJsonMime(mimeType: string): boolean {
  const base = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  return base === 'application/json' || base === 'text/json' || base.endsWith('+json');
}

/**
 * True when a response body issued credentials: a JSON body that holds a JWT or a value under a
 * token key (`access_token`, `refresh_token`, `id_token`, …). Pure; bounded by {@link MAX_BODY_BYTES}.
 *
 * @example issuesTokens('{"access_token":"eyJ…","expires_in":120}', 'application/json') // true
 */
export function issuesTokens(body: string, mimeType: string): boolean {
  if (!isJsonMime(mimeType) && !body.trimStart().startsWith('{')) return false;
  if (body.length === 0 || body.length > MAX_BODY_BYTES) return false;
  return findTokensInValue(body).length > 0;
}

/** Adds a body to the kept list, dropping the oldest beyond {@link MAX_BODIES}. */
export function keepBody(list: readonly ResponseBody[], body: ResponseBody): ResponseBody[] {
  const next = [...list, body];
  return next.length > MAX_BODIES ? next.slice(next.length - MAX_BODIES) : next;
}
