/**
 * UI settings shared by the popup and the panel. Actions are plain functions so listeners and
 * tests can call them without a component.
 */
import { create } from 'zustand';
import { defaultLangFor, isDisplayLang, type DisplayLang } from '@/lib/engine/i18n/display-lang';
import {
  browserUiLanguage,
  loadStoredSettings,
  saveStoredSettings,
  watchStoredSettings,
  type StoredSettings,
} from '@/lib/platform/settings-storage';

export interface SettingsState {
  lang: DisplayLang;
  /** False until the saved settings were read, so a page can avoid flashing the wrong language. */
  loaded: boolean;
}

export const useSettings = create<SettingsState>()(() => ({ lang: 'en', loaded: false }));

/** Switches the display language now and remembers it in storage.local. */
export async function setLang(lang: DisplayLang): Promise<void> {
  useSettings.setState({ lang });
  await saveStoredSettings({ lang });
}

/**
 * Reads the saved language (default: the browser's UI language) and follows later changes made
 * in another Tokki page. Returns the function that stops following. A page that read the saved
 * settings already (`saved`, the popup does so while its code loads) starts in the right language
 * instead of switching after its first render.
 */
export function initSettings(saved?: StoredSettings): () => void {
  let stopped = false;
  const fallback = defaultLangFor(browserUiLanguage());
  const apply = ({ lang }: StoredSettings) =>
    useSettings.setState({ lang: isDisplayLang(lang) ? lang : fallback, loaded: true });
  if (saved) apply(saved);
  else {
    useSettings.setState({ lang: fallback });
    void loadStoredSettings().then((stored) => stopped || apply(stored));
  }
  const unwatch = watchStoredSettings((next) => {
    if (isDisplayLang(next.lang)) useSettings.setState({ lang: next.lang });
  });
  return () => {
    stopped = true;
    unwatch();
  };
}
