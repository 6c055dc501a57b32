/** The snapshot service over typed messaging. */
import { onMessage } from '@/lib/messaging';
import type { CaptureStore } from '@/lib/capture/capture-store-adapter';
import { pushLive } from '@/lib/capture/live-adapter';
import { gatherSnapshot } from '@/lib/capture/snapshot-adapter';
import { assembleSnapshot } from '@/lib/capture/assemble-snapshot';

/** Answers getSnapshot and clearCapture for the popup and the panel. */
export function registerHandlers(store: CaptureStore): void {
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
  onMessage('clearCapture', async ({ data }) => {
    await store.apply(data.tabId, [{ op: 'clear', time: Date.now() }]);
    pushLive({ type: 'cleared', tabId: data.tabId });
  });
}
