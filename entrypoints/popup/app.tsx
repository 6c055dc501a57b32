/** The popup's UI, loaded by main.tsx once the snapshot request is on its way. */
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { openInspectorTab } from '@/lib/platform/tabs';
import { PopupApp } from '@/components/popup/popup-app';
import { syncDocumentLang } from '@/components/shared/document-lang';
import type { FirstSnapshot } from '@/lib/client/prefetch-source';
import type { StoredSettings } from '@/lib/platform/settings-storage';
import { liveReportSource } from '@/lib/client/report-source';
import type { ReportSource } from '@/lib/client/report-source';
import { initSettings } from '@/components/shared/use-settings';
import { requestSiteAccess } from '@/lib/platform/site-access';
import '@/components/shared/theme.css';
import '@/components/popup/popup.css';

/**
 * Renders the popup into `root`. `early` holds the snapshot request main.tsx already sent; when
 * its answer is in, the first render is the verdict, done at once rather than in a later task.
 */
export function mountPopup(
  root: HTMLElement,
  tabId: Promise<number | undefined>,
  early: Pick<ReportSource, 'fetchSnapshot'> & { takeFirst: () => FirstSnapshot | undefined },
  saved: StoredSettings,
): void {
  initSettings(saved);
  syncDocumentLang();
  const source: ReportSource = { ...liveReportSource, fetchSnapshot: early.fetchSnapshot };
  const initial = early.takeFirst();
  const reactRoot = createRoot(root);
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <PopupApp
          tabId={tabId}
          initial={initial}
          source={source}
          requestSiteAccess={requestSiteAccess}
          openInspector={openInspectorTab}
        />
      </StrictMode>,
    ),
  );
}
