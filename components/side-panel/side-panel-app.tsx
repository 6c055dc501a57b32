import { Text } from '@/components/shared/text';
import type { FollowTarget, TabApi } from '@/lib/client/follow-active-tab';
import type { ReportSource } from '@/lib/client/report-source';
import { FollowedReport } from './followed-report';
import { useFollowedTab } from './use-followed-tab';
import { PopupHeader } from '@/components/popup/popup-header';

export interface SidePanelAppProps {
  /** What to follow: the page's window, or one tab (`?tabId=N`); undefined when unknown. */
  target: Promise<FollowTarget | undefined>;
  tabs: TabApi;
  source: ReportSource;
  requestSiteAccess: (origin: string) => Promise<boolean>;
  openInspector: (tabId: number) => Promise<void>;
}

/**
 * The side panel (Firefox: the sidebar): the popup's answer for the tab in front of its window,
 * following tab switches and navigations, and live as the site logs in and out. Keeps the popup's
 * test contract (`[data-testid=popup]`, `[data-testid=verdict][data-verdict]`, …).
 */
export function SidePanelApp({
  target,
  tabs,
  source,
  requestSiteAccess,
  openInspector,
}: SidePanelAppProps) {
  const following = useFollowedTab(target, tabs);
  return (
    <main
      className="tk-popup tk-side-panel"
      data-testid="popup"
      data-surface="side-panel"
      data-status={following.status}
    >
      <PopupHeader />
      {following.status === 'tab' ? (
        <FollowedReport
          key={following.tab.tabId}
          tab={following.tab}
          pinned={following.pinned}
          source={source}
          requestSiteAccess={requestSiteAccess}
          openInspector={openInspector}
        />
      ) : following.status === 'no-tab' ? (
        <p className="tk-muted" role="status" data-testid="state-no-tab">
          <Text msg={{ key: 'sidePanel.noTab' }} layout="block" />
        </p>
      ) : (
        <p className="tk-muted" role="status" data-testid="state-loading">
          <Text msg={{ key: 'ui.state.loading' }} />
        </p>
      )}
    </main>
  );
}
