import { useEffect, useRef } from 'react';
import { MaskedValue } from '@/components/shared/masked-value';
import { Text } from '@/components/shared/text';
import type { Location, Report, TokenReport } from '@/lib/engine/model/report';
import { usePanel } from './panel-store';
import { TokenDetails } from './token-details';

const STORED_FIRST: Location[] = [
  'cookie-httponly',
  'cookie-script',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'header',
  'url',
  'response-body',
];

/** The place a token is best known by: where it is kept, else where it travelled. */
function primaryLocation(token: TokenReport, report: Report): Location | undefined {
  const locations = report.artifacts
    .filter((a) => token.artifactIds.includes(a.id))
    .map((a) => a.location);
  return STORED_FIRST.find((l) => locations.includes(l));
}

function TokenCard({
  token,
  report,
  selected,
}: {
  token: TokenReport;
  report: Report;
  selected: boolean;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    // Arriving from a piece of evidence: bring that card into view and focus.
    if (selected) {
      ref.current?.scrollIntoView?.({ block: 'nearest' });
      ref.current?.focus();
    }
  }, [selected]);
  const decoded = token.jws
    ? { header: token.jws.header, payload: token.jws.payload }
    : token.jwe
      ? { header: token.jwe.header }
      : undefined;
  return (
    <article
      ref={ref}
      tabIndex={-1}
      className={`tp-card${selected ? ' tp-card--selected' : ''}`}
      data-testid="token"
      data-token-id={token.id}
      data-token-kind={token.kind}
      data-token-format={token.format}
      data-location={primaryLocation(token, report) ?? ''}
      aria-labelledby={`tp-token-${token.id}`}
    >
      <h3 id={`tp-token-${token.id}`}>
        <Text msg={{ key: `ui.kind.${token.kind}` }} />{' '}
        <span className="tp-muted">· {token.format.toUpperCase()}</span>
      </h3>
      <MaskedValue value={token.value} name={token.kind} decoded={decoded} />
      <TokenDetails token={token} report={report} />
    </article>
  );
}

const KIND_ORDER = [
  'access',
  'refresh',
  'id',
  'session-id',
  'session-data',
  'authorization-code',
  'csrf',
  'unknown',
];
const DEAD = new Set(['expired']);

/** Live tokens first (access, refresh, ID, …), then expired ones, each group in engine order. */
function orderTokens(tokens: TokenReport[]): TokenReport[] {
  const rank = (t: TokenReport) =>
    (DEAD.has(t.expiry.state) ? 100 : 0) + KIND_ORDER.indexOf(t.kind);
  return tokens
    .map((t, i) => ({ t, i }))
    .sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i)
    .map(({ t }) => t);
}

/** One card per token, already deduplicated across places by the engine. */
export function TokensView({ report }: { report: Report }) {
  const selected = usePanel((s) => s.selectedToken);
  if (report.tokens.length === 0) {
    return (
      <p className="tp-muted" data-testid="tokens-empty">
        <Text msg={{ key: 'panel.tokens.none' }} />
      </p>
    );
  }
  return (
    <div className="tp-cards">
      {orderTokens(report.tokens).map((t) => (
        <TokenCard key={t.id} token={t} report={report} selected={t.id === selected} />
      ))}
    </div>
  );
}
