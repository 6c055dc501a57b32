import type { Snapshot } from '@/lib/engine/model/snapshot';
import type { ReportSource } from './report-source';

/** The prefetched first snapshot, once it has arrived. */
export interface FirstSnapshot {
  tabId: number;
  snapshot: Snapshot;
}

/**
 * A source that starts fetching the first snapshot now, before React has mounted, and hands
 * that in-flight request to the first `fetchSnapshot` for the same tab. Opening a popup is
 * mostly waiting for the background; this overlaps the wait with loading the UI. `source` may be
 * just `{ fetchSnapshot }`, so the request can leave before the engine and React are loaded.
 *
 * `first` settles when that request does: with the snapshot, or undefined when there is no tab
 * or it failed. A page can wait for it and mount with the data in hand (`takeFirst`), so its
 * first render is already the answer instead of a loading state followed by the answer.
 */
export function withPrefetch<S extends Pick<ReportSource, 'fetchSnapshot'>>(
  source: S,
  tabId: Promise<number | undefined>,
): S & { first: Promise<FirstSnapshot | undefined>; takeFirst: () => FirstSnapshot | undefined } {
  let pending: { id: number; snapshot: Promise<Snapshot> } | undefined;
  let arrived: FirstSnapshot | undefined;
  const ready = tabId.then((id) => {
    if (id !== undefined) pending = { id, snapshot: source.fetchSnapshot(id) };
  });
  // Swallow here only: a failed prefetch is retried by the first real fetch.
  ready.catch(() => {});
  const first = ready.then(
    async () => {
      if (!pending) return undefined;
      const { id } = pending;
      const snapshot = await pending.snapshot;
      arrived = { tabId: id, snapshot };
      return arrived;
    },
    () => undefined,
  );
  first.catch(() => {});
  return {
    ...source,
    first: first.catch(() => undefined),
    takeFirst() {
      // Whoever takes the arrived snapshot owns it: the next fetch asks the background afresh.
      const taken = arrived;
      if (taken) pending = arrived = undefined;
      return taken;
    },
    async fetchSnapshot(id) {
      await ready.catch(() => {});
      const prefetched = pending;
      pending = undefined;
      if (prefetched && prefetched.id === id) {
        try {
          return await prefetched.snapshot;
        } catch {
          return source.fetchSnapshot(id);
        }
      }
      return source.fetchSnapshot(id);
    },
  };
}
