/** The popup's UI, loaded by main.tsx once the snapshot request is on its way. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openInspectorTab } from '@/components/popup/popup-adapter';
import { PopupApp } from '@/components/popup/popup-app';
import { syncDocumentLang } from '@/components/shared/document-lang';
import { liveReportSource } from '@/components/shared/use-report';
import type { ReportSource } from '@/components/shared/use-report-with';
import { initSettings } from '@/components/shared/use-settings';
import { requestSiteAccess } from '@/lib/live';
import '@/components/shared/theme.css';
import '@/components/popup/popup.css';

/** Renders the popup into `root`; `early` holds the snapshot request main.tsx already sent. */
export function mountPopup(
  root: HTMLElement,
  tabId: Promise<number | undefined>,
  early: Pick<ReportSource, 'fetchSnapshot'>,
): void {
  initSettings();
  syncDocumentLang();
  const source: ReportSource = { ...liveReportSource, fetchSnapshot: early.fetchSnapshot };
  createRoot(root).render(
    <StrictMode>
      <PopupApp
        tabId={tabId}
        source={source}
        requestSiteAccess={requestSiteAccess}
        openInspector={openInspectorTab}
      />
    </StrictMode>,
  );
}
