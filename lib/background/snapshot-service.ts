/**
 * The snapshot service: answers the popup's and the panel's getSnapshot. Their
 * snapshot adds a fresh storage scan of every frame to what the background holds; the badge
 * (badge/badge-service.ts) reads what the background holds only.
 */
import type { Snapshot } from '@/lib/engine/model/snapshot';
import { onMessage } from '@/lib/platform/messaging';
import { assembleSnapshot } from './assemble-snapshot';
import type { CaptureStore } from './capture-store';
import { scanTabStorage } from './storage-scan';
import { tabSnapshot } from './tab-snapshot';

/** The snapshot of a tab with its web storage and IndexedDB. Never throws. */
function gatherSnapshot(store: CaptureStore, tabId: number): Promise<Snapshot> {
  // The scan needs the tab id only: started with the tab read, it saves the popup a round trip.
  // A restricted page or withheld access fails it, and tabSnapshot drops what it says.
  return tabSnapshot(store, tabId, scanTabStorage(tabId));
}

/** Answers getSnapshot for the popup and the panel. */
export function registerSnapshotService(store: CaptureStore): void {
  onMessage('getSnapshot', ({ data }) =>
    gatherSnapshot(store, data.tabId).catch((error: unknown) =>
      // gatherSnapshot lists what it cannot read; this is for the unforeseen, so the UI gets a value.
      assembleSnapshot({
        tab: { id: data.tabId, url: '' },
        takenAt: Date.now(),
        unavailable: [{ what: 'page', reason: 'script-failed', detail: String(error) }],
      }),
    ),
  );
}
