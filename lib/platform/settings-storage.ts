/**
 * The only place the UI settings touch browser storage. Settings live in storage.local (they are
 * not captured data, so they may persist); captured values never come here.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { DisplayLang } from '../engine/i18n/display-lang';

export interface StoredSettings {
  lang?: DisplayLang;
}

const settingsItem = storage.defineItem<StoredSettings>('local:settings');

/** Reads the saved settings; an unreadable store counts as "nothing saved". */
export async function loadStoredSettings(): Promise<StoredSettings> {
  try {
    return (await settingsItem.getValue()) ?? {};
  } catch {
    return {};
  }
}

/** Saves the settings, merged over what is already saved. Resolves false when storage refused. */
export async function saveStoredSettings(patch: StoredSettings): Promise<boolean> {
  try {
    const current = (await settingsItem.getValue()) ?? {};
    await settingsItem.setValue({ ...current, ...patch });
    return true;
  } catch {
    return false;
  }
}

/** Calls `onChange` when another page (popup ↔ panel) saves new settings. */
export function watchStoredSettings(onChange: (settings: StoredSettings) => void): () => void {
  try {
    return settingsItem.watch((value) => onChange(value ?? {}));
  } catch {
    return () => {};
  }
}

/** The browser's UI language (`ko-KR`, `en-US`, …), or '' where the API is missing. */
export function browserUiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return '';
  }
}
