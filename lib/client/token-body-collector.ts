/** The panel's collector of token-issuing response bodies (devtools.network, while DevTools is open). */
import { collectResponseBodies, type TokenBodyCollector } from '@/lib/platform/devtools-network';
import { issuesTokens, keepBody, MAX_BODY_BYTES } from './token-bodies';

/** Starts keeping the token-issuing bodies the inspected tab receives. */
export function collectTokenBodies(): TokenBodyCollector {
  return collectResponseBodies({ maxBytes: MAX_BODY_BYTES, accepts: issuesTokens, keep: keepBody });
}
