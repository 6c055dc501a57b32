import type { Catalogue } from '../entry';

export const learnMessages = {} satisfies Catalogue;
