/** The snapshot service over typed messaging. */
import { onMessage } from '@/lib/messaging';
import type { CaptureStore } from '@/lib/capture/capture-store-adapter';
import { pushLive } from '@/lib/capture/live-adapter';
import { gatherSnapshot } from '@/lib/capture/snapshot-adapter';

/** Answers getSnapshot and clearCapture for the popup and the panel. */
export function registerHandlers(store: CaptureStore): void {
  onMessage('getSnapshot', ({ data }) => gatherSnapshot(store, data.tabId));
  onMessage('clearCapture', async ({ data }) => {
    await store.apply(data.tabId, [{ op: 'clear', time: Date.now() }]);
    pushLive({ type: 'cleared', tabId: data.tabId });
  });
}
