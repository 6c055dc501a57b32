import type { FrameworkValue } from '../../model/report';
import { base64Bytes, frameworkValue, jsonOf } from './shared';
import { isJsonObject } from '../safe-json';

const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
/** A keygrip signature: SHA-1 (27 characters) up to SHA-512 (86), base64url without padding. */
const SIGNATURE = /^[A-Za-z0-9_-]{27,86}$/;

/**
 * The `cookies` module signs any cookie this way (keygrip): cookie-session and koa-session for
 * their session, Koa apps such as oidc-provider for their own cookies.
 */
function libraryOf(name: string): string {
  if (name === 'koa.sess') return 'koa-session';
  if (name === 'session' || name === 'express:sess') return 'cookie-session';
  return 'keygrip (cookies)';
}

/**
 * Reads a cookie-session pair: `name` holds base64 JSON (the whole session) and `name.sig` its
 * signature. Only recognised when the `.sig` cookie sits next to it, which is what sets the
 * library apart from any other base64 JSON cookie.
 *
 * @example readCookieSession('session', 'eyJ1c2VyIjoiZGVtbyJ9', (n) => n === 'session.sig')
 *   // { format: 'cookie-session', holds: 'session-data', data: { user: 'demo' }, … }
 */
export function readCookieSession(
  name: string,
  value: string,
  hasCookie: (name: string) => boolean,
): FrameworkValue | undefined {
  if (name.endsWith('.sig')) {
    const base = name.slice(0, -4);
    if (!base || !hasCookie(base) || !SIGNATURE.test(value)) return undefined;
    return frameworkValue('cookie-session', { framework: libraryOf(base), holds: 'signature' });
  }
  if (!hasCookie(`${name}.sig`) || !BASE64.test(value)) return undefined;
  const json = jsonOf(base64Bytes(value));
  if (!json.ok || !isJsonObject(json.value)) return undefined;
  return frameworkValue('cookie-session', { framework: libraryOf(name), data: json.value });
}
