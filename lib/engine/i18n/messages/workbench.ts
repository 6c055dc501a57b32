import type { Catalogue } from '../entry';

/** The workbench page's own sentences (its header, sections and the context-menu item). */
export const workbenchMessages = {
  'workbench.title': { ko: '토끼 작업대', en: 'Tokki workbench' },
} satisfies Catalogue;
