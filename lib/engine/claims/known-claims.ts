/**
 * The claims Tokki can explain. Sources: RFC 7519 §4.1 (registered), OpenID Connect Core 1.0
 * §2 and §5.1 (ID token and standard claims), RFC 8693 (act, may_act), RFC 9068 (JWT access
 * tokens: client_id, scope), RFC 7800 (cnf), RFC 8176 (amr values), and the documented claims of
 * Microsoft Entra ID, Amazon Cognito, Firebase Auth, Keycloak and Auth0.
 * Each name has a `claim.<name>` message in lib/engine/i18n/messages/claims.ts (a test checks).
 */

export const KNOWN_CLAIM_NAMES = [
  // RFC 7519
  'iss',
  'sub',
  'aud',
  'exp',
  'nbf',
  'iat',
  'jti',
  // OIDC ID token
  'azp',
  'nonce',
  'auth_time',
  'acr',
  'amr',
  'at_hash',
  'c_hash',
  's_hash',
  'sid',
  // OIDC standard claims
  'name',
  'given_name',
  'family_name',
  'nickname',
  'preferred_username',
  'picture',
  'email',
  'email_verified',
  'phone_number',
  'phone_number_verified',
  'locale',
  'zoneinfo',
  'birthdate',
  'address',
  'updated_at',
  // OAuth access tokens
  'scope',
  'scp',
  'client_id',
  'cnf',
  'act',
  'may_act',
  'typ',
  'token_use',
  'roles',
  'groups',
  'permissions',
  // Microsoft Entra ID
  'tid',
  'oid',
  'upn',
  'ver',
  'appid',
  'idp',
  'unique_name',
  'wids',
  // Amazon Cognito
  'cognito:groups',
  'cognito:username',
  'username',
  'event_id',
  'origin_jti',
  // Firebase Auth
  'firebase',
  'user_id',
  // Keycloak
  'realm_access',
  'resource_access',
  'session_state',
  'allowed-origins',
] as const;

/** NumericDate claims (seconds since the epoch). */
export const TIME_CLAIMS: ReadonlySet<string> = new Set([
  'exp',
  'nbf',
  'iat',
  'auth_time',
  'updated_at',
]);

/** Claims that identify a person: masked like the token until the user reveals them. */
export const SENSITIVE_CLAIMS: ReadonlySet<string> = new Set([
  'name',
  'given_name',
  'family_name',
  'nickname',
  'email',
  'phone_number',
  'birthdate',
  'address',
  'upn',
  'unique_name',
  'preferred_username',
  'cognito:username',
  'username',
  'picture',
]);
