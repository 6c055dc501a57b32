import type { TokenKind } from '../model/report';
import type { CookiePurpose } from './non-credential-cookies';
import { nameLookup, type NameRule, type Sourced } from './types';

export type SdkPlace = 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB';

export interface AuthSdkRow extends NameRule, Sourced {
  sdk: string;
  /** Where the SDK keeps it. For `indexedDB` the name is the database name. */
  where: readonly SdkPlace[];
  /** What the value is; `undefined` when it holds several (a JSON bundle of tokens). */
  holds?: TokenKind;
  /**
   * Set when the entry is the SDK's own but proves nothing about the user (a flag, OAuth state,
   * a list of cache keys): it is never read as a credential.
   */
  notCredential?: CookiePurpose;
  /** Inside a JSON bundle: what the value at a path ending like this is. */
  fields?: readonly { path: RegExp; kind: TokenKind }[];
}

const WEB_STORAGE: readonly SdkPlace[] = ['localStorage', 'sessionStorage'];
const COGNITO: readonly SdkPlace[] = ['localStorage', 'sessionStorage', 'cookie'];

const AUTHJS_SOURCE =
  'https://github.com/nextauthjs/next-auth/blob/main/packages/core/src/lib/utils/cookie.ts';
const FIREBASE_SOURCE =
  'https://github.com/firebase/firebase-js-sdk/blob/main/packages/auth/src/platform_browser/persistence/indexed_db.ts';
const FIREBASE_USER_SOURCE =
  'https://github.com/firebase/firebase-js-sdk/blob/main/packages/auth/src/core/persistence/persistence_user_manager.ts';
const COGNITO_SOURCE =
  'https://github.com/aws-amplify/amplify-js/blob/main/packages/amazon-cognito-identity-js/src/CognitoUser.js';
const MSAL_SOURCE =
  'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/src/cache/CacheKeys.ts';
const AUTH0_SOURCE = 'https://github.com/auth0/auth0-spa-js/blob/main/src/cache/shared.ts';
const OIDC_SOURCE = 'https://github.com/authts/oidc-client-ts/blob/main/src/UserManager.ts';
const OKTA_SOURCE = 'https://github.com/okta/okta-auth-js/blob/master/lib/constants.ts';

/**
 * The Firebase user record (`firebase:authUser:<apiKey>:[DEFAULT]`): `stsTokenManager.accessToken`
 * is the Firebase ID token (issuer securetoken.google.com), sent as a Bearer token.
 */
const FIREBASE_FIELDS = [
  { path: /\.stsTokenManager\.accessToken$/, kind: 'id' },
  { path: /\.stsTokenManager\.refreshToken$/, kind: 'refresh' },
] as const satisfies AuthSdkRow['fields'];

/**
 * Where well-known auth SDKs keep credentials in the browser, and which of their entries are
 * not credentials. Specific rows come before the catch-all row of the same SDK.
 */
export const authSdks: readonly AuthSdkRow[] = [
  {
    // Chunks (`.0`, `.1`) are joined by join-chunked-cookies before they get here.
    // A JWE under the default JWT strategy, an opaque id under the database strategy.
    pattern: /^(__Secure-)?(authjs|next-auth)\.session-token(\.\d+)?$/,
    sdk: 'Auth.js / NextAuth.js',
    where: ['cookie'],
    source: AUTHJS_SOURCE,
  },
  {
    pattern: /^(__Host-)?(authjs|next-auth)\.csrf-token$/,
    sdk: 'Auth.js / NextAuth.js',
    where: ['cookie'],
    holds: 'csrf',
    notCredential: 'csrf',
    source: AUTHJS_SOURCE,
  },
  {
    name: 'firebaseLocalStorageDb',
    sdk: 'Firebase Auth',
    where: ['indexedDB'],
    fields: FIREBASE_FIELDS,
    source: FIREBASE_SOURCE,
  },
  {
    pattern: /^firebase:authUser:/,
    sdk: 'Firebase Auth',
    where: WEB_STORAGE,
    fields: FIREBASE_FIELDS,
    source: FIREBASE_USER_SOURCE,
  },
  {
    pattern: /^CognitoIdentityServiceProvider\.[^.]+\.[^.]+\.accessToken$/,
    sdk: 'Amazon Cognito / Amplify',
    where: COGNITO,
    holds: 'access',
    source: COGNITO_SOURCE,
  },
  {
    pattern: /^CognitoIdentityServiceProvider\.[^.]+\.[^.]+\.idToken$/,
    sdk: 'Amazon Cognito / Amplify',
    where: COGNITO,
    holds: 'id',
    source: COGNITO_SOURCE,
  },
  {
    pattern: /^CognitoIdentityServiceProvider\.[^.]+\.[^.]+\.refreshToken$/,
    sdk: 'Amazon Cognito / Amplify',
    where: COGNITO,
    holds: 'refresh',
    source: COGNITO_SOURCE,
  },
  {
    // The last user's name, the clock skew, cached profile attributes: no credential.
    pattern:
      /^CognitoIdentityServiceProvider\.[^.]+\.(LastAuthUser|[^.]+\.(clockDrift|userData|tokenScopesString))$/,
    sdk: 'Amazon Cognito / Amplify',
    where: COGNITO,
    notCredential: 'user-hint',
    source: COGNITO_SOURCE,
  },
  {
    pattern: /^CognitoIdentityServiceProvider\./,
    sdk: 'Amazon Cognito / Amplify',
    where: COGNITO,
    source: COGNITO_SOURCE,
  },
  {
    // MSAL.js cache keys: `msal.3|<account>|<env>|AccessToken|<client>|…` (v3+), and before it
    // `<account>-<env>-accesstoken-<client>-<realm>-<scopes>`. The token sits in `secret`.
    pattern: /(^|[-|])accesstoken([-|]|$)/i,
    sdk: 'MSAL.js (Microsoft)',
    where: WEB_STORAGE,
    holds: 'access',
    source: MSAL_SOURCE,
  },
  {
    pattern: /(^|[-|])idtoken([-|]|$)/i,
    sdk: 'MSAL.js (Microsoft)',
    where: WEB_STORAGE,
    holds: 'id',
    source: MSAL_SOURCE,
  },
  {
    pattern: /(^|[-|])refreshtoken([-|]|$)/i,
    sdk: 'MSAL.js (Microsoft)',
    where: WEB_STORAGE,
    holds: 'refresh',
    source: MSAL_SOURCE,
  },
  {
    // Lists of cache keys, the active account, versions, log settings: names, not tokens.
    pattern: /^msal\.(\d+\.)?(token\.keys|account\.keys|version|browser\.|.*active-account)/,
    sdk: 'MSAL.js (Microsoft)',
    where: WEB_STORAGE,
    notCredential: 'user-hint',
    source: MSAL_SOURCE,
  },
  {
    pattern: /^msal\./,
    sdk: 'MSAL.js (Microsoft)',
    where: WEB_STORAGE,
    source: MSAL_SOURCE,
  },
  {
    pattern: /^@@auth0spajs@@/,
    sdk: 'Auth0 SPA SDK',
    where: WEB_STORAGE,
    source: AUTH0_SOURCE,
  },
  {
    pattern: /^sb-[^-]+-auth-token-code-verifier$/,
    sdk: 'Supabase Auth',
    where: ['localStorage', 'cookie'],
    notCredential: 'oauth-state',
    source: 'https://supabase.com/docs/guides/auth/sessions/pkce-flow',
  },
  {
    // supabase-js in storage; @supabase/ssr in cookies (`base64-` JSON, chunked `.0`, `.1`).
    pattern: /^sb-[^-]+-auth-token(\.\d+)?$/,
    sdk: 'Supabase Auth',
    where: ['localStorage', 'cookie'],
    source: 'https://supabase.com/docs/guides/auth/sessions',
  },
  {
    name: '__session',
    pattern: /^__session_[A-Za-z0-9-]+$/,
    sdk: 'Clerk',
    where: ['cookie'],
    holds: 'access',
    source: 'https://clerk.com/docs/how-clerk-works/overview#client-side-session-token',
  },
  {
    name: '__client',
    sdk: 'Clerk',
    where: ['cookie'],
    holds: 'refresh',
    source: 'https://clerk.com/docs/how-clerk-works/overview#the-client-token',
  },
  {
    // keycloak-js keeps its tokens in memory; storage only holds the login round trip's state.
    pattern: /^kc-callback-/,
    sdk: 'Keycloak JS',
    where: WEB_STORAGE,
    notCredential: 'oauth-state',
    source: 'https://github.com/keycloak/keycloak-js/blob/main/lib/keycloak.js',
  },
  {
    pattern: /^oidc\.user:/,
    sdk: 'oidc-client-ts',
    where: WEB_STORAGE,
    source: OIDC_SOURCE,
  },
  {
    // `oidc.<state id>`: state, nonce and PKCE verifier of a sign-in under way.
    pattern: /^oidc\.(?!user:)/,
    sdk: 'oidc-client-ts',
    where: WEB_STORAGE,
    notCredential: 'oauth-state',
    source: OIDC_SOURCE,
  },
  {
    name: 'okta-token-storage',
    sdk: 'Okta Auth JS',
    where: [...WEB_STORAGE, 'cookie'],
    source: OKTA_SOURCE,
  },
  {
    pattern: /^okta-(cache|pkce|transaction|shared-transaction|response|original-uri)-storage$/,
    sdk: 'Okta Auth JS',
    where: [...WEB_STORAGE, 'cookie'],
    notCredential: 'oauth-state',
    source: OKTA_SOURCE,
  },
];

const lookups = new Map<SdkPlace, (name: string) => AuthSdkRow | undefined>();

/** The auth SDK that keeps a credential (or a known non-credential) under `name` in `where`. */
export function findAuthSdk(name: string, where: SdkPlace): AuthSdkRow | undefined {
  let lookup = lookups.get(where);
  if (!lookup) {
    lookup = nameLookup(authSdks.filter((row) => row.where.includes(where)));
    lookups.set(where, lookup);
  }
  return lookup(name);
}

/**
 * What an SDK's JSON bundle holds at `path` (`$.value.stsTokenManager.accessToken`), if the
 * table says.
 *
 * @example fieldKind(findAuthSdk('firebaseLocalStorageDb', 'indexedDB'), '$.value.stsTokenManager.accessToken') // 'id'
 */
export function fieldKind(row: AuthSdkRow | undefined, path: string): TokenKind | undefined {
  return row?.fields?.find((f) => f.path.test(path))?.kind;
}
