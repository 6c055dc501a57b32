import type { Catalogue } from '../entry';

export const analysisMessages = {} satisfies Catalogue;
