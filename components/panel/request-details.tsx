import { Text } from '@/components/shared/text';
import { ValueText } from '@/components/shared/value-text';
import type { Report, RequestReport } from '@/lib/engine/model/report';

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

/** One selected request: status, type, what it carried, what it set and issued in its body. */
export function RequestDetails({ r, report }: { r: RequestReport; report: Report }) {
  const issued = report.artifacts.filter(
    (a) => a.location === 'response-body' && a.requestIds.includes(r.id),
  );
  return (
    <div className="tp-details" data-testid="request-details">
      <h3 className="tp-mono">
        {r.method} <ValueText value={r.url} />
      </h3>
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
          {r.thirdParty ? (
            <>
              {' '}
              · <Text msg={{ key: 'panel.request.thirdParty' }} />
            </>
          ) : null}
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
    </div>
  );
}
