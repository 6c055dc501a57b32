import type { FrameworkValue } from '../../model/report';
import { base64Bytes, frameworkValue, jsonOf, percentDecoded } from './shared';
import { isJsonObject } from '../safe-json';

const B64 = '[A-Za-z0-9+/]+={0,2}';
/** ActiveSupport::MessageEncryptor, AES-256-GCM: data--iv (12 bytes)--auth tag (16 bytes). */
const GCM = new RegExp(`^${B64}--[A-Za-z0-9+/]{16}--[A-Za-z0-9+/]{22}==$`);
/** ActiveSupport::MessageVerifier: data--hex HMAC (SHA-1 or SHA-256). */
const SIGNED = new RegExp(`^(${B64})--([0-9a-f]{40}|[0-9a-f]{64})$`);
/** Rails 4.0–5.1 encrypted cookies: the signed data is itself `base64--base64` (CBC + iv). */
const CBC_INSIDE = new RegExp(`^${B64}--${B64}$`);

/**
 * The cookie store's session cookie (`_<app>_session`, `_session_id`) and remember-me cookies
 * (Devise's `remember_user_token`). Rails signs or encrypts any cookie an app asks it to; those
 * others hold the app's data, not a login, so they are not claimed here.
 */
const SESSION_NAME = /^_[\w-]*session(_id)?$|remember/i;

/**
 * The data inside Rails' metadata envelope: `{"_rails": {"message": base64(JSON), …}}` (Rails
 * 5.2–6.1) or `{"_rails": {"data": …}}` (Rails 7); anything else as it is.
 */
function unwrapEnvelope(value: unknown): unknown {
  if (!isJsonObject(value) || !isJsonObject(value._rails)) return value;
  const { message, data } = value._rails;
  if (data !== undefined) return data;
  if (typeof message !== 'string') return value;
  const inner = jsonOf(base64Bytes(message));
  return inner.ok ? inner.value : value;
}

/**
 * Reads a Rails cookie-store value (URL-encoded): encrypted (the default since Rails 4) is only
 * named; a merely signed one shows its data when it is JSON.
 *
 * @example readRails('_shop_session', 'Swb6…%3D--TmEh…--KKev…%3D%3D')?.protection // 'encrypted'
 */
export function readRails(name: string, value: string): FrameworkValue | undefined {
  if (!SESSION_NAME.test(name)) return undefined;
  const text = percentDecoded(value);
  if (GCM.test(text)) return frameworkValue('rails');
  const signed = SIGNED.exec(text);
  if (!signed) return undefined;
  const bytes = base64Bytes(signed[1] ?? '');
  const inner = bytes ? new TextDecoder().decode(bytes) : '';
  if (CBC_INSIDE.test(inner)) return frameworkValue('rails');
  const json = jsonOf(bytes);
  return frameworkValue('rails', {
    protection: 'signed',
    ...(json.ok ? { data: unwrapEnvelope(json.value) } : {}),
  });
}
