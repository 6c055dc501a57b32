import type { FrameworkValue } from '../../model/report';
import { frameworkValue, percentDecoded } from './shared';

/** `s:` + the session id + `.` + base64 HMAC-SHA256 without padding (cookie-signature). */
const SIGNED_ID = /^s:([^.\s]{8,256})\.([A-Za-z0-9+/]{43})$/;

/**
 * Reads express-session's signed session id (`s:<id>.<signature>`, URL-encoded in the cookie):
 * the id of a session the server keeps, signed so it cannot be guessed or changed.
 *
 * @example readExpressSession('s%3Au25nJ5wcz.omIcLITezQ7JTT1E%2BYQQvV20ADgMFQ4D6S2JttxVPSs')
 */
export function readExpressSession(value: string): FrameworkValue | undefined {
  return SIGNED_ID.test(percentDecoded(value)) ? frameworkValue('express-session') : undefined;
}
