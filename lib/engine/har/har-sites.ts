/**
 * Which sites a HAR holds: each request belongs to the site of the page that made it (its
 * `pageref`'s page, or, in a file without pages, the last page load before it, as a tab's log
 * follows its page). The main site is the first page's; the others are offered when they carried
 * credentials. A site is a registrable domain: the caller passes the Public Suffix List's answer
 * when it has one (the background's, so `kim.github.io` and `lee.github.io` are two sites), else
 * the engine's guess.
 */
import { guessRegistrableDomain } from '../analyze/site';
import type { HarContents } from './har-reader';

/** One site of the file. */
export interface HarSite {
  /** Its registrable domain (the caller's `registrable`, guessRegistrableDomain by default). */
  domain: string;
  /** The URL of its first page. */
  url: string;
  title?: string;
  requests: number;
  credentialRequests: number;
}

export interface HarSites {
  /** The main site first, then the others with credential traffic, in file order. */
  sites: HarSite[];
  /** Each request's index into `all` (−1: a request without a URL that parses). */
  siteOf: Int32Array;
  /** Every site, listed or not. */
  all: HarSite[];
}

/** The registrable domain of a host (lowercase, without IPv6 brackets). */
export type Registrable = (host: string) => string;

function domainOfUrl(url: string, registrable: Registrable): string {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return '';
    return registrable(u.hostname.replace(/^\[|\]$/g, ''));
  } catch {
    return '';
  }
}

/**
 * The hosts whose registrable domain `harSites` needs, once each: its pages' and page loads' hosts
 * (a few, whatever the number of requests), to be looked up before it runs.
 *
 * @example hostsToLookUp(contents) // ['kim.github.io', 'api.example.com']
 */
export function hostsToLookUp(c: HarContents): string[] {
  const hosts = new Set<string>();
  harSites(c, (host) => {
    hosts.add(host);
    return guessRegistrableDomain(host);
  });
  return [...hosts];
}

/** The URL of each page: its first document request, else its first request, else its title. */
function pageUrls(c: HarContents, registrable: Registrable): string[] {
  const urls: (string | undefined)[] = c.pages.map(() => undefined);
  const firstAny: (string | undefined)[] = c.pages.map(() => undefined);
  c.requests.forEach((r, i) => {
    const p = c.pageOf[i]!;
    if (p < 0) return;
    firstAny[p] ??= r.url;
    if (r.type === 'main_frame') urls[p] ??= r.url;
  });
  return c.pages.map(
    (page, p) =>
      urls[p] ?? firstAny[p] ?? (domainOfUrl(page.title ?? '', registrable) ? page.title! : ''),
  );
}

/**
 * The sites of a HAR and the site of each request.
 *
 * @example harSites(contents).sites[0]?.domain // 'example.com'
 * @example harSites(contents, (host) => psl[host]).sites[0]?.domain // 'kim.github.io'
 */
export function harSites(
  c: HarContents,
  registrable: Registrable = guessRegistrableDomain,
): HarSites {
  const domainOf = (url: string) => domainOfUrl(url, registrable);
  const urls = pageUrls(c, registrable);
  const all: HarSite[] = [];
  const byDomain = new Map<string, number>();
  const siteIndex = (domain: string, url: string, title?: string): number => {
    let at = byDomain.get(domain);
    if (at === undefined) {
      at = all.length;
      byDomain.set(domain, at);
      all.push({ domain, url, ...(title ? { title } : {}), requests: 0, credentialRequests: 0 });
    }
    return at;
  };
  // Pages first, so a site's URL is its first page's.
  c.pages.forEach((page, p) => {
    const domain = domainOf(urls[p]!);
    if (domain) siteIndex(domain, urls[p]!, page.title);
  });
  const siteOf = new Int32Array(c.requests.length).fill(-1);
  // Each page's domain once: URL parsing per request was a tenth of a 100,000-entry import.
  const pageDomains = urls.map((url) => domainOf(url));
  let current = -1;
  c.requests.forEach((r, i) => {
    const p = c.pageOf[i]!;
    let at = -1;
    const pageDomain = p >= 0 ? pageDomains[p] : '';
    if (pageDomain) at = siteIndex(pageDomain, urls[p]!);
    else if (r.type === 'main_frame' && domainOf(r.url))
      at = current = siteIndex(domainOf(r.url), r.url);
    else if (current >= 0) at = current;
    else if (domainOf(r.url)) at = siteIndex(domainOf(r.url), r.url);
    siteOf[i] = at;
    if (at < 0) return;
    all[at]!.requests += 1;
    if (!r.plain) all[at]!.credentialRequests += 1;
  });
  const main =
    c.pages.length > 0 && domainOf(urls[0]!)
      ? byDomain.get(domainOf(urls[0]!))!
      : (siteOf.find((s) => s >= 0) ?? -1);
  const sites = all.filter((s, i) => i === main || s.credentialRequests > 0);
  if (main >= 0) sites.sort((a, b) => (a === all[main] ? -1 : b === all[main] ? 1 : 0));
  return { sites, siteOf, all };
}
