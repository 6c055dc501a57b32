import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openInspectorTab, resolveTabId } from '@/components/popup/popup-adapter';
import { PopupApp } from '@/components/popup/popup-app';
import { syncDocumentLang } from '@/components/shared/document-lang';
import { withPrefetch } from '@/components/shared/prefetch-source';
import { liveReportSource } from '@/components/shared/use-report';
import { initSettings } from '@/components/shared/use-settings';
import { requestSiteAccess } from '@/lib/live';
import '@/components/shared/theme.css';
import '@/components/popup/popup.css';

initSettings();
syncDocumentLang();

const tabId = resolveTabId(location.search);
// Ask the background for the snapshot while React is still loading: most of the wait is there.
const source = withPrefetch(liveReportSource, tabId);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp
      tabId={tabId}
      source={source}
      requestSiteAccess={requestSiteAccess}
      openInspector={openInspectorTab}
    />
  </StrictMode>,
);
