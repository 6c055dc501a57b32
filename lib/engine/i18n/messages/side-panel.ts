import type { Catalogue } from '../entry';

/** The side panel's (Firefox: sidebar's) own sentences; the rest is the popup's vocabulary. */
export const sidePanelMessages = {
  'sidePanel.following': { ko: '활성 탭을 따라갑니다', en: 'Following the active tab' },
  'sidePanel.pinned': { ko: '지정한 탭 하나만 보여 줍니다', en: 'Showing one tab only' },
  'sidePanel.noTab': {
    ko: '이 창에 활성 탭이 없습니다. 탭을 하나 열면 그 탭을 살펴봅니다.',
    en: 'This window has no active tab. Open one and Tokki reads it.',
  },
  'sidePanel.open.side-panel': { ko: '측면 패널에 계속 띄워 두기', en: 'Keep open in side panel' },
  'sidePanel.open.sidebar': { ko: '사이드바에 계속 띄워 두기', en: 'Keep open in the sidebar' },
  'sidePanel.openFailed.side-panel': {
    ko: '측면 패널을 열지 못했습니다: {reason}',
    en: 'Could not open the side panel: {reason}',
  },
  'sidePanel.openFailed.sidebar': {
    ko: '사이드바를 열지 못했습니다: {reason}',
    en: 'Could not open the sidebar: {reason}',
  },
} satisfies Catalogue;
