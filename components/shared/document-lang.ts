import type { DisplayLang } from '@/lib/engine/i18n/display-lang';
import { useSettings } from './use-settings';

function apply(lang: DisplayLang) {
  // In "both" mode each text carries its own lang; the page itself is mostly Korean-first.
  document.documentElement.lang = lang === 'both' ? 'ko' : lang;
}

/** Keeps <html lang> in step with the chosen language, for screen readers and fonts. */
export function syncDocumentLang(): () => void {
  apply(useSettings.getState().lang);
  return useSettings.subscribe((state) => apply(state.lang));
}
