/**
 * What "the same site" means for capture: the registrable domain (eTLD+1) of the top-level URL.
 * The Public Suffix List (tldts) lives here, in background code only: the background writes the
 * answer into each snapshot (`site.registrableDomain`), so the engine and the UI never load it.
 */
import { parse as parseDomain } from 'tldts';

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * The registrable domain (eTLD+1) of a host or cookie domain; a leading dot is ignored. Private
 * suffixes such as github.io count, as browsers count them for cookies. Hosts without one
 * (localhost, IP addresses) are their own registrable domain, so they still group.
 *
 * @example registrableDomainOf('.news.example.co.uk') // 'example.co.uk'
 */
export function registrableDomainOf(host: string): string {
  const bare = host.replace(/^\./, '').toLowerCase();
  if (bare === '') return '';
  const info = parseDomain(bare, { allowPrivateDomains: true });
  return info.domain ?? info.hostname ?? bare;
}

/**
 * The registrable domain of a URL's host (`a.b.example.co.uk` → `example.co.uk`), counting private
 * suffixes such as github.io as browsers do for cookies; the bare host for IPs and single labels
 * (localhost). Empty for a URL that does not parse.
 */
export function registrableDomain(url: string): string {
  const parsed = parse(url);
  if (!parsed) return '';
  return registrableDomainOf(parsed.hostname.replace(/^\[|\]$/g, ''));
}

/**
 * A key that is equal for two URLs of the same site: scheme + registrable domain for web URLs,
 * scheme + host for everything else (chrome://newtab, about:blank). Empty when it does not parse.
 *
 * @example siteKey('https://www.example.com/a') === siteKey('https://api.example.com/b') // true
 */
export function siteKey(url: string): string {
  const parsed = parse(url);
  if (!parsed) return '';
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
    return `${parsed.protocol}//${registrableDomain(url)}`;
  }
  return `${parsed.protocol}//${parsed.host}`;
}

/** True when navigating from `from` to `to` leaves the site, so the tab's log starts afresh. */
export function isOtherSite(from: string, to: string): boolean {
  return siteKey(from) !== siteKey(to);
}

/**
 * The CHIPS `topLevelSite` of a URL, as both browsers write it (`https://example.com`), or
 * undefined for a non-web URL.
 */
export function topLevelSite(url: string): string | undefined {
  const parsed = parse(url);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return undefined;
  return `${parsed.protocol}//${registrableDomain(url)}`;
}

/** The origin of a URL, or undefined when it has none (about:, data:, bad input). */
export function originOf(url: string): string | undefined {
  const parsed = parse(url);
  if (!parsed || parsed.origin === 'null') return undefined;
  return parsed.origin;
}
