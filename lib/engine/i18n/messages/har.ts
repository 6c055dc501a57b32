import type { Catalogue } from '../entry';

/** HAR import: choosing a file, its progress, the site picker and why a file cannot be read. */
export const harMessages = {
  'har.choose': { ko: 'HAR 파일 선택', en: 'Choose a HAR file' },
} satisfies Catalogue;
