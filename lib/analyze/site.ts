import { parse } from 'tldts';

/** The parts of a URL the analysis compares: where it is, and which site it belongs to. */
export interface SiteInfo {
  url: string;
  origin: string;
  protocol: string;
  hostname: string;
  /** eTLD+1 (`example.co.uk`); the bare host for localhost, IPs and single labels. */
  registrableDomain: string;
}

const EMPTY: SiteInfo = { url: '', origin: '', protocol: '', hostname: '', registrableDomain: '' };

/**
 * Splits a URL into origin, host and registrable domain. Never throws: an unparsable URL gives
 * empty strings, which the caller reports as a problem.
 *
 * @example siteOf('https://app.example.co.uk/x').registrableDomain // 'example.co.uk'
 */
export function siteOf(url: string): SiteInfo {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ...EMPTY, url };
  }
  const hostname = parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return {
    url,
    origin: parsed.origin,
    protocol: parsed.protocol,
    hostname,
    registrableDomain: registrableDomainOf(hostname),
  };
}

/**
 * The registrable domain (eTLD+1) of a host or cookie domain; a leading dot is ignored. Hosts
 * without one (localhost, IP addresses) are their own registrable domain, so they still group.
 */
export function registrableDomainOf(host: string): string {
  const bare = host.replace(/^\./, '').toLowerCase();
  if (bare === '') return '';
  const info = parse(bare, { allowPrivateDomains: true });
  return info.domain ?? info.hostname ?? bare;
}

/**
 * True for hosts that never leave the machine, where plain http carries no network risk:
 * `localhost`, `*.localhost` (RFC 6761 §6.3) and loopback addresses.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127(?:\.\d{1,3}){3}$/.test(host) ||
    host === '::1'
  );
}
