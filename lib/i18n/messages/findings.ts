import type { Catalogue } from '../entry';

export const findingsMessages = {} satisfies Catalogue;
