/**
 * Paints each tab's badge a moment after its changes settle, never on the capture path. The badge
 * is derived from what the background already holds (the capture log and the cookie cache): it
 * never scripts into the page, so no surface needs to be open and no frame is touched for it.
 */
import { paintBadge, uiLanguage } from '@/lib/platform/action-badge';
import type { CaptureStore } from '../capture-store';
import { BADGE_DEBOUNCE_MS } from '../constants';
import { tabSnapshot } from '../tab-snapshot';
import { badgeOfSnapshot } from './badge';
import { debounceByKey } from './debounce';

/** Reads what the background holds about `tabId` and paints its badge. */
export async function updateBadge(store: CaptureStore, tabId: number): Promise<void> {
  const snapshot = await tabSnapshot(store, tabId);
  const badge = badgeOfSnapshot(snapshot, Date.now(), uiLanguage());
  if (badge) await paintBadge(tabId, badge);
}

/** Returns `schedule(tabId)`, debounced per tab; the store is passed once it exists. */
export function registerBadge(): {
  schedule: (tabId: number) => void;
  attach: (store: CaptureStore) => void;
} {
  let store: CaptureStore | undefined;
  const schedule = debounceByKey((tabId: number) => {
    if (!store) return;
    // A badge is a hint: an error painting it must never reach the capture path.
    updateBadge(store, tabId).catch(() => undefined);
  }, BADGE_DEBOUNCE_MS);
  return { schedule, attach: (value) => (store = value) };
}
