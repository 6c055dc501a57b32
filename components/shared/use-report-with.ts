import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReportSource } from '@/lib/client/report-source';
import type { Report } from '@/lib/engine/model/report';
import type { Snapshot } from '@/lib/engine/model/snapshot';
import { useNow } from './use-now';

export type ReportState =
  | { status: 'loading'; now: number; reload: () => void }
  | { status: 'ready'; report: Report; now: number; reload: () => void }
  | { status: 'error'; error: string; now: number; reload: () => void };

/** Time-dependent states (expired, expiring soon) are recomputed this often without new data. */
export const REANALYSE_MS = 60_000;

/**
 * Fetches a tab's snapshot, analyses it, re-fetches on live events, and ticks a clock every
 * second. Countdowns re-render from the same report with a new `now`; `analyze` runs again only
 * when the data changes or once a minute. `source` must be stable (a module constant).
 *
 * `initial` is a snapshot of `tabId` already in hand (the popup's prefetch): the first render
 * analyses it at once and the first fetch is skipped; live events still fetch afresh.
 */
export function useReportWith(
  tabId: number | undefined,
  source: ReportSource,
  initial?: Snapshot,
): ReportState {
  const now = useNow(1000);
  const [snapshot, setSnapshot] = useState<Snapshot | undefined>(initial);
  const skipFirstLoad = useRef(initial !== undefined);
  const [error, setError] = useState<string>();
  const [analysedAt, setAnalysedAt] = useState(() => Date.now());
  const inFlight = useRef(false);
  const again = useRef(false);

  const load = useCallback(
    async (id: number) => {
      // Live events can arrive in bursts: one fetch at a time, plus at most one queued after it.
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
            setAnalysedAt(Date.now());
            setError(undefined);
          } catch (e) {
            setError(e instanceof Error ? e.message : String(e));
          }
        } while (again.current);
      } finally {
        inFlight.current = false;
      }
    },
    [source],
  );

  useEffect(() => {
    if (tabId === undefined) return;
    if (skipFirstLoad.current) skipFirstLoad.current = false;
    else void load(tabId);
    const stop = source.watchTab(tabId, () => void load(tabId));
    const minute = setInterval(() => setAnalysedAt(Date.now()), REANALYSE_MS);
    return () => {
      stop();
      clearInterval(minute);
    };
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
