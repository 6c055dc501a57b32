import type { Finding, Msg, Severity } from '../model/report';

type FindingGroup = 'jwt' | 'cookie' | 'storage' | 'transport';

interface CatalogueEntry {
  severity: Severity;
  group: FindingGroup;
  /** Where the rule comes from. */
  basis: string;
}

/**
 * Every finding Tokki can report. The id is stable (UI, exports and tests refer to it); the text
 * lives in lib/engine/i18n/messages/findings.ts as `finding.<id>`: one sentence saying what is wrong and why it matters.
 */
export const FINDING_CATALOGUE = {
  'jwt.alg-none': { severity: 'high', group: 'jwt', basis: 'RFC 8725 §2.1, §3.1' },
  'jwt.empty-signature': {
    severity: 'high',
    group: 'jwt',
    basis: 'RFC 8725 §3.1; jwt_tool "null signature"',
  },
  'jwt.ecdsa-zero-signature': {
    severity: 'high',
    group: 'jwt',
    basis: 'CVE-2022-21449 ("psychic signatures")',
  },
  'jwt.hmac-alg': {
    severity: 'info',
    group: 'jwt',
    basis: 'RFC 8725 §2.2, §3.5; jwt_tool crack mode',
  },
  'jwt.embedded-jwk': { severity: 'medium', group: 'jwt', basis: 'RFC 8725 §2.x; CVE-2018-0114' },
  'jwt.jku-x5u': { severity: 'medium', group: 'jwt', basis: 'RFC 8725 §3.10; jwt_tool spoof JWKS' },
  'jwt.suspicious-kid': {
    severity: 'medium',
    group: 'jwt',
    basis: 'RFC 8725 §3.10; jwt_tool kid injection',
  },
  'jwt.missing-exp': {
    severity: 'medium',
    group: 'jwt',
    basis: 'RFC 7519 §4.1.4; OWASP JWT cheat sheet',
  },
  'jwt.long-lifetime': {
    severity: 'low',
    group: 'jwt',
    basis: 'RFC 9700 §2.2.2; OWASP JWT cheat sheet',
  },
  'jwt.expired-still-sent': { severity: 'medium', group: 'jwt', basis: 'RFC 7519 §4.1.4' },
  'jwt.nbf-in-future': { severity: 'low', group: 'jwt', basis: 'RFC 7519 §4.1.5' },
  'jwt.iat-in-future': { severity: 'low', group: 'jwt', basis: 'RFC 7519 §4.1.6' },
  'jwt.exp-in-milliseconds': {
    severity: 'low',
    group: 'jwt',
    basis: 'RFC 7519 §2 NumericDate (seconds)',
  },
  'jwt.missing-iss': { severity: 'low', group: 'jwt', basis: 'RFC 8725 §3.8' },
  'jwt.missing-aud': { severity: 'low', group: 'jwt', basis: 'RFC 8725 §3.9' },
  'jwt.id-token-as-bearer': {
    severity: 'medium',
    group: 'jwt',
    basis: 'OpenID Connect Core §2; RFC 9700 §2.3',
  },
  'jwt.sensitive-payload': {
    severity: 'medium',
    group: 'jwt',
    basis: 'RFC 8725 §3.6 (JWS payloads are readable)',
  },
  'cookie.credential-without-httponly': {
    severity: 'medium',
    group: 'cookie',
    basis: 'ZAP rule 10010',
  },
  'cookie.credential-without-secure': {
    severity: 'medium',
    group: 'cookie',
    basis: 'ZAP rule 10011',
  },
  'cookie.samesite-missing': { severity: 'low', group: 'cookie', basis: 'ZAP rule 10054' },
  'cookie.samesite-none-without-secure': {
    severity: 'medium',
    group: 'cookie',
    basis: 'ZAP rule 10054; RFC 6265bis §5.6',
  },
  'cookie.loose-domain': { severity: 'low', group: 'cookie', basis: 'ZAP rule 90033' },
  'cookie.host-prefix-broken': {
    severity: 'medium',
    group: 'cookie',
    basis: 'RFC 6265bis §4.1.3.2',
  },
  'cookie.secure-prefix-broken': {
    severity: 'medium',
    group: 'cookie',
    basis: 'RFC 6265bis §4.1.3.1',
  },
  'cookie.jwt-readable-by-scripts': {
    severity: 'high',
    group: 'cookie',
    basis: 'OWASP JWT cheat sheet (token sidejacking)',
  },
  'storage.token-in-localstorage': {
    severity: 'medium',
    group: 'storage',
    basis: 'OWASP HTML5 Security cheat sheet',
  },
  'storage.token-in-sessionstorage': {
    severity: 'low',
    group: 'storage',
    basis: 'OWASP HTML5 Security cheat sheet',
  },
  'storage.token-in-indexeddb': {
    severity: 'low',
    group: 'storage',
    basis: 'OWASP HTML5 Security cheat sheet',
  },
  'storage.refresh-token-readable': {
    severity: 'high',
    group: 'storage',
    basis: 'OAuth 2.0 for Browser-Based Apps §6; RFC 9700 §4.14',
  },
  'url.token-in-url': {
    severity: 'medium',
    group: 'transport',
    basis: 'RFC 6750 §5.3; RFC 9700 §2.4',
  },
  'transport.credentials-over-http': {
    severity: 'high',
    group: 'transport',
    basis: 'RFC 6750 §5.3; ZAP rule 10011',
  },
} as const satisfies Record<string, CatalogueEntry>;

export type FindingId = keyof typeof FINDING_CATALOGUE;

/** Every catalogue id, for meta tests and the UI's filter list. */
export const FINDING_IDS = Object.keys(FINDING_CATALOGUE) as FindingId[];

/**
 * Builds one finding occurrence with the catalogue's severity and message keys.
 *
 * @example makeFinding('jwt.alg-none', { tokenId: 't1', artifactId: 'a1' })
 */
export function makeFinding(
  id: FindingId,
  at: { artifactId?: string; tokenId?: string },
  params?: Msg['params'],
): Finding {
  const message: Finding['message'] = params
    ? { key: `finding.${id}`, params }
    : { key: `finding.${id}` };
  const finding: Finding = {
    id,
    key: `${id}@${at.artifactId ?? at.tokenId ?? 'site'}`,
    severity: FINDING_CATALOGUE[id].severity,
    message,
  };
  if (at.artifactId !== undefined) finding.artifactId = at.artifactId;
  if (at.tokenId !== undefined) finding.tokenId = at.tokenId;
  return finding;
}
