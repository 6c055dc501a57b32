import { findPageJwks } from '../engine/verify/page-jwks';
import { isJsonMime } from './token-bodies';

/**
 * True when a response body is a JWKS (RFC 7517 §5): the panel keeps it beside the token-issuing
 * bodies so the Verify block can check a token with the keys the page itself fetched, offline.
 *
 * @example isJwksBody('{"keys":[{"kty":"EC",…}]}', 'application/json') // true
 */
export function isJwksBody(body: string, mimeType: string): boolean {
  if (!isJsonMime(mimeType) && !body.trimStart().startsWith('{')) return false;
  return findPageJwks([{ url: '', time: 0, mimeType, body }]).length > 0;
}
