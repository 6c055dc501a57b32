import { isJsonObject } from '../decode/safe-json';

/**
 * Which URLs "Fetch the issuer's public keys" may request: OpenID Connect Discovery 1.0 §4 from
 * the token's `iss` only, https only (http for the loopback host, as a developer's own issuer).
 * Nothing is taken from the token header (`jku`, `x5u`): a URL the token names is the attacker's
 * choice (RFC 8725 §3.10).
 */

/** Why Tokki will not fetch for this token. */
type PlanRefusal =
  'no-iss' | 'iss-not-url' | 'not-https' | 'has-credentials' | 'has-query-or-fragment';

export type DiscoveryPlan =
  { ok: true; issuer: string; configurationUrl: string } | { ok: false; reason: PlanRefusal };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const MAX_URL_LENGTH = 2048;

/** Whether Tokki may request `url`: https, or http on the loopback host; no user:password. */
function allowedUrl(url: URL): PlanRefusal | undefined {
  if (url.username || url.password) return 'has-credentials';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return undefined;
  return 'not-https';
}

function parseUrl(text: string): URL | undefined {
  if (text.length > MAX_URL_LENGTH) return undefined;
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/**
 * The discovery document's URL for the token's `iss` (§4: the issuer, without a trailing `/`,
 * plus `/.well-known/openid-configuration`), or why there is none.
 *
 * @example discoveryPlan('https://accounts.google.com')
 * // { ok: true, configurationUrl: 'https://accounts.google.com/.well-known/openid-configuration', … }
 */
export function discoveryPlan(iss: unknown): DiscoveryPlan {
  if (typeof iss !== 'string' || iss === '') return { ok: false, reason: 'no-iss' };
  const url = parseUrl(iss);
  if (!url) return { ok: false, reason: 'iss-not-url' };
  const refused = allowedUrl(url);
  if (refused) return { ok: false, reason: refused };
  // OpenID Connect Core §2: an issuer has no query or fragment.
  if (url.search || url.hash || iss.includes('?') || iss.includes('#')) {
    return { ok: false, reason: 'has-query-or-fragment' };
  }
  const base = iss.endsWith('/') ? iss.slice(0, -1) : iss;
  return { ok: true, issuer: iss, configurationUrl: `${base}/.well-known/openid-configuration` };
}

export type JwksUriResult =
  | { ok: true; jwksUrl: string }
  | { ok: false; reason: 'not-object' | 'issuer-mismatch' | 'no-jwks-uri' | PlanRefusal };

/**
 * The `jwks_uri` of a fetched discovery document, checked: its `issuer` must be the token's
 * `iss` exactly (§4.3), and the URI must be one Tokki may request.
 */
export function jwksUriFromConfiguration(config: unknown, issuer: string): JwksUriResult {
  if (!isJsonObject(config)) return { ok: false, reason: 'not-object' };
  if (config.issuer !== issuer) return { ok: false, reason: 'issuer-mismatch' };
  if (typeof config.jwks_uri !== 'string') return { ok: false, reason: 'no-jwks-uri' };
  const url = parseUrl(config.jwks_uri);
  if (!url) return { ok: false, reason: 'no-jwks-uri' };
  const refused = allowedUrl(url);
  return refused ? { ok: false, reason: refused } : { ok: true, jwksUrl: config.jwks_uri };
}
