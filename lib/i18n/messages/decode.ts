import type { Catalogue } from '../entry';

export const decodeMessages = {} satisfies Catalogue;
