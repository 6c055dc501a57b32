/**
 * storage.session, where captured values live: it survives a service-worker restart and leaves
 * with the browser session, so nothing captured reaches the disk. Keys written as `session:…` go
 * through WXT's storage (one value per key); the others are the area's raw keys, several at once.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/** A key in WXT's notation: `session:` and the area's own key. */
export type SessionKey = `session:${string}`;

/** The value under `key`, or null when none is stored. */
export function readSessionItem<T>(key: SessionKey): Promise<T | null> {
  return storage.getItem<T>(key);
}

/** Stores `value` under `key`; rejects when storage refuses it (quota). */
export function writeSessionItem<T>(key: SessionKey, value: T): Promise<void> {
  return storage.setItem(key, value);
}

export function removeSessionItem(key: SessionKey): Promise<void> {
  return storage.removeItem(key);
}

/**
 * Writes raw keys in one call. Throws at once where the browser has no storage.session, and
 * rejects when storage refuses the write.
 */
export function writeSessionKeys(items: Record<string, unknown>): Promise<void> {
  return browser.storage.session.set(items);
}

export function removeSessionKeys(keys: string[]): Promise<void> {
  return browser.storage.session.remove(keys);
}

export function readSessionKeys(keys: string[]): Promise<Record<string, unknown>> {
  return browser.storage.session.get(keys);
}

/** Every raw key of the area. */
export async function listSessionKeys(): Promise<string[]> {
  const area = browser.storage.session;
  const everything = async () => Object.keys(await area.get(null));
  // getKeys (Chrome 130, Firefox 143) avoids reading every value just to learn the keys.
  if (typeof area.getKeys !== 'function') return everything();
  return Promise.resolve()
    .then(() => area.getKeys())
    .catch(everything);
}
