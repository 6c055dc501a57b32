import { useEffect, useState } from 'react';
import type { FirstSnapshot } from '@/lib/client/prefetch-source';
import { isRestrictedReport } from '@/components/shared/report-state';
import { Text } from '@/components/shared/text';
import type { ReportSource } from '@/lib/client/report-source';
import { useReportWith } from '@/components/shared/use-report-with';
import { ValueText } from '@/components/shared/value-text';
import { OpenSidePanel } from './open-side-panel';
import { PopupView } from './popup-view';
import { PopupHeader } from './popup-header';

export interface PopupAppProps {
  /** The tab to inspect, or a promise of it (the active tab is looked up asynchronously). */
  tabId: Promise<number | undefined>;
  /** The tab's first snapshot when it arrived before mounting: the first render is the verdict. */
  initial?: FirstSnapshot;
  source: ReportSource;
  requestSiteAccess: (origin: string) => Promise<boolean>;
  openInspector: (tabId: number) => Promise<void>;
}

function siteLabel(site: { url: string; origin: string }): string {
  return site.origin && site.origin !== 'null' ? site.origin : site.url;
}

/** The popup could not get a report: why, when known, and a retry. */
export function PopupError({ error, onRetry }: { error: string | undefined; onRetry: () => void }) {
  return (
    <section className="tk-state" role="alert" data-testid="state-error">
      <h2 className="tk-state__title">
        <Text msg={{ key: 'ui.state.error' }} />
      </h2>
      {error !== undefined && (
        <p className="tk-state__url">
          <ValueText value={error} />
        </p>
      )}
      <button type="button" className="tk-btn" onClick={onRetry}>
        <Text msg={{ key: 'ui.state.retry' }} />
      </button>
    </section>
  );
}

/** The toolbar popup: resolves its tab, follows its report live, and renders it. */
export function PopupApp({
  tabId: tabIdPromise,
  initial,
  source,
  requestSiteAccess,
  openInspector,
}: PopupAppProps) {
  const [tab, setTab] = useState<{ id: number | undefined } | undefined>(
    initial && { id: initial.tabId },
  );
  const known = initial !== undefined;
  useEffect(() => {
    if (known) return;
    let alive = true;
    void tabIdPromise.then((id) => alive && setTab({ id }));
    return () => {
      alive = false;
    };
  }, [tabIdPromise, known]);
  const state = useReportWith(tab?.id, source, initial?.snapshot);
  const tabId = tab?.id;

  return (
    <main
      className="tk-popup"
      data-testid="popup"
      data-status={tab && tabId === undefined ? 'error' : state.status}
    >
      <PopupHeader />
      {state.status === 'ready' && !isRestrictedReport(state.report) && (
        <p className="tk-popup__site" data-testid="site">
          {/* Opaque origins (chrome://, about:, file:) serialise as "null": show the URL. */}
          <ValueText value={siteLabel(state.report.site)} />
        </p>
      )}
      {state.status === 'ready' ? (
        <PopupView
          report={state.report}
          now={state.now}
          onRequestAccess={async () => {
            const granted = await requestSiteAccess(state.report.site.origin);
            if (granted) state.reload();
            return granted;
          }}
          onOpenInspector={
            tabId === undefined
              ? undefined
              : () => {
                  void openInspector(tabId).then(() => window.close());
                }
          }
        />
      ) : state.status === 'error' || (tab && tabId === undefined) ? (
        <PopupError
          error={state.status === 'error' ? state.error : undefined}
          onRetry={state.reload}
        />
      ) : (
        <p className="tk-muted" role="status" data-testid="state-loading">
          <Text msg={{ key: 'ui.state.loading' }} />
        </p>
      )}
      {state.status === 'ready' && tabId !== undefined && <OpenSidePanel tabId={tabId} />}
    </main>
  );
}
