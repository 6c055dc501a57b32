import type { Snapshot } from '@/lib/model/snapshot';
import type { ReportSource } from './use-report-with';

/**
 * A source that starts fetching the first snapshot now, before React has mounted, and hands
 * that in-flight request to the first `fetchSnapshot` for the same tab. Opening a popup is
 * mostly waiting for the background; this overlaps the wait with loading the UI. `source` may be
 * just `{ fetchSnapshot }`, so the request can leave before the engine and React are loaded.
 */
export function withPrefetch<S extends Pick<ReportSource, 'fetchSnapshot'>>(
  source: S,
  tabId: Promise<number | undefined>,
): S {
  let pending: { id: number; snapshot: Promise<Snapshot> } | undefined;
  const ready = tabId.then((id) => {
    if (id !== undefined) pending = { id, snapshot: source.fetchSnapshot(id) };
  });
  // Swallow here only: a failed prefetch is retried by the first real fetch.
  ready.catch(() => {});
  return {
    ...source,
    async fetchSnapshot(id) {
      await ready.catch(() => {});
      const first = pending;
      pending = undefined;
      if (first && first.id === id) {
        try {
          return await first.snapshot;
        } catch {
          return source.fetchSnapshot(id);
        }
      }
      return source.fetchSnapshot(id);
    },
  };
}
