/**
 * Which site a URL or host belongs to, without the Public Suffix List: the background works out
 * the site's registrable domain with the list (lib/background/registrable-domain.ts) and hands it over in the
 * snapshot, so the popup and panel need not ship it.
 */

/** Where a request or frame is: enough to tell plain http and loopback apart. */
export interface OriginInfo {
  origin: string;
  protocol: string;
  hostname: string;
}

/** The parts of the site URL the analysis compares: where it is, and which site it belongs to. */
export interface SiteInfo extends OriginInfo {
  url: string;
  /** eTLD+1 (`example.co.uk`); the bare host for localhost, IPs and single labels. */
  registrableDomain: string;
}

const EMPTY_ORIGIN: OriginInfo = { origin: '', protocol: '', hostname: '' };

/**
 * Origin, protocol and host of a URL; the host is lowercase and without IPv6 brackets. Never
 * throws: an unparsable URL gives empty strings.
 */
export function originInfoOf(url: string): OriginInfo {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return EMPTY_ORIGIN;
  }
  return {
    origin: parsed.origin,
    protocol: parsed.protocol,
    hostname: parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase(),
  };
}

/**
 * Splits the site URL into origin, host and registrable domain. `registrableDomain` is the
 * snapshot's own (worked out by the background from the Public Suffix List); it is used when it
 * is the host or a parent of it, otherwise {@link guessRegistrableDomain} stands in. Never
 * throws: an unparsable URL gives empty strings, which the caller reports as a problem.
 *
 * @example siteOf('https://app.example.co.uk/x').registrableDomain // 'example.co.uk'
 * @example siteOf('https://kim.github.io/', 'kim.github.io').registrableDomain // 'kim.github.io'
 */
export function siteOf(url: string, registrableDomain?: string): SiteInfo {
  const info = originInfoOf(url);
  const given = typeof registrableDomain === 'string' ? bareHost(registrableDomain) : '';
  const domain =
    given !== '' && isWithinDomain(info.hostname, given)
      ? given
      : guessRegistrableDomain(info.hostname);
  return { url, ...info, registrableDomain: domain };
}

/**
 * True when `host` (a host name or a cookie domain, leading dot ignored) is `registrableDomain`
 * or one of its subdomains: what "first party" means here. Hosts without a registrable domain
 * (localhost, IP addresses, single labels) only match themselves, so `api.localhost` is not part
 * of `localhost`, as browsers see it.
 *
 * @example isWithinDomain('.api.example.com', 'example.com') // true
 */
export function isWithinDomain(host: string, registrableDomain: string): boolean {
  const bare = bareHost(host);
  if (bare === registrableDomain) return true;
  if (!registrableDomain.includes('.') || isNumericHost(registrableDomain)) return false;
  const at = bare.length - registrableDomain.length - 1;
  return at > 0 && bare.charCodeAt(at) === 0x2e && bare.endsWith(registrableDomain);
}

/**
 * Second-level labels under which country registries sell names (`example.co.uk`,
 * `naver.co.kr`, `example.com.au`, `example.ac.jp`).
 */
const REGISTRY_SECOND_LEVEL = new Set([
  'ac',
  'co',
  'com',
  'edu',
  'go',
  'gob',
  'gov',
  'ltd',
  'mil',
  'ne',
  'net',
  'nom',
  'or',
  'org',
  'pe',
  'plc',
  're',
  'sch',
]);

/**
 * A stand-in for the Public Suffix List when a snapshot does not carry its registrable domain
 * (recordings from before the background filled it in, hand-made fixtures, tests). The last two
 * labels, or three under a country registry's second level (`co.uk`, `co.kr`, `com.au`, …); the
 * whole host for localhost, IP addresses and single labels.
 *
 * Known limits: private suffixes are not known, so `kim.github.io` gives `github.io` (and another
 * user's github.io pages look first-party); registries with other second levels (`seoul.kr`,
 * `city.kawasaki.jp`) give one label too few. The background's Public Suffix List answer, when
 * present, always wins (see {@link siteOf}).
 *
 * @example guessRegistrableDomain('app.example.co.uk') // 'example.co.uk'
 * @example guessRegistrableDomain('session.localhost') // 'session.localhost'
 */
export function guessRegistrableDomain(host: string): string {
  const bare = bareHost(host);
  if (bare === '' || isNumericHost(bare) || bare.includes(':')) return bare;
  const last = bare.lastIndexOf('.');
  if (last < 0) return bare;
  const second = bare.lastIndexOf('.', last - 1);
  if (second < 0) return bare;
  const tld = bare.length - last - 1;
  const secondLevel = bare.slice(second + 1, last);
  if (tld === 2 && REGISTRY_SECOND_LEVEL.has(secondLevel)) {
    const third = bare.lastIndexOf('.', second - 1);
    return third < 0 ? bare : bare.slice(third + 1);
  }
  return bare.slice(second + 1);
}

/** Lowercase, without a cookie domain's leading dot, a trailing dot or IPv6 brackets. */
function bareHost(host: string): string {
  let bare = host.toLowerCase();
  if (bare.startsWith('.')) bare = bare.slice(1);
  if (bare.endsWith('.')) bare = bare.slice(0, -1);
  if (bare.startsWith('[') && bare.endsWith(']')) bare = bare.slice(1, -1);
  return bare;
}

/** An IPv4 address, or anything ending in a numeric label (no TLD is all digits). */
function isNumericHost(host: string): boolean {
  const c = host.charCodeAt(host.length - 1);
  return c >= 0x30 && c <= 0x39 && /(?:^|\.)\d+$/.test(host);
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
