/**
 * UI settings shared by the popup and the panel. Actions are plain functions so listeners and
 * tests can call them without a component.
 */
import { create } from 'zustand';
import { defaultLangFor, isDisplayLang, type DisplayLang } from './display-lang';
import {
  browserUiLanguage,
  loadStoredSettings,
  saveStoredSettings,
  watchStoredSettings,
} from './settings-storage';

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
 * in another Tokki page. Returns the function that stops following.
 */
export function initSettings(): () => void {
  let stopped = false;
  const fallback = defaultLangFor(browserUiLanguage());
  useSettings.setState({ lang: fallback });
  void loadStoredSettings().then((saved) => {
    if (stopped) return;
    useSettings.setState({ lang: isDisplayLang(saved.lang) ? saved.lang : fallback, loaded: true });
  });
  const unwatch = watchStoredSettings((saved) => {
    if (isDisplayLang(saved.lang)) useSettings.setState({ lang: saved.lang });
  });
  return () => {
    stopped = true;
    unwatch();
  };
}
