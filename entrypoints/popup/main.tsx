import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openInspectorTab, resolveTabId } from '@/components/popup/popup-adapter';
import { PopupApp } from '@/components/popup/popup-app';
import { syncDocumentLang } from '@/components/shared/document-lang';
import { liveReportSource } from '@/components/shared/use-report';
import { initSettings } from '@/components/shared/use-settings';
import { requestSiteAccess } from '@/lib/live';
import '@/components/shared/theme.css';
import '@/components/popup/popup.css';

initSettings();
syncDocumentLang();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp
      tabId={resolveTabId(location.search)}
      source={liveReportSource}
      requestSiteAccess={requestSiteAccess}
      openInspector={openInspectorTab}
    />
  </StrictMode>,
);
