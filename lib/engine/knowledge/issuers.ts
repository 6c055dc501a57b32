import type { Sourced } from './types';

export interface IssuerRow extends Sourced {
  provider: string;
  /** Tested against the `iss` claim. */
  pattern: RegExp;
}

/** Identity providers recognisable from a token's `iss` claim. */
export const issuers: readonly IssuerRow[] = [
  {
    provider: 'Google',
    pattern: /^https:\/\/accounts\.google\.com\/?$|^accounts\.google\.com$/,
    source:
      'https://developers.google.com/identity/openid-connect/openid-connect#validatinganidtoken',
  },
  {
    provider: 'Firebase Auth',
    pattern: /^https:\/\/securetoken\.google\.com\/[^/]+$/,
    source:
      'https://firebase.google.com/docs/auth/admin/verify-id-tokens#verify_id_tokens_using_a_third-party_jwt_library',
  },
  {
    provider: 'Microsoft Entra ID',
    pattern: /^https:\/\/(login\.microsoftonline\.com|sts\.windows\.net)\/[^/]+(\/v2\.0)?\/?$/,
    source:
      'https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference',
  },
  {
    provider: 'Microsoft Entra External ID',
    pattern: /^https:\/\/[^/]+\.ciamlogin\.com\/[^/]+(\/v2\.0)?\/?$/,
    source:
      'https://learn.microsoft.com/en-us/entra/external-id/customers/concept-supported-features-customers',
  },
  {
    provider: 'Auth0',
    pattern: /^https:\/\/[^/]+\.auth0\.com\/$/,
    source: 'https://auth0.com/docs/secure/tokens/id-tokens/id-token-structure',
  },
  {
    provider: 'Okta',
    pattern: /^https:\/\/[^/]+\.(okta|oktapreview|okta-emea)\.com(\/oauth2\/[^/]+)?\/?$/,
    source: 'https://developer.okta.com/docs/guides/validate-access-tokens/main/',
  },
  {
    provider: 'Amazon Cognito',
    pattern: /^https:\/\/cognito-idp\.[a-z0-9-]+\.amazonaws\.com\/[^/]+$/,
    source:
      'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html',
  },
  {
    provider: 'Keycloak',
    pattern: /^https?:\/\/[^/]+(\/auth)?\/realms\/[^/]+\/?$/,
    source: 'https://www.keycloak.org/docs/latest/server_admin/#_oidc',
  },
  {
    provider: 'Clerk',
    pattern: /^https:\/\/([^/]+\.)?clerk\.[^/]+$|^https:\/\/[^/]+\.clerk\.accounts\.dev$/,
    source: 'https://clerk.com/docs/backend-requests/manual-jwt',
  },
  {
    provider: 'Supabase Auth',
    pattern: /^https:\/\/[^/]+\.supabase\.co\/auth\/v1$/,
    source: 'https://supabase.com/docs/guides/auth/jwts',
  },
  {
    provider: 'GitHub Actions OIDC',
    pattern: /^https:\/\/token\.actions\.githubusercontent\.com$/,
    source:
      'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect',
  },
];

/** The identity provider that issued a token with this `iss`, if known. */
export function findIssuer(iss: unknown): IssuerRow | undefined {
  if (typeof iss !== 'string' || iss.length > 2048) return undefined;
  return issuers.find((row) => row.pattern.test(iss));
}
