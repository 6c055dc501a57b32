import type { TokenKind } from '../model/report';
import { nameLookup, type NameRule, type Sourced } from './types';

export type SdkPlace = 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB';

export interface AuthSdkRow extends NameRule, Sourced {
  sdk: string;
  /** Where the SDK keeps it. For `indexedDB` the name is the database name. */
  where: readonly SdkPlace[];
  /** What the value is; `undefined` when it holds several (a JSON bundle of tokens). */
  holds?: TokenKind;
}

const WEB_STORAGE: readonly SdkPlace[] = ['localStorage', 'sessionStorage'];

/** Where well-known auth SDKs keep credentials in the browser. */
export const authSdks: readonly AuthSdkRow[] = [
  {
    // Auth.js splits large cookies into `.0`, `.1`, … chunks; join-chunked-cookies handles them.
    pattern: /^(__Secure-)?(authjs|next-auth)\.session-token(\.\d+)?$/,
    sdk: 'Auth.js / NextAuth.js',
    // A JWE under the default JWT strategy, an opaque id under the database strategy.
    where: ['cookie'],
    source: 'https://authjs.dev/reference/core#cookies',
  },
  {
    pattern: /^(__Host-)?(authjs|next-auth)\.csrf-token$/,
    sdk: 'Auth.js / NextAuth.js',
    where: ['cookie'],
    holds: 'csrf',
    source: 'https://authjs.dev/reference/core#cookies',
  },
  {
    name: 'firebaseLocalStorageDb',
    sdk: 'Firebase Auth',
    where: ['indexedDB'],
    source: 'https://firebase.google.com/docs/auth/web/auth-state-persistence',
  },
  {
    pattern: /^firebase:authUser:/,
    sdk: 'Firebase Auth',
    where: WEB_STORAGE,
    source: 'https://firebase.google.com/docs/auth/web/auth-state-persistence',
  },
  {
    pattern: /^CognitoIdentityServiceProvider\.[^.]+\.[^.]+\.accessToken$/,
    sdk: 'Amazon Cognito / Amplify',
    where: ['localStorage', 'sessionStorage', 'cookie'],
    holds: 'access',
    source:
      'https://docs.amplify.aws/javascript/build-a-backend/auth/concepts/tokens-and-credentials/',
  },
  {
    pattern: /^CognitoIdentityServiceProvider\.[^.]+\.[^.]+\.idToken$/,
    sdk: 'Amazon Cognito / Amplify',
    where: ['localStorage', 'sessionStorage', 'cookie'],
    holds: 'id',
    source:
      'https://docs.amplify.aws/javascript/build-a-backend/auth/concepts/tokens-and-credentials/',
  },
  {
    pattern: /^CognitoIdentityServiceProvider\.[^.]+\.[^.]+\.refreshToken$/,
    sdk: 'Amazon Cognito / Amplify',
    where: ['localStorage', 'sessionStorage', 'cookie'],
    holds: 'refresh',
    source:
      'https://docs.amplify.aws/javascript/build-a-backend/auth/concepts/tokens-and-credentials/',
  },
  {
    pattern: /^CognitoIdentityServiceProvider\./,
    sdk: 'Amazon Cognito / Amplify',
    where: ['localStorage', 'sessionStorage', 'cookie'],
    source:
      'https://docs.amplify.aws/javascript/build-a-backend/auth/concepts/tokens-and-credentials/',
  },
  {
    // MSAL.js v2+ cache keys: <homeAccountId>-<environment>-accesstoken-<clientId>-<realm>-<scopes>
    pattern: /-accesstoken-/i,
    sdk: 'MSAL.js (Microsoft)',
    where: WEB_STORAGE,
    holds: 'access',
    source:
      'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/caching.md',
  },
  {
    pattern: /-idtoken-/i,
    sdk: 'MSAL.js (Microsoft)',
    where: WEB_STORAGE,
    holds: 'id',
    source:
      'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/caching.md',
  },
  {
    pattern: /-refreshtoken-/i,
    sdk: 'MSAL.js (Microsoft)',
    where: WEB_STORAGE,
    holds: 'refresh',
    source:
      'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/caching.md',
  },
  {
    pattern: /^msal\./,
    sdk: 'MSAL.js (Microsoft)',
    where: WEB_STORAGE,
    source:
      'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/caching.md',
  },
  {
    pattern: /^@@auth0spajs@@/,
    sdk: 'Auth0 SPA SDK',
    where: ['localStorage'],
    source: 'https://auth0.com/docs/libraries/auth0-single-page-app-sdk#change-storage-options',
  },
  {
    pattern: /^(_legacy_)?auth0\.[^.]+\.is\.authenticated$/,
    sdk: 'Auth0 SPA SDK',
    where: ['cookie'],
    source: 'https://auth0.com/docs/libraries/auth0-single-page-app-sdk',
  },
  {
    pattern: /^sb-[^-]+-auth-token(\.\d+)?$/,
    sdk: 'Supabase Auth',
    where: ['localStorage', 'cookie'],
    source: 'https://supabase.com/docs/guides/auth/sessions',
  },
  {
    name: '__session',
    pattern: /^__session_[A-Za-z0-9]+$/,
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
    pattern: /^kc-callback-/,
    sdk: 'Keycloak JS',
    where: WEB_STORAGE,
    source: 'https://www.keycloak.org/securing-apps/javascript-adapter',
  },
  {
    pattern: /^oidc\.user:/,
    sdk: 'oidc-client-ts',
    where: WEB_STORAGE,
    source: 'https://authts.github.io/oidc-client-ts/classes/WebStorageStateStore.html',
  },
];

const lookups = new Map<SdkPlace, (name: string) => AuthSdkRow | undefined>();

/** The auth SDK that keeps a credential under `name` in `where`, if known. */
export function findAuthSdk(name: string, where: SdkPlace): AuthSdkRow | undefined {
  let lookup = lookups.get(where);
  if (!lookup) {
    lookup = nameLookup(authSdks.filter((row) => row.where.includes(where)));
    lookups.set(where, lookup);
  }
  return lookup(name);
}
