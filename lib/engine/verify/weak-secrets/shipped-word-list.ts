import raw from './jwt-secrets-shipped.txt?raw';

/**
 * The secrets the extension ships: the first 3,520 lines of the full list (jwt-secrets.txt),
 * Wallarm's original collection of JWT secrets from tutorials, framework defaults and public
 * code. The full list (1.1 MB, about 0.5 MB in the zip) would push the store zip past its
 * 500 KB budget, so it stays for the bench and the tests (SOURCE.md: which lines, and why).
 */
export const SHIPPED_WEAK_SECRETS: readonly string[] = raw
  .split('\n')
  .filter((line) => line !== '');
