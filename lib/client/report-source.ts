/** Where the UI's reports come from: the background's snapshot, its live port, and the engine. */
import { analyze } from '@/lib/engine/analyze/analyze';
import type { Report } from '@/lib/engine/model/report';
import type { Snapshot } from '@/lib/engine/model/snapshot';
import type { LiveEvent } from '@/lib/platform/live-port';
import { fetchSnapshot } from './fetch-snapshot';
import { watchTab } from './watch-tab';

/** A source of reports; injected so the views are tested without a browser. */
export interface ReportSource {
  fetchSnapshot(tabId: number): Promise<Snapshot>;
  watchTab(tabId: number, onEvent: (event: LiveEvent) => void): () => void;
  analyze(snapshot: Snapshot, now: number): Report;
}

/** The real source. */
export const liveReportSource: ReportSource = { fetchSnapshot, watchTab, analyze };
