import type { TokenKind } from '../model/report';
import type { Sourced } from './types';

export interface HeaderSchemeRow extends Sourced {
  /** The Authorization scheme, compared without case. */
  scheme: string;
  /** Who defines it, as users know it. */
  by: string;
  /** What the credentials after the scheme are, when the scheme says. */
  holds?: TokenKind;
}

/**
 * Authorization schemes of well-known stacks beyond Bearer. HTTP authentication (Basic, Digest,
 * Negotiate, NTLM) is the browser's own and is told apart by lib/engine/decode/parse-authorization.
 */
export const headerSchemes: readonly HeaderSchemeRow[] = [
  {
    // `Authorization: Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b`: a key the server stores.
    scheme: 'Token',
    by: 'Django REST framework (TokenAuthentication)',
    holds: 'access',
    source: 'https://www.django-rest-framework.org/api-guide/authentication/#tokenauthentication',
  },
  {
    scheme: 'DPoP',
    by: 'OAuth 2.0 DPoP (RFC 9449)',
    holds: 'access',
    source: 'https://www.rfc-editor.org/rfc/rfc9449',
  },
  {
    scheme: 'AWS4-HMAC-SHA256',
    by: 'AWS Signature Version 4',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html',
  },
];

const byScheme = new Map(headerSchemes.map((row) => [row.scheme.toLowerCase(), row]));

/**
 * The stack an Authorization scheme belongs to, if it is a known one.
 *
 * @example findHeaderScheme('token')?.by // 'Django REST framework (TokenAuthentication)'
 */
export function findHeaderScheme(scheme: string | undefined): HeaderSchemeRow | undefined {
  return scheme ? byScheme.get(scheme.toLowerCase()) : undefined;
}
