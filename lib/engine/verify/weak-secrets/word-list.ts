import raw from './jwt-secrets.txt?raw';

/**
 * Secrets seen signing real JWTs: leaked in public code, copied from tutorials, left as framework
 * defaults (source and licence: SOURCE.md). About 1 MB, so only the weak-secret worker imports
 * this module; the pages never load it.
 */
export const WEAK_SECRET_LIST: readonly string[] = raw.split('\n').filter((line) => line !== '');
