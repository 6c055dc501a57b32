import type { Catalogue } from '../entry';

export const captureMessages = {} satisfies Catalogue;
