import { analyze } from '@/lib/analyze/analyze';
import { fetchSnapshot, watchTab } from '@/lib/live';
import { useReportWith, type ReportSource, type ReportState } from './use-report-with';

/** The real source: the background's snapshot, its live port, and the engine. */
export const liveReportSource: ReportSource = {
  fetchSnapshot: (tabId) => fetchSnapshot(tabId),
  watchTab: (tabId, onEvent) => watchTab(tabId, onEvent),
  analyze: (snapshot, now) => analyze(snapshot, now),
};

/** The live report of one tab; see `useReportWith` for when it fetches and re-analyses. */
export function useReport(tabId: number | undefined): ReportState {
  return useReportWith(tabId, liveReportSource);
}
