import type { Catalogue } from '../entry';

export const panelMessages = {} satisfies Catalogue;
