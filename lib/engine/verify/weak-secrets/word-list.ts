import raw from './jwt-secrets.txt?raw';

/**
 * Secrets seen signing real JWTs: leaked in public code, copied from tutorials, left as framework
 * defaults (source and licence: SOURCE.md). The whole list, about 1 MB, is for the bench and the
 * tests; the extension ships its head (shipped-word-list.ts), and only in the weak-secret worker.
 */
export const WEAK_SECRET_LIST: readonly string[] = raw.split('\n').filter((line) => line !== '');
