import type { FrameworkValue } from '../../model/report';
import { base64Bytes, frameworkValue, jsonOf, percentDecoded } from './shared';
import { isJsonObject } from '../safe-json';

/** Cookies Laravel encrypts that log the user in: the session id, "remember me". */
const SESSION_NAME = /_session$|^remember_[a-z]+_[0-9a-f]{40}$/i;

/**
 * Reads a Laravel encrypted cookie: base64 of `{"iv", "value", "mac", "tag"}` (Illuminate
 * Encrypter), URL-encoded. Only the session and remember-me cookies are named here: anything
 * else Laravel encrypts is not a login (XSRF-TOKEN is a CSRF token, known elsewhere).
 *
 * @example readLaravel('laravel_session', 'eyJpdiI6…%3D')?.holds // 'session-id'
 */
export function readLaravel(name: string, value: string): FrameworkValue | undefined {
  if (!SESSION_NAME.test(name)) return undefined;
  const json = jsonOf(base64Bytes(percentDecoded(value)));
  if (!json.ok || !isJsonObject(json.value)) return undefined;
  const { iv, value: cipher, mac } = json.value;
  if (typeof iv !== 'string' || typeof cipher !== 'string' || typeof mac !== 'string') {
    return undefined;
  }
  return frameworkValue('laravel');
}
