import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReportSource } from '@/lib/client/report-source';
import type { Report } from '@/lib/engine/model/report';
import type { Snapshot } from '@/lib/engine/model/snapshot';

export type ReportState =
  | { status: 'loading'; now: number; reload: () => void }
  | { status: 'ready'; report: Report; now: number; reload: () => void }
  | { status: 'error'; error: string; now: number; reload: () => void };

/** Countdowns move this often. */
const TICK_MS = 1000;
/** Time-dependent states (expired, expiring soon) are recomputed this often without new data. */
export const REANALYSE_MS = 60_000;

/**
 * The page's one timer. Each tick moves `now`, so countdowns re-render from the same report, and
 * moves `analysedAt` once the last analysis is REANALYSE_MS old, so time-dependent states follow
 * without a second timer. `analysedAt` also moves when new data arrives (`markAnalysed`).
 */
function useClock(): { now: number; analysedAt: number; markAnalysed: () => void } {
  const [now, setNow] = useState(() => Date.now());
  const [analysedAt, setAnalysedAt] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => {
      const tick = Date.now();
      setNow(tick);
      setAnalysedAt((at) => (tick - at >= REANALYSE_MS ? tick : at));
    }, TICK_MS);
    return () => clearInterval(id);
  }, []);
  const markAnalysed = useCallback(() => setAnalysedAt(Date.now()), []);
  return { now, analysedAt, markAnalysed };
}

/**
 * Fetches a tab's snapshot and follows it: one fetch at a time, because live events arrive in
 * bursts, plus at most one queued after it.
 */
function useSnapshot(source: ReportSource, initial: Snapshot | undefined, onFetched: () => void) {
  const [snapshot, setSnapshot] = useState<Snapshot | undefined>(initial);
  const [error, setError] = useState<string>();
  const inFlight = useRef(false);
  const again = useRef(false);

  const load = useCallback(
    async (id: number) => {
      if (inFlight.current) {
        again.current = true;
        return;
      }
      inFlight.current = true;
      try {
        do {
          again.current = false;
          try {
            const next = await source.fetchSnapshot(id);
            setSnapshot(next);
            onFetched();
            setError(undefined);
          } catch (e) {
            setError(e instanceof Error ? e.message : String(e));
          }
        } while (again.current);
      } finally {
        inFlight.current = false;
      }
    },
    [source, onFetched],
  );
  return { snapshot, error, load };
}

/**
 * Fetches a tab's snapshot, analyses it, re-fetches on live events, and ticks the page's clock
 * every second. Countdowns re-render from the same report with a new `now`; `analyze` runs again
 * only when the data changes or once a minute. `source` must be stable (a module constant).
 *
 * `initial` is a snapshot of `tabId` already in hand (the popup's prefetch): the first render
 * analyses it at once and the first fetch is skipped; live events still fetch afresh.
 */
export function useReportWith(
  tabId: number | undefined,
  source: ReportSource,
  initial?: Snapshot,
): ReportState {
  const { now, analysedAt, markAnalysed } = useClock();
  const { snapshot, error, load } = useSnapshot(source, initial, markAnalysed);
  const skipFirstLoad = useRef(initial !== undefined);

  useEffect(() => {
    if (tabId === undefined) return;
    if (skipFirstLoad.current) skipFirstLoad.current = false;
    else void load(tabId);
    return source.watchTab(tabId, () => void load(tabId));
  }, [tabId, load, source]);

  const analysed = useMemo(() => {
    if (!snapshot) return undefined;
    try {
      return { report: source.analyze(snapshot, analysedAt) };
    } catch (e) {
      // analyze promises not to throw; if it ever does, say so instead of a blank popup.
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [snapshot, analysedAt, source]);

  const reload = useCallback(() => {
    if (tabId !== undefined) void load(tabId);
  }, [tabId, load]);

  if (analysed?.report) return { status: 'ready', report: analysed.report, now, reload };
  const failure = analysed?.error ?? error;
  if (failure !== undefined) return { status: 'error', error: failure, now, reload };
  return { status: 'loading', now, reload };
}
