import type { Lang } from '@/lib/engine/model/report';

/** What the user chose to read: one language, or both side by side. */
export type DisplayLang = Lang | 'both';

export const DISPLAY_LANGS: readonly DisplayLang[] = ['ko', 'en', 'both'];

/** True for a value that can be shown; guards what comes back from storage. */
export function isDisplayLang(value: unknown): value is DisplayLang {
  return typeof value === 'string' && (DISPLAY_LANGS as readonly string[]).includes(value);
}

/** Korean when the browser speaks Korean (`ko`, `ko-KR`), English otherwise. */
export function defaultLangFor(uiLanguage: string): Lang {
  return uiLanguage.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** The languages to render, in reading order. */
export function langsOf(lang: DisplayLang): Lang[] {
  return lang === 'both' ? ['ko', 'en'] : [lang];
}
