import type { KeySuffix } from '../i18n/catalogue';
import type { FrameworkValue, Msg, TokenKind } from '../model/report';
import type { SnapshotCookie } from '../model/snapshot';
import { valueShape } from '../decode/value-shape';
import { findAuthSdk } from '../knowledge/auth-sdks';
import { findNonCredentialCookie } from '../knowledge/non-credential-cookies';
import { findSessionCookie } from '../knowledge/session-cookies';

export interface CookieClass {
  /** The cookie proves who the user is. */
  is: boolean;
  /**
   * It does, but at the sign-in service on another host (single sign-on), not at this site:
   * shown as a credential, never taken for the site's own login.
   */
  signInService?: true;
  /** Set when the knowledge tables say what it holds. */
  knownKind?: TokenKind;
  knownAs?: string;
  reasons: Msg[];
}

const reason = (name: KeySuffix<'analysis.cookie.reason.'>, params?: Msg['params']): Msg =>
  params
    ? { key: `analysis.cookie.reason.${name}`, params }
    : { key: `analysis.cookie.reason.${name}` };

const CREDENTIAL_NAME =
  /sess|(^|[^a-z])sid|auth|token|jwt|login|remember|identity|credential|access|refresh|bearer/i;

/** Strips `__Host-` / `__Secure-` so `__Secure-next-auth.session-token` matches its table row. */
function withoutPrefix(name: string): string {
  return name.replace(/^__(Host|Secure)-/i, '');
}

/** What a framework's own value format says the cookie is (see lib/engine/decode/frameworks). */
function byFramework(framework: FrameworkValue, name: string): CookieClass {
  if (framework.holds === 'signature') {
    return {
      is: false,
      knownAs: framework.framework,
      reasons: [
        reason('signature', { framework: framework.framework, name: name.replace(/\.sig$/, '') }),
      ],
    };
  }
  const what = framework.holds === 'session-data' ? 'framework-data' : 'framework-id';
  return {
    is: true,
    knownKind: framework.holds,
    knownAs: framework.framework,
    reasons: [reason(`${what}.${framework.protection}`, { framework: framework.framework })],
  };
}

/**
 * Decides whether a cookie is a credential, using the knowledge tables first, the value's own
 * format (`framework`, read by lib/engine/decode/frameworks) next and the cookie's shape last.
 * `hasJwt` says the value holds a JWT/JWE (found by the decoder). `entropyBits` may be a
 * function: it is then called only for the few cookies whose value's randomness decides
 * (HttpOnly, 16 characters or more, no other sign, not a URL or JSON once decoded).
 *
 * @example classifyCookie({ name: '_ga', … }, false, 0).is // false
 */
export function classifyCookie(
  cookie: Pick<SnapshotCookie, 'name' | 'value' | 'httpOnly'> &
    Partial<Pick<SnapshotCookie, 'scope' | 'domain'>>,
  hasJwt: boolean,
  entropyBits: number | (() => number),
  framework?: FrameworkValue,
): CookieClass {
  const name = cookie.name;
  const bare = withoutPrefix(name);
  const prefixed = bare !== name;

  const sdk = findAuthSdk(name, 'cookie') ?? (prefixed ? findAuthSdk(bare, 'cookie') : undefined);
  if (sdk?.notCredential) {
    return {
      is: false,
      knownKind: sdk.notCredential === 'csrf' ? 'csrf' : undefined,
      knownAs: sdk.sdk,
      reasons: [reason(`purpose.${sdk.notCredential}`, { vendor: sdk.sdk })],
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
  if (framework) return byFramework(framework, name);
  if (sdk) {
    return {
      is: true,
      knownKind: sdk.holds,
      knownAs: sdk.sdk,
      reasons: [reason('known-sdk', { sdk: sdk.sdk })],
    };
  }
  const known = findSessionCookie(name) ?? (prefixed ? findSessionCookie(bare) : undefined);
  if (known?.signInService && cookie.scope !== undefined && cookie.scope !== 'sent') {
    return {
      is: true,
      signInService: true,
      knownKind: 'session-id',
      knownAs: known.framework,
      reasons: [
        reason('sign-in-service', { framework: known.framework, host: cookie.domain ?? '' }),
      ],
    };
  }
  if (known) {
    return {
      is: true,
      knownKind: hasJwt ? undefined : 'session-id',
      knownAs: known.framework,
      reasons: [reason('known-session', { framework: known.framework })],
    };
  }
  if (hasJwt) return { is: true, reasons: [reason('contains-jwt')] };
  if (cookie.value === '') return { is: false, reasons: [reason('empty')] };
  // Judged on the decoded value: `http%3A%2F%2F…` is an address, whatever the name says.
  const shape = valueShape(cookie.value);
  if (shape === 'url') return { is: false, reasons: [reason('url-value')] };
  if (CREDENTIAL_NAME.test(name))
    return { is: true, reasons: [reason('credential-name', { name })] };
  // Random, long and hidden from scripts: how custom-named session ids usually look. Readable
  // data (JSON, base64 JSON) is not random, however its characters spread.
  if (cookie.httpOnly && cookie.value.length >= 16 && shape === undefined) {
    const bits = typeof entropyBits === 'function' ? entropyBits() : entropyBits;
    if (bits >= 96) {
      return { is: true, reasons: [reason('opaque-httponly', { bits: Math.round(bits) })] };
    }
  }
  return { is: false, reasons: [reason('no-sign')] };
}
