/** Tokens carried in a URL's query or fragment (OAuth implicit flow, magic links, API keys). */

/** Parameter names that carry credentials. */
const TOKEN_PARAMS = new Set([
  'access_token',
  'id_token',
  'refresh_token',
  'token',
  'auth',
  'auth_token',
  'authtoken',
  'jwt',
  'code',
  'api_key',
  'apikey',
  'key',
  'session',
  'sessionid',
  'session_id',
  'sid',
  'ticket',
  'oauth_token',
  'x-amz-security-token',
]);

/** base64url JSON header `{"…` as every JWS/JWE starts. */
const JWT_LIKE = /^eyJ[\w-]+\.[\w-]*(\.[\w-]*)*$/;

/** One token found in a URL. */
export interface UrlToken {
  where: 'query' | 'fragment';
  name: string;
  value: string;
}

function tokensIn(params: string, where: UrlToken['where']): UrlToken[] {
  if (params === '') return [];
  const found: UrlToken[] = [];
  let search: URLSearchParams;
  try {
    search = new URLSearchParams(params);
  } catch {
    return [];
  }
  for (const [name, value] of search) {
    if (value === '') continue;
    if (TOKEN_PARAMS.has(name.toLowerCase()) || JWT_LIKE.test(value)) {
      found.push({ where, name, value });
    }
  }
  return found;
}

/**
 * Finds credential-looking parameters in a URL's query and fragment. Never throws: a URL that does
 * not parse has no tokens.
 *
 * @example urlTokens('https://app/cb#access_token=abc&state=1') // [{ where: 'fragment', name: 'access_token', value: 'abc' }]
 */
export function urlTokens(url: string): UrlToken[] {
  const hash = url.indexOf('#');
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? '' : url.slice(hash + 1);
  const question = beforeHash.indexOf('?');
  const query = question === -1 ? '' : beforeHash.slice(question + 1);
  return [...tokensIn(query, 'query'), ...tokensIn(fragment, 'fragment')];
}

/** Cheap pre-check for the hot path: could this URL carry a token at all? */
export function mayCarryUrlToken(url: string): boolean {
  return url.includes('?') || url.includes('#');
}

/** True when `url` carries at least one token. */
export function hasUrlToken(url: string): boolean {
  return mayCarryUrlToken(url) && urlTokens(url).length > 0;
}
