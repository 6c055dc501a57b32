import type { Catalogue } from '../entry';

export const timeMessages = {
  'time.invalid': { ko: '알 수 없는 시각', en: 'unknown time' },
} satisfies Catalogue;
