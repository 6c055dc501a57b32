import { useEffect, useMemo } from 'react';
import { initSettings } from '@/components/shared/use-settings';
import { useReportWith } from '@/components/shared/use-report-with';
import { PageBodiesContext } from '@/components/verify/page-bodies-context';
import { requestSiteAccess } from '@/lib/platform/site-access';
import type { TokenBodyCollector } from '@/lib/platform/devtools-network';
import { PanelApp, type PanelData } from './panel-app';
import { panelReportSource } from '@/lib/client/panel-source';

/** The wired panel: settings, the report of the inspected tab, live updates, the page's clock. */
export function PanelRoot({
  tabId,
  collector,
  hasNetwork,
}: {
  tabId?: number;
  collector: TokenBodyCollector;
  hasNetwork: boolean;
}) {
  useEffect(() => initSettings(), []);
  const source = useMemo(() => panelReportSource(collector, hasNetwork), [collector, hasNetwork]);
  const state = useReportWith(tabId, source);
  const data: PanelData =
    tabId === undefined
      ? {
          status: 'error',
          message: 'No tab to inspect: open this panel from DevTools, or add ?tabId=N.',
        }
      : state.status === 'ready'
        ? { status: 'ready', report: state.report }
        : state.status === 'error'
          ? { status: 'error', message: state.error }
          : { status: 'loading' };
  // chrome.permissions is there in the DevTools panel too (checked in real Chromium).
  const onRequestAccess = async () => {
    if (data.status !== 'ready') return false;
    const granted = await requestSiteAccess(data.report.site.origin);
    if (granted) state.reload();
    return granted;
  };
  return (
    <PageBodiesContext value={collector.bodies}>
      <PanelApp
        data={data}
        tabId={tabId}
        now={state.now}
        onRetry={state.reload}
        onRequestAccess={onRequestAccess}
      />
    </PageBodiesContext>
  );
}
