/**
 * Where the panel's reports come from: the background's snapshot of the inspected tab, plus the
 * token-issuing response bodies only DevTools can see, analysed by the shared engine.
 */
import type { ReportSource } from './report-source';
import { analyze } from '@/lib/engine/analyze/analyze';
import { fetchSnapshot } from '@/lib/client/fetch-snapshot';
import { watchTab } from '@/lib/client/watch-tab';
import type { TokenBodyCollector } from '@/lib/platform/devtools-network';

/** Combines the live snapshot with what `collector` saw through devtools.network. */
export function panelReportSource(
  collector: TokenBodyCollector,
  hasNetwork: boolean,
): ReportSource {
  return {
    async fetchSnapshot(tabId) {
      const snapshot = await fetchSnapshot(tabId);
      const bodies = collector.bodies();
      return {
        ...snapshot,
        bodies: [...snapshot.bodies, ...bodies],
        // Inside real DevTools the bodies are readable, so the "devtools only" note no longer applies.
        unavailable: hasNetwork
          ? snapshot.unavailable.filter(
              (u) => !(u.what === 'bodies' && u.reason === 'devtools-only'),
            )
          : snapshot.unavailable,
      };
    },
    watchTab(tabId, onEvent) {
      const stopLive = watchTab(tabId, onEvent);
      const stopBodies = collector.subscribe(() => onEvent({ type: 'capture-added', tabId }));
      return () => {
        stopLive();
        stopBodies();
      };
    },
    analyze: (snapshot, now) => analyze(snapshot, now),
  };
}
