/** Asks the background for a tab's snapshot. */
import { emptySnapshot, type Snapshot } from '@/lib/engine/model/snapshot';
import { sendMessage } from '@/lib/platform/messaging';

/**
 * The snapshot of `tabId` (cookies, captured requests, a fresh storage scan). Never throws: when
 * the background cannot be reached, an empty snapshot says so in `unavailable`.
 */
export async function fetchSnapshot(tabId: number): Promise<Snapshot> {
  try {
    return await sendMessage('getSnapshot', { tabId });
  } catch (error) {
    const snapshot = emptySnapshot('', Date.now());
    snapshot.site.tabId = tabId;
    snapshot.unavailable.push({
      what: 'page',
      reason: 'background-unreachable',
      detail: String(error),
    });
    return snapshot;
  }
}
