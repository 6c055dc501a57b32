import type { FrameworkValue } from '../../model/report';
import { frameworkValue, signedJsonPayload } from './shared';

/**
 * django.core.signing: `payload:timestamp:signature`, the payload base64url JSON (a leading '.'
 * marks zlib compression), the timestamp base62, the signature a base64url HMAC.
 */
const SIGNED = /^(\.?)([A-Za-z0-9_-]+):([0-9A-Za-z]{4,10}):([A-Za-z0-9_-]{27,88})$/;

/**
 * Reads Django's cookie-based session (the signed_cookies backend keeps the whole session in
 * `sessionid`): signed, so its JSON is readable without the secret.
 *
 * @example readDjangoSigning('eyJfYXV0aF91c2VyX2lkIjoiMSJ9:1xaH73:UMXV4cZv…')?.data
 *   // { _auth_user_id: '1' }
 */
export function readDjangoSigning(value: string): FrameworkValue | undefined {
  const match = SIGNED.exec(value);
  if (!match) return undefined;
  const [, dot, payload = ''] = match;
  const compressed = dot === '.';
  const json = signedJsonPayload(payload, compressed);
  return json.ok ? frameworkValue('django-signing', { data: json.value, compressed }) : undefined;
}
