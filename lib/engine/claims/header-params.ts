/**
 * Explains the parameters of a JOSE header (RFC 7515 §4.1 for JWS, RFC 7516 §4.1 for JWE, RFC
 * 7797 for b64, RFC 9449 for the DPoP `typ`), so the UI can say what `kid` or `jku` means next to
 * the decoded header, the way it does for payload claims.
 */
import type { ClaimReport } from '../model/report';

export const KNOWN_HEADER_PARAMS = [
  'alg',
  'typ',
  'cty',
  'kid',
  'jku',
  'jwk',
  'x5u',
  'x5c',
  'x5t',
  'x5t#S256',
  'crit',
  'b64',
  'enc',
  'zip',
  'epk',
  'apu',
  'apv',
  'iv',
  'tag',
  'p2s',
  'p2c',
] as const;

const KNOWN: ReadonlySet<string> = new Set(KNOWN_HEADER_PARAMS);
const isKnown = (name: string): name is (typeof KNOWN_HEADER_PARAMS)[number] => KNOWN.has(name);
const MAX_PARAMS = 100;

/**
 * One report per header parameter, in header order: `jose.header.<name>` for the registered
 * ones, `jose.header.custom` (with the name) for the rest. Returns [] for a non-object.
 *
 * @example headerReports({ alg: 'RS256', kid: 'k1' }).map((r) => r.meaning.key)
 *   // ['jose.header.alg', 'jose.header.kid']
 */
export function headerReports(header: unknown): ClaimReport[] {
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return [];
  const record = header as Record<string, unknown>;
  return Object.keys(record)
    .slice(0, MAX_PARAMS)
    .map((name) => ({
      name,
      value: record[name],
      meaning: isKnown(name)
        ? { key: `jose.header.${name}` }
        : { key: 'jose.header.custom', params: { name } },
    }));
}
