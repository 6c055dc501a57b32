import type { Catalogue } from '../entry';

export const verdictMessages = {} satisfies Catalogue;
