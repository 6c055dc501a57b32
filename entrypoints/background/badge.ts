/** The toolbar badge: analyse a tab's snapshot after its changes settle, never on the hot path. */
import { analyze } from '@/lib/engine/analyze/analyze';
import { badgeFor, unreadableBadge } from '@/lib/background/badge';
import { paintBadge, uiLanguage } from '@/lib/platform/action-badge';
import type { CaptureStore } from '@/lib/background/capture-store';
import { BADGE_DEBOUNCE_MS } from '@/lib/background/constants';
import { debounceByKey } from '@/lib/background/debounce';
import { gatherSnapshot } from '@/lib/background/snapshot-service';

async function updateBadge(store: CaptureStore, tabId: number): Promise<void> {
  const snapshot = await gatherSnapshot(store, tabId);
  const lang = uiLanguage();
  if (snapshot.unavailable.some((item) => item.reason === 'tab-missing')) return;
  const unreadable = snapshot.unavailable.find(
    (item) =>
      item.reason === 'restricted-page' ||
      (item.what === 'site-access' && item.reason === 'no-host-permission'),
  );
  if (unreadable) {
    await paintBadge(
      tabId,
      unreadableBadge(lang, unreadable.reason as 'restricted-page' | 'no-host-permission'),
    );
    return;
  }
  await paintBadge(tabId, badgeFor(analyze(snapshot, Date.now()), lang));
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
