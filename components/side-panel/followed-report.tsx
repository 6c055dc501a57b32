import { useEffect, useRef } from 'react';
import { PopupError } from '@/components/popup/popup-app';
import { PopupView } from '@/components/popup/popup-view';
import { isRestrictedReport } from '@/components/shared/report-state';
import { Text } from '@/components/shared/text';
import { useReportWith } from '@/components/shared/use-report-with';
import { ValueText } from '@/components/shared/value-text';
import type { FollowedTab } from '@/lib/client/follow-active-tab';
import type { ReportSource } from '@/lib/client/report-source';

export interface FollowedReportProps {
  tab: FollowedTab;
  pinned: boolean;
  source: ReportSource;
  requestSiteAccess: (origin: string) => Promise<boolean>;
  openInspector: (tabId: number) => Promise<void>;
}

/** What the line under the header names: the site's origin once known, else the tab's URL. */
function siteLabel(origin: string | undefined, url: string): string {
  return origin && origin !== 'null' ? origin : url;
}

/**
 * The popup's answer for one tab, live. Mounted once per tab (the side panel keys it by tab id),
 * so nothing of the previous tab — its report, or a fetch still on its way — can show under the
 * new one. A new `tab.revision` (the page navigated or finished loading) fetches again.
 */
export function FollowedReport({
  tab,
  pinned,
  source,
  requestSiteAccess,
  openInspector,
}: FollowedReportProps) {
  const state = useReportWith(tab.tabId, source);
  const { reload } = state;
  const shownRevision = useRef(tab.revision);
  useEffect(() => {
    if (shownRevision.current === tab.revision) return;
    shownRevision.current = tab.revision;
    reload();
  }, [tab.revision, reload]);

  const report = state.status === 'ready' ? state.report : undefined;
  const site = report && !isRestrictedReport(report) ? report.site.origin : undefined;
  return (
    <section
      className="tk-side-panel__report"
      data-testid="side-panel-report"
      data-tab-id={tab.tabId}
      data-status={state.status}
    >
      <p className="tk-side-panel__following" data-testid="side-panel-following">
        <Text msg={{ key: pinned ? 'sidePanel.pinned' : 'sidePanel.following' }} />
        <span className="tk-popup__site" data-testid="site">
          <ValueText value={siteLabel(site, tab.url)} />
        </span>
      </p>
      {state.status === 'ready' ? (
        <PopupView
          report={state.report}
          now={state.now}
          onRequestAccess={async () => {
            const granted = await requestSiteAccess(state.report.site.origin);
            if (granted) reload();
            return granted;
          }}
          onOpenInspector={() => void openInspector(tab.tabId)}
        />
      ) : state.status === 'error' ? (
        <PopupError error={state.error} onRetry={reload} />
      ) : (
        <p className="tk-muted" role="status" data-testid="state-loading">
          <Text msg={{ key: 'ui.state.loading' }} />
        </p>
      )}
    </section>
  );
}
