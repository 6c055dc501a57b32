/**
 * Recognises a framework's own cookie formats by shape, reads what can be read without the
 * server's secret and names what cannot (see lib/engine/knowledge/cookie-formats for the sources).
 */
import type { FrameworkValue } from '../../model/report';
import { looksLikeJwt } from '../decode-token';
import { readAspNet } from './aspnet';
import { readCookieSession } from './cookie-session';
import { readDjangoSigning } from './django-signing';
import { readExpressSession } from './express-session';
import { readIron } from './iron';
import { readItsdangerous } from './itsdangerous';
import { readLaravel } from './laravel';
import { readRails } from './rails';
import { frameworkValue } from './shared';

/** Longest value worth examining: session cookies are at most a few chunks of 4 KB. */
const MAX_VALUE = 32 * 1024;
const AUTHJS_SESSION = /^(?:__Secure-|__Host-)?(?:authjs|next-auth)\.session-token$/i;

/** Auth.js under the JWT strategy: the session-token cookie is a JWE (five parts). */
function readAuthJs(name: string, value: string): FrameworkValue | undefined {
  if (!AUTHJS_SESSION.test(name) || !looksLikeJwt(value)) return undefined;
  return value.split('.').length === 5 ? frameworkValue('authjs-jwe') : undefined;
}

/**
 * What a cookie value is in its framework's own format, if it is in one. `name` is the cookie's
 * name (the base name for a chunked cookie, whose chunks are joined into `value`); `hasCookie`
 * says whether another cookie of that name sits next to it (cookie-session's `.sig`).
 *
 * @example readFrameworkValue('session', 'eyJ1c2VyIjoiZGVtbyJ9.axWkhQ.FiYEVxz2…', () => false)
 *   // { format: 'itsdangerous', framework: 'Flask', holds: 'session-data', data: { user: 'demo' } }
 */
export function readFrameworkValue(
  name: string,
  value: string,
  hasCookie: (name: string) => boolean,
): FrameworkValue | undefined {
  if (value.length < 16 || value.length > MAX_VALUE) return undefined;
  return (
    readAuthJs(name, value) ??
    readIron(value) ??
    readExpressSession(value) ??
    readCookieSession(name, value, hasCookie) ??
    readItsdangerous(value) ??
    readDjangoSigning(value) ??
    readRails(name, value) ??
    readLaravel(name, value) ??
    readAspNet(name, value)
  );
}
