import type { FrameworkValue } from '../../model/report';
import { frameworkValue } from './shared';

/**
 * `Fe26.2*passwordId*salt*iv*ciphertext*expiration*hmacSalt*hmac`, the seal of @hapi/iron;
 * iron-session adds `~<version>`.
 */
const SEAL =
  /^Fe26\.2\*[^*]*\*[0-9a-f]*\*[A-Za-z0-9_-]+\*[A-Za-z0-9_-]+\*\d*\*[0-9a-f]*\*[A-Za-z0-9_-]+(~\d+)?$/;

/**
 * Names an iron seal (iron-session, @hapi/iron): encrypted, unreadable without the password.
 *
 * @example readIron('Fe26.2*1*77ad…*tfjX…*8xGP…*1797790069645*2eb3…*WqD9…~2')?.framework
 *   // 'iron-session'
 */
export function readIron(value: string): FrameworkValue | undefined {
  const match = SEAL.exec(value);
  if (!match) return undefined;
  return frameworkValue('iron', { framework: match[1] ? 'iron-session' : '@hapi/iron' });
}
