import type { FrameworkValue } from '../../model/report';
import { base64Bytes, frameworkValue, signedJsonPayload } from './shared';
import { isJsonObject } from '../safe-json';

/**
 * `payload.timestamp.signature` (URLSafeTimedSerializer): a base64url payload, a base64url
 * big-endian timestamp of 4 to 8 bytes and an HMAC. A leading '.' marks a zlib-compressed payload.
 */
const SIGNED = /^(\.?)([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{6,11})\.([A-Za-z0-9_-]{20,88})$/;

/**
 * Reads an itsdangerous value (Flask's session cookie): its JSON payload is readable, only the
 * signature needs the server's secret. Undefined for anything else, a JWT included (a JWT's
 * second part is a JSON payload, never a short timestamp; its first is a header with `alg`).
 *
 * @example readItsdangerous('eyJ1c2VyIjoiZGVtbyJ9.axWkhQ.FiYEVxz2TfYz406w0kls9WOeEos')?.data
 *   // { user: 'demo' }
 */
export function readItsdangerous(value: string): FrameworkValue | undefined {
  const match = SIGNED.exec(value);
  if (!match) return undefined;
  const [, dot, payload = '', timestamp = ''] = match;
  const stamp = base64Bytes(timestamp);
  if (!stamp || stamp.length < 4 || stamp.length > 8) return undefined;
  const compressed = dot === '.';
  const json = signedJsonPayload(payload, compressed);
  if (!json.ok) return undefined;
  if (isJsonObject(json.value) && typeof json.value.alg === 'string') return undefined;
  return frameworkValue('itsdangerous', { data: json.value, compressed });
}
