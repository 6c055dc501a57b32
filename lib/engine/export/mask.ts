import type { Report } from '../model/report';

/** Values shorter than this are hidden entirely: a prefix of a short secret is most of it. */
const MIN_PREFIX_LENGTH = 16;
/** Secrets shorter than this are not searched for inside other strings (too many false hits). */
const MIN_EMBEDDED_LENGTH = 6;

/**
 * Masks one secret for display or export: long values keep 4 leading characters (enough to tell
 * `eyJh…` from `rt_9…`) and their length; short ones keep only their length.
 *
 * @example maskValue('k3v9q1m0a8c2e7r5t6y4') // 'k3v9…[20]'
 */
export function maskValue(value: string): string {
  const chars = [...value];
  if (chars.length === 0) return '';
  if (chars.length < MIN_PREFIX_LENGTH) return `••••[${chars.length}]`;
  return `${chars.slice(0, 4).join('')}…[${chars.length}]`;
}

/**
 * Every string in a report that must not leave the panel unmasked: token and cookie values,
 * signatures, Basic passwords, the values of claims the engine marked sensitive, and every value
 * of a credential header (Authorization, Cookie…), recognised as a token or not.
 */
export function secretsOf(report: Report): string[] {
  const secrets = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string' && v.length > 0) secrets.add(v);
  };
  for (const token of report.tokens) {
    add(token.value);
    add(token.jws?.signature);
    add(token.basic?.password);
    for (const claim of token.claims) if (claim.sensitive) add(claim.value);
  }
  for (const cookie of report.cookies)
    if (cookie.credential.is || cookie.tokenId) add(cookie.value);
  for (const request of report.requests) {
    const credential = request.headers?.credential;
    for (const header of [...(credential?.request ?? []), ...(credential?.response ?? [])]) {
      add(header.value);
    }
  }
  return [...secrets];
}

/**
 * Returns a deep copy of `value` where every secret (whole or embedded in a longer string, such as
 * a URL with `?token=`) is replaced by its mask. Object keys that equal a secret are masked too.
 * Cycles and non-plain values are cut rather than followed, since the input came from a page.
 */
export function maskDeep(value: unknown, secrets: readonly string[]): unknown {
  const whole = new Map(secrets.map((s) => [s, maskValue(s)]));
  // Longest first, so a token that contains a shorter secret is masked as a whole.
  const embedded = secrets
    .filter((s) => s.length >= MIN_EMBEDDED_LENGTH)
    .sort((a, b) => b.length - a.length);
  const maskString = (s: string): string => {
    const exact = whole.get(s);
    if (exact !== undefined) return exact;
    let out = s;
    for (const secret of embedded)
      if (out.includes(secret)) out = out.split(secret).join(whole.get(secret)!);
    return out;
  };
  const seen = new WeakSet<object>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return maskString(v);
    if (v === null || typeof v !== 'object') return v;
    if (seen.has(v)) return '[cycle]';
    seen.add(v);
    if (Array.isArray(v)) return v.map(walk);
    const out: Record<string, unknown> = {};
    for (const [k, child] of Object.entries(v)) {
      // defineProperty, not assignment: a page-made "__proto__" key must stay plain data.
      Object.defineProperty(out, maskString(k), {
        value: walk(child),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  };
  return walk(value);
}
