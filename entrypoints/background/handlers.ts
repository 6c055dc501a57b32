/** The snapshot service over typed messaging. */
import { onMessage } from '@/lib/platform/messaging';
import type { CaptureStore } from '@/lib/background/capture-store';
import { pushLive } from '@/lib/platform/live-port-server';
import { gatherSnapshot } from '@/lib/background/snapshot-service';
import { assembleSnapshot } from '@/lib/background/assemble-snapshot';

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
