import type { Catalogue } from '../entry';

/** Words of the popup and panel chrome (not of the analysis). */
export const uiMessages = {
  'ui.appName': { ko: '토끼', en: 'Tokki' },
} satisfies Catalogue;
