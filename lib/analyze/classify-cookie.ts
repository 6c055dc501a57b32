import type { Msg, TokenKind } from '../model/report';
import type { SnapshotCookie } from '../model/snapshot';
import { findAuthSdk } from '../knowledge/auth-sdks';
import { findNonCredentialCookie } from '../knowledge/non-credential-cookies';
import { findSessionCookie } from '../knowledge/session-cookies';

export interface CookieClass {
  /** The cookie proves who the user is. */
  is: boolean;
  /** Set when the knowledge tables say what it holds. */
  knownKind?: TokenKind;
  knownAs?: string;
  reasons: Msg[];
}

const reason = (name: string, params?: Msg['params']): Msg =>
  params
    ? { key: `analysis.cookie.reason.${name}`, params }
    : { key: `analysis.cookie.reason.${name}` };

const CREDENTIAL_NAME =
  /sess|(^|[^a-z])sid|auth|token|jwt|login|remember|identity|credential|access|refresh|bearer/i;

/** Strips `__Host-` / `__Secure-` so `__Secure-next-auth.session-token` matches its table row. */
function withoutPrefix(name: string): string {
  return name.replace(/^__(Host|Secure)-/i, '');
}

/**
 * Decides whether a cookie is a credential, using the knowledge tables first and the cookie's
 * own shape second. `hasJwt` says the value holds a JWT/JWE (found by the decoder).
 * `entropyBits` may be a function: it is then called only for the few cookies whose value's
 * randomness decides (HttpOnly, 16 characters or more, no other sign).
 *
 * @example classifyCookie({ name: '_ga', … }, false, 0).is // false
 */
export function classifyCookie(
  cookie: Pick<SnapshotCookie, 'name' | 'value' | 'httpOnly'>,
  hasJwt: boolean,
  entropyBits: number | (() => number),
): CookieClass {
  const name = cookie.name;
  const bare = withoutPrefix(name);
  const prefixed = bare !== name;

  const sdk = findAuthSdk(name, 'cookie') ?? (prefixed ? findAuthSdk(bare, 'cookie') : undefined);
  if (sdk?.holds === 'csrf') {
    return {
      is: false,
      knownKind: 'csrf',
      knownAs: sdk.sdk,
      reasons: [reason('purpose.csrf', { vendor: sdk.sdk })],
    };
  }
  const notCredential =
    findNonCredentialCookie(name) ?? (prefixed ? findNonCredentialCookie(bare) : undefined);
  if (notCredential) {
    return {
      is: false,
      knownKind: notCredential.purpose === 'csrf' ? 'csrf' : undefined,
      knownAs: notCredential.vendor,
      reasons: [reason(`purpose.${notCredential.purpose}`, { vendor: notCredential.vendor })],
    };
  }
  if (sdk) {
    return {
      is: true,
      knownKind: sdk.holds,
      knownAs: sdk.sdk,
      reasons: [reason('known-sdk', { sdk: sdk.sdk })],
    };
  }
  const framework = findSessionCookie(name) ?? (prefixed ? findSessionCookie(bare) : undefined);
  if (framework) {
    return {
      is: true,
      knownKind: hasJwt ? undefined : 'session-id',
      knownAs: framework.framework,
      reasons: [reason('known-session', { framework: framework.framework })],
    };
  }
  if (hasJwt) return { is: true, reasons: [reason('contains-jwt')] };
  if (cookie.value === '') return { is: false, reasons: [reason('empty')] };
  if (CREDENTIAL_NAME.test(name))
    return { is: true, reasons: [reason('credential-name', { name })] };
  // Random, long and hidden from scripts: how custom-named session ids usually look.
  if (cookie.httpOnly && cookie.value.length >= 16) {
    const bits = typeof entropyBits === 'function' ? entropyBits() : entropyBits;
    if (bits >= 96) {
      return { is: true, reasons: [reason('opaque-httponly', { bits: Math.round(bits) })] };
    }
  }
  return { is: false, reasons: [reason('no-sign')] };
}
