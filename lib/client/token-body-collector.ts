/**
 * The panel's collector of token-issuing response bodies, and of the JWKS the page fetched
 * (devtools.network, while DevTools is open).
 */
import { collectResponseBodies, type TokenBodyCollector } from '@/lib/platform/devtools-network';
import { isJwksBody } from './jwks-bodies';
import { issuesTokens, keepBody, MAX_BODY_BYTES } from './token-bodies';

/** Starts keeping the token-issuing bodies and the JWKS the inspected tab receives. */
export function collectTokenBodies(): TokenBodyCollector {
  return collectResponseBodies({
    maxBytes: MAX_BODY_BYTES,
    accepts: (body, mimeType) => issuesTokens(body, mimeType) || isJwksBody(body, mimeType),
    keep: keepBody,
  });
}
