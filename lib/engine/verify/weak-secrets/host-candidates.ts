/**
 * Secrets derived from the site's host name: developers often sign with the product's name
 * (`acme-secret`, `AcmeJwtSecret`), which no public list holds.
 */

/** Second-level labels of country-code suffixes (`co.kr`, `com.au`): not a product name. */
const SUFFIX_LABELS = new Set(['co', 'com', 'net', 'org', 'ac', 'go', 'or', 'ne', 'gov', 'edu']);
const SKIP_LABELS = new Set(['www', 'api', 'auth', 'login', 'app', 'm']);

const SUFFIXES = [
  '',
  'secret',
  '-secret',
  '_secret',
  'Secret',
  '.secret',
  'key',
  '-key',
  '_key',
  'Key',
  'jwt',
  '-jwt',
  '_jwt',
  'Jwt',
  '-jwt-secret',
  '_jwt_secret',
  'JwtSecret',
  '-secret-key',
  '_secret_key',
  'SecretKey',
  '-token-secret',
  '_token_secret',
  '123',
  '1234',
  '!',
  '@123',
];
const PREFIXES = ['secret-', 'secret_', 'jwt-', 'jwt_'];

/**
 * Candidate secrets from `url`'s host: its name labels (and their hyphenated parts) in lower,
 * Capitalised and UPPER case with common secret suffixes, plus the host itself.
 *
 * @example hostCandidates('https://shop.acme.co.kr/', 'acme.co.kr') // ['acme', 'acmesecret', …]
 */
export function hostCandidates(url: string, registrableDomain?: string): string[] {
  const host = hostOf(url);
  if (!host) return [];
  const names = nameLabels(host, registrableDomain);
  const words = new Set<string>();
  for (const name of names) {
    for (const base of [name, capitalise(name), name.toUpperCase()]) {
      for (const suffix of SUFFIXES) words.add(base + suffix);
      for (const prefix of PREFIXES) words.add(prefix + base);
    }
  }
  words.add(host);
  if (registrableDomain) words.add(registrableDomain);
  return [...words];
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

/** The labels that name the site: the registrable domain's first label and the subdomains. */
function nameLabels(host: string, registrableDomain?: string): string[] {
  if (/^[\d.]+$/.test(host) || host.includes(':') || host === 'localhost') return [];
  const labels = host.split('.');
  const suffixLength = registrableDomain
    ? registrableDomain.split('.').length - 1
    : guessSuffixLength(labels);
  const named = labels.slice(0, Math.max(1, labels.length - suffixLength));
  const out = new Set<string>();
  for (const label of named) {
    if (SKIP_LABELS.has(label)) continue;
    out.add(label);
    for (const part of label.split('-')) if (part.length >= 3) out.add(part);
    if (label.includes('-')) out.add(label.replace(/-/g, ''));
  }
  return [...out];
}

/** Without the Public Suffix List: `example.com` → 1, `example.co.kr` → 2. */
function guessSuffixLength(labels: string[]): number {
  const second = labels[labels.length - 2];
  const last = labels[labels.length - 1] ?? '';
  return labels.length > 2 && last.length === 2 && second && SUFFIX_LABELS.has(second) ? 2 : 1;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
