/**
 * Which names suggest that a value is a credential: storage keys and cookie names (broad), and
 * field names inside auth SDK JSON blobs (narrow, so `token_type: "Bearer"` is not a token).
 */

/** Field names (lower-case, without `_`, `-`, `.`) that hold a credential inside JSON. */
const TOKEN_FIELDS = new Set([
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'token',
  'jwt',
  'sessiontoken',
  'sessionid',
  'authtoken',
  'bearertoken',
  'apitoken',
  'rawidtoken',
  'credential', // Google Identity Services hands the ID token over as `credential`
  'secret', // MSAL cache entries keep the token itself in `secret`
  'providertoken', // Supabase: the upstream OAuth provider's tokens
  'providerrefreshtoken',
  'oauthaccesstoken',
  'oauthidtoken',
  'oauthtoken',
]);

function normaliseField(name: string): string {
  return name.toLowerCase().replace(/[-_.]/g, '');
}

/**
 * True for a JSON field name that holds a credential.
 *
 * @example isTokenField('access_token') // true
 * @example isTokenField('token_type') // false
 */
export function isTokenField(name: string): boolean {
  return name.length <= 64 && TOKEN_FIELDS.has(normaliseField(name));
}

const TOKENISH =
  /token|jwt|auth|sess|(?:^|[^a-z])sid(?:$|[^a-z])|bearer|credential|secret|api[-_]?key/;
const NOT_TOKENISH =
  /csrf|xsrf|token[-_]?type|expir|[-_.]exp$|timeout|time$|[-_]at$|count|author(?!i[sz]ation)|consent/;

/**
 * True for a cookie name or storage key that suggests a credential (`sessionid`, `auth_token`,
 * `sb-abc-auth-token`, `CognitoIdentityServiceProvider.….idToken`), but not for anti-CSRF tokens,
 * token types or expiry timestamps.
 *
 * @example isTokenishKey('connect.sid') // true
 * @example isTokenishKey('token_expires_at') // false
 */
export function isTokenishKey(name: string | undefined): boolean {
  if (typeof name !== 'string' || name.length === 0 || name.length > 512) return false;
  const lower = name.toLowerCase();
  return TOKENISH.test(lower) && !NOT_TOKENISH.test(lower);
}
