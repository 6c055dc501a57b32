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

/** The fields of a captured request that say which page made it. */
interface EntryOrigin {
  url: string;
  type: string;
  frameId?: number;
  initiator?: string;
}

/**
 * The site key ({@link siteKey}) of the top-level page a captured request belongs to, or empty
 * when the entry does not say: a main-frame request (or a URL token seen in the tab's address)
 * belongs to its own URL's site; a request of the top frame (frameId 0) to the site of the
 * document that made it (`initiator`, Chrome; the origin of `originUrl`, Firefox). A subframe's
 * initiator is the frame's own origin, not the page's, so subframe requests stay unknown.
 *
 * @example entrySite({ url: 'https://api.b.test/me', type: 'xmlhttprequest', frameId: 0, initiator: 'https://app.a.test' }) // 'https://a.test'
 */
export function entrySite(entry: EntryOrigin): string {
  if (entry.type === 'main_frame' || entry.type === 'navigation') return siteKey(entry.url);
  if (entry.frameId === 0 && entry.initiator) return siteKey(entry.initiator);
  return '';
}
