/**
 * The side panel (Chrome) and sidebar (Firefox): WXT writes `side_panel.default_path` or
 * `sidebar_action.default_panel` for this page. It follows the tab in front of its window, or the
 * tab of `?tabId=N`.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '@/components/side-panel/side-panel-app';
import { syncDocumentLang } from '@/components/shared/document-lang';
import { initSettings } from '@/components/shared/use-settings';
import { followTargetFrom } from '@/lib/client/follow-active-tab';
import { liveReportSource } from '@/lib/client/report-source';
import { activeTabApi, currentWindowId } from '@/lib/platform/active-tab';
import { loadStoredSettings } from '@/lib/platform/settings-storage';
import { requestSiteAccess } from '@/lib/platform/site-access';
import { openInspectorTab } from '@/lib/platform/tabs';
import '@/components/shared/theme.css';
import '@/components/popup/popup.css';
import '@/components/side-panel/side-panel.css';

const target = followTargetFrom(location.search, currentWindowId);

// The saved language first, so the first render is already in it.
void loadStoredSettings().then((saved) => {
  initSettings(saved);
  syncDocumentLang();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <SidePanelApp
        target={target}
        tabs={activeTabApi}
        source={liveReportSource}
        requestSiteAccess={requestSiteAccess}
        openInspector={openInspectorTab}
      />
    </StrictMode>,
  );
});
