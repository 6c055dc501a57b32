import { useState } from 'react';
import { Text } from '@/components/shared/text';
import { ValueText } from '@/components/shared/value-text';
import type { Report, RequestReport } from '@/lib/engine/model/report';
import { selectRequest } from './panel-store';
import { RequestCopies } from './request-copy';
import { authorizationHeader, curlCommand } from './request-curl';
import { HeaderList } from './request-headers';
import { clockMs } from './request-time';

/** The credentials a request carried, each with the scheme it was sent under. */
function CarriedTokens({ r, report }: { r: RequestReport; report: Report }) {
  const tokens = report.tokens.filter((t) => r.tokenIds.includes(t.id));
  if (tokens.length === 0) return '—';
  return tokens.map((t) => (
    <div key={t.id}>
      <Text msg={{ key: `ui.kind.${t.kind}` }} /> ·{' '}
      {r.scheme && <ValueText value={r.scheme} maxChars={40} expandable={false} />}
    </div>
  ));
}

/** When each stage came after the start: headers sent, response headers, done. */
function Timing({ r }: { r: RequestReport }) {
  const t = r.timing;
  if (!t) return '—';
  const stages = [
    t.sent !== undefined && { key: 'panel.request.timing.sent' as const, ms: t.sent },
    t.response !== undefined && { key: 'panel.request.timing.response' as const, ms: t.response },
    t.end !== undefined && { key: 'panel.request.timing.end' as const, ms: t.end },
  ].filter((s) => s !== false);
  return (
    <span data-testid="request-timing">
      {stages.map((s, i) => (
        <span key={s.key}>
          {i > 0 && ' · '}
          <Text msg={{ key: s.key, params: { ms: s.ms } }} />
        </span>
      ))}
    </span>
  );
}

/** Status, type, initiator, time and timing, what it carried, set and issued in its body. */
function Summary({ r, report }: { r: RequestReport; report: Report }) {
  const issued = report.artifacts.filter(
    (a) => a.location === 'response-body' && a.requestIds.includes(r.id),
  );
  return (
    <dl className="tp-dl">
      <dt>
        <Text msg={{ key: 'panel.col.status' }} />
      </dt>
      <dd>{r.status ?? '—'}</dd>
      <dt>
        <Text msg={{ key: 'panel.request.type' }} />
      </dt>
      <dd>
        {r.type}
        {r.thirdParty && (
          <>
            {' '}
            · <Text msg={{ key: 'panel.request.thirdParty' }} />
          </>
        )}
        {r.plain && (
          <>
            {' '}
            · <Text msg={{ key: 'panel.request.plain' }} />
          </>
        )}
      </dd>
      <dt>
        <Text msg={{ key: 'panel.request.initiator' }} />
      </dt>
      <dd className="tp-mono">{r.initiator ? <ValueText value={r.initiator} /> : '—'}</dd>
      <dt>
        <Text msg={{ key: 'panel.request.sentAt' }} />
      </dt>
      <dd className="tp-mono">{clockMs(r.time)}</dd>
      <dt>
        <Text msg={{ key: 'panel.request.timing' }} />
      </dt>
      <dd>
        <Timing r={r} />
      </dd>
      <dt>
        <Text msg={{ key: 'panel.request.carried' }} />
      </dt>
      <dd>
        <CarriedTokens r={r} report={report} />
      </dd>
      <dt>Set-Cookie</dt>
      <dd className="tp-mono">
        {r.setCookies.length > 0 ? <ValueText value={r.setCookies.join(', ')} /> : '—'}
      </dd>
      {issued.length > 0 && (
        <>
          <dt>
            <Text msg={{ key: 'panel.request.issuedInBody' }} />
          </dt>
          <dd className="tp-mono">
            <ValueText value={issued.map((a) => a.path ?? a.name).join(', ')} />
          </dd>
        </>
      )}
    </dl>
  );
}

/**
 * One selected request, as DevTools shows it: the summary, its request and response headers
 * (credential values masked until revealed), and copies as cURL or as an Authorization header,
 * masked unless revealed.
 */
export function RequestDetails({ r, report }: { r: RequestReport; report: Report }) {
  const [revealed, setRevealed] = useState(false);
  const tokenValue = (id: string) => report.tokens.find((t) => t.id === id)?.value;
  const auth = authorizationHeader(r, tokenValue, revealed);
  return (
    <div className="tp-details" data-testid="request-details">
      <div className="tp-reqdetails__head">
        <h3 className="tp-mono">
          {r.method} <ValueText value={r.url} />
        </h3>
        <button
          type="button"
          className="tk-btn tk-btn--small"
          onClick={() => selectRequest(undefined)}
        >
          <Text msg={{ key: 'panel.request.close' }} layout="compact" />
        </button>
      </div>
      <Summary r={r} report={report} />
      <div className="tp-toolbar">
        <label>
          <input
            type="checkbox"
            data-testid="reveal-request"
            checked={revealed}
            onChange={(e) => setRevealed(e.target.checked)}
          />{' '}
          <Text msg={{ key: 'panel.request.reveal' }} />
        </label>
        <RequestCopies
          curl={() => curlCommand(r, revealed)}
          authorization={auth === undefined ? undefined : () => auth}
        />
      </div>
      <p className="tp-muted">
        <Text msg={{ key: 'panel.request.copyMasked' }} />
      </p>
      <HeaderList
        title="panel.request.requestHeaders"
        credential={r.headers?.credential.request ?? []}
        other={r.headers?.other.request ?? []}
        revealed={revealed}
        onRevealedChange={setRevealed}
      />
      <HeaderList
        title="panel.request.responseHeaders"
        credential={r.headers?.credential.response ?? []}
        other={r.headers?.other.response ?? []}
        few
        revealed={revealed}
        onRevealedChange={setRevealed}
      />
    </div>
  );
}
