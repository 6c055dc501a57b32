import type { Catalogue } from '../entry';

export const claimsMessages = {} satisfies Catalogue;
