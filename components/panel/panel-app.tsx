import { createContext, useContext } from 'react';
import { CatalogueContext } from '@/components/shared/catalogue-context';
import { LanguageSwitch } from '@/components/shared/language-switch';
import { RestrictedPage } from '@/components/shared/restricted-page';
import { isAccessWithheld, isRestrictedReport } from '@/components/shared/report-state';
import { SiteAccessWithheld } from '@/components/shared/site-access-withheld';
import { Text, useTranslate } from '@/components/shared/text';
import { ValueText } from '@/components/shared/value-text';
import { catalogue } from '@/lib/engine/i18n/catalogue';
import type { Report } from '@/lib/engine/model/report';
import { CookiesView } from './cookies-view';
import { DecoderView } from './decoder-view';
import { ExportView } from './export-view';
import { FlowView } from './flow-view';
import { LearnView } from './learn-view';
import { OverviewView } from './overview-view';
import type { PanelTab } from './panel-store';
import { RequestsView } from './requests-view';
import { PanelTabs } from './tabs';
import { TokensView } from './tokens-view';
import { NowContext } from '@/components/shared/use-now';

export type PanelData =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; report: Report };

export interface PanelAppProps {
  data: PanelData;
  /** Tab under inspection; shown so the user knows what they look at. */
  tabId?: number;
  /** The page's clock (the report hook's `now`), ticking every second. */
  now?: number;
  /** Follows `now`; off, or without `now`, the time stays at the report's own (tests pin it so). */
  live?: boolean;
  onRetry?: () => void;
  /** Asks the browser for host access to the site (permissions.request); resolves if granted. */
  onRequestAccess?: () => Promise<boolean>;
}

/**
 * The tabs offered on a browser page (new tab, about:blank, chrome://…): the browser keeps Tokki
 * out of the page, but these need no site.
 */
const SITELESS_TABS: readonly PanelTab[] = ['decoder', 'learn'];

/**
 * False where the panel is shown inside the workbench itself (a HAR import), whose header already
 * is the workbench's.
 */
export const WorkbenchLinkShown = createContext(true);

function Views({ tab, report, now }: { tab: PanelTab; report: Report; now: number }) {
  return (
    <NowContext.Provider value={now}>
      <View tab={tab} report={report} now={now} />
    </NowContext.Provider>
  );
}

function View({ tab, report, now }: { tab: PanelTab; report: Report; now: number }) {
  switch (tab) {
    case 'overview':
      return <OverviewView report={report} />;
    case 'cookies':
      return <CookiesView report={report} now={now} />;
    case 'tokens':
      return <TokensView report={report} />;
    case 'requests':
      return <RequestsView report={report} />;
    case 'flow':
      return <FlowView report={report} now={now} />;
    case 'decoder':
      return <DecoderView />;
    case 'learn':
      // A browser page's report holds no site: Learn shows its textbook and demo examples.
      return <LearnView report={isRestrictedReport(report) ? undefined : report} />;
    case 'export':
      return <ExportView report={report} now={now} />;
  }
}

/** The way to the workbench page, in a new tab (an extension page: a plain link reaches it). */
function WorkbenchLink() {
  const t = useTranslate();
  return (
    <a
      className="tp-header-link"
      href="/workbench.html#decoder"
      target="_blank"
      rel="noopener"
      title={t({ key: 'workbench.open.title' })}
      data-testid="open-workbench"
    >
      <Text msg={{ key: 'workbench.open' }} layout="compact" />
    </a>
  );
}

/** The DevTools panel. It shows every sentence of the catalogue; the popup, the shared ones. */
export function PanelApp(props: PanelAppProps) {
  return (
    <CatalogueContext value={catalogue}>
      <PanelPage {...props} />
    </CatalogueContext>
  );
}

/**
 * A header (site, language) and the tabbed inspector over one Report.
 * Keeps data-testid="panel" on the root in every state, for end-to-end tests.
 */
function PanelPage({ data, tabId, now, live = true, onRetry, onRequestAccess }: PanelAppProps) {
  const report = data.status === 'ready' ? data.report : undefined;
  const workbenchLink = useContext(WorkbenchLinkShown);
  return (
    <main
      className="tp-panel"
      data-testid="panel"
      data-status={data.status}
      data-tab-id={tabId ?? ''}
    >
      <header className="tp-header">
        <strong className="tp-brand">
          <Text msg={{ key: 'ui.appName' }} />
        </strong>
        {/* A browser page's origin is "null"; the restricted note below names its URL. */}
        {report && !isRestrictedReport(report) && (
          <span className="tp-site tp-mono" title={report.site.url}>
            <ValueText value={report.site.origin} />
          </span>
        )}
        <span className="tp-spacer" />
        {workbenchLink && <WorkbenchLink />}
        <LanguageSwitch />
      </header>
      {data.status === 'loading' && (
        <p className="tp-page-state" role="status">
          <Text msg={{ key: 'ui.state.loading' }} />
        </p>
      )}
      {data.status === 'error' && (
        <div className="tp-page-state" role="alert">
          <p>
            <Text msg={{ key: 'ui.state.error' }} />
          </p>
          <pre className="tp-pre">{data.message}</pre>
          {onRetry && (
            <button type="button" className="tk-btn" onClick={onRetry}>
              <Text msg={{ key: 'ui.state.retry' }} />
            </button>
          )}
        </div>
      )}
      {report && isRestrictedReport(report) && (
        <div className="tp-restricted">
          <RestrictedPage url={report.site.url} />
          <p className="tp-muted" data-testid="restricted-still">
            <Text msg={{ key: 'workbench.restricted.still' }} />
          </p>
        </div>
      )}
      {report && onRequestAccess && !isRestrictedReport(report) && isAccessWithheld(report) && (
        <SiteAccessWithheld origin={report.site.origin} onRequestAccess={onRequestAccess} />
      )}
      {report && (
        <PanelTabs
          badges={{
            cookies: report.counts.cookies.total,
            tokens: report.tokens.length,
            requests: report.requests.length,
          }}
          {...(isRestrictedReport(report) ? { tabs: SITELESS_TABS } : {})}
          render={(tab) => (
            <Views
              tab={tab}
              report={report}
              now={live && now !== undefined ? now : report.generatedAt}
            />
          )}
        />
      )}
    </main>
  );
}
