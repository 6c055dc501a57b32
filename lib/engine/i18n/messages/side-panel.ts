import type { Catalogue } from '../entry';

/** The side panel's (Firefox: sidebar's) own sentences; the rest is the popup's vocabulary. */
export const sidePanelMessages = {
  'sidePanel.following': { ko: '활성 탭을 따라갑니다', en: 'Following the active tab' },
} satisfies Catalogue;
