import type { Catalogue } from '../entry';

export const timeMessages = {} satisfies Catalogue;
