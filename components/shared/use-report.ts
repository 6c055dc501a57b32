import { liveReportSource } from '@/lib/client/report-source';
import { useReportWith, type ReportState } from './use-report-with';

/** The live report of one tab; see `useReportWith` for when it fetches and re-analyses. */
export function useReport(tabId: number | undefined): ReportState {
  return useReportWith(tabId, liveReportSource);
}
