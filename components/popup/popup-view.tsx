import { useDeferredValue } from 'react';
import type { Report } from '@/lib/engine/model/report';
import { CountsBar } from '@/components/shared/counts-bar';
import { EvidenceList } from '@/components/shared/evidence-list';
import { FindingList } from '@/components/shared/finding-list';
import { ManyCookiesNote } from '@/components/shared/many-cookies-note';
import { NothingFound } from '@/components/shared/nothing-found';
import { isAccessWithheld, isRestrictedReport } from '@/components/shared/report-state';
import { RestrictedPage } from '@/components/shared/restricted-page';
import { SiteAccessWithheld } from '@/components/shared/site-access-withheld';
import { SoonestExpiry } from '@/components/shared/soonest-expiry';
import { TokenList } from '@/components/shared/token-list';
import { UnavailableNote } from '@/components/shared/unavailable-note';
import { VerdictSummary } from '@/components/shared/verdict-summary';
import { OpenInspector, OpenWorkbench } from './open-inspector';

/** The popup is a summary: these caps keep it short (and fast) on heavy sites. */
export const POPUP_LIMITS = { evidence: 3, tokens: 3, findings: 3 } as const;

export interface PopupViewProps {
  report: Report;
  /** ms since epoch; ticks every second for countdowns. */
  now: number;
  onRequestAccess: () => Promise<boolean>;
  /** Omitted where there is no tab to inspect (restricted pages). */
  onOpenInspector?: () => void;
}

/** Everything the popup shows for one report. Pure: all data and actions come in as props. */
export function PopupView({ report, now, onRequestAccess, onOpenInspector }: PopupViewProps) {
  // The verdict is what the popup is opened for: it is committed on its own first, and the rest
  // follows in a second, interruptible render, so a heavy site does not hold the answer back.
  const complete = useDeferredValue(true, false);
  if (isRestrictedReport(report))
    return (
      <>
        <RestrictedPage url={report.site.url} />
        <OpenWorkbench />
      </>
    );
  const withheld = isAccessWithheld(report);
  const { verdict } = report;
  return (
    <>
      {withheld && (
        <SiteAccessWithheld origin={report.site.origin} onRequestAccess={onRequestAccess} />
      )}
      {!(withheld && verdict.kind === 'none') && (
        <>
          <VerdictSummary verdict={verdict} />
          {verdict.kind === 'none' ? (
            <NothingFound withTitle={false} />
          ) : (
            <EvidenceList
              evidence={verdict.evidence}
              flow={verdict.flow}
              artifacts={report.artifacts}
              max={POPUP_LIMITS.evidence}
            />
          )}
        </>
      )}
      {complete && (
        <>
          <CountsBar counts={report.counts} />
          <ManyCookiesNote count={report.counts.cookies.total} />
          <UnavailableNote unavailable={report.unavailable} />
          {verdict.kind !== 'none' && <SoonestExpiry report={report} now={now} />}
          <TokenList
            tokens={report.tokens}
            artifacts={report.artifacts}
            now={now}
            max={POPUP_LIMITS.tokens}
          />
          {(verdict.kind !== 'none' || report.findings.length > 0) && (
            <FindingList
              findings={report.findings}
              artifacts={report.artifacts}
              tokens={report.tokens}
              flow={verdict.flow}
              max={POPUP_LIMITS.findings}
            />
          )}
          {onOpenInspector && <OpenInspector onOpen={onOpenInspector} />}
        </>
      )}
    </>
  );
}
