import type { Catalogue } from '../entry';

/** The workbench page's own sentences (its header, sections and the context-menu item). */
export const workbenchMessages = {
  'workbench.title': { ko: '토끼 작업대', en: 'Tokki workbench' },
  'workbench.tagline': {
    ko: '사이트 없이 쓰는 도구: 토큰 디코딩, HAR 파일 분석, 개념 익히기',
    en: 'Tools that need no site: decode a token, read a HAR file, learn the ideas',
  },
  'workbench.sections': { ko: '작업대 도구', en: 'Workbench tools' },
  'workbench.section.har': { ko: 'HAR 가져오기', en: 'HAR import' },

  // "Decode with Tokki": the selected text arrives from the background, in memory only.
  'workbench.handoff.received': {
    ko: '페이지에서 선택한 텍스트입니다. 어디에도 저장하지 않습니다.',
    en: 'This is the text you selected on the page. It is not saved anywhere.',
  },
  'workbench.handoff.missing': {
    ko: '선택한 텍스트를 더는 가져올 수 없습니다. 30초가 지났거나 이미 한 번 열었기 때문입니다. 텍스트를 다시 선택하거나 아래에 붙여 넣으면 됩니다.',
    en: 'The selected text is no longer available: more than 30 seconds passed, or it was already opened once. Select it again, or paste it below.',
  },

  // The way in from the inspector's header.
  'workbench.open': { ko: '작업대', en: 'Workbench' },
  'workbench.open.title': {
    ko: '디코더, HAR 가져오기, 배우기가 있는 작업대를 새 탭에서 엽니다',
    en: 'Open the workbench (Decoder, HAR import, Learn) in a new tab',
  },

  // The inspector on a browser page (new tab, about:blank, chrome://…).
  'workbench.restricted.still': {
    ko: '그래도 디코더와 배우기는 여기서 쓸 수 있습니다.',
    en: 'The Decoder and Learn still work here.',
  },
} satisfies Catalogue;
