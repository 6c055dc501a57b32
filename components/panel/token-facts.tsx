/**
 * The facts list at the top of a token card: what kind of token it is and why, where it is kept,
 * which requests carried it, and its times.
 */
import { Text } from '@/components/shared/text';
import { ValueText } from '@/components/shared/value-text';
import { formatDuration } from '@/lib/engine/i18n/format-time';
import { storeName } from '@/lib/engine/display/store-name';
import type { Artifact, Expiry, Report, TokenReport } from '@/lib/engine/model/report';
import { selectRequest, showTab } from './panel-store';
import { TimeText } from './time-text';

/** Requests listed by name under "sent in"; the rest are counted. */
const SENT_IN_SHOWN = 5;

function KindFact({ token }: { token: TokenReport }) {
  return (
    <>
      <dt>
        <Text msg={{ key: 'panel.token.kind' }} />
      </dt>
      <dd>
        <strong>
          <Text msg={{ key: `ui.kind.${token.kind}` }} />
        </strong>{' '}
        · {token.format.toUpperCase()}
        {token.kindReasons.length > 0 && (
          <ul className="tp-reasons">
            {token.kindReasons.map((r, i) => (
              <li key={i}>
                <Text msg={r} />
              </li>
            ))}
          </ul>
        )}
      </dd>
    </>
  );
}

/** The recognised name of an SDK's storage entry, before its raw key (DevTools shows both). */
function StoreName({ artifact }: { artifact: Artifact }) {
  const store = storeName(artifact);
  if (!store) return null;
  return (
    <>
      <strong className="tp-store" data-store-name={store.key}>
        <Text msg={store} />
      </strong>{' '}
    </>
  );
}

function PlacesFact({ token, report }: { token: TokenReport; report: Report }) {
  const artifacts = report.artifacts.filter((a) => token.artifactIds.includes(a.id));
  return (
    <>
      <dt>
        <Text msg={{ key: 'panel.token.where' }} />
      </dt>
      <dd>
        <ul className="tp-places">
          {artifacts.map((a) => (
            <li key={a.id} data-location={a.location}>
              <span className="tp-badge">
                <Text msg={{ key: `ui.location.${a.location}` }} />
              </span>{' '}
              <StoreName artifact={a} />
              <ValueText className="tp-mono" value={a.label} />
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}

/** The requests that carried the token; each opens in the Requests tab. */
function SentInFact({ token, report }: { token: TokenReport; report: Report }) {
  const sent = report.requests.filter((r) => token.sentIn.includes(r.id));
  return (
    <>
      <dt>
        <Text msg={{ key: 'panel.token.sentIn', params: { n: token.sentIn.length } }} />
      </dt>
      <dd>
        {sent.slice(0, SENT_IN_SHOWN).map((r) => (
          <div key={r.id}>
            <button
              type="button"
              className="tp-link tp-mono"
              onClick={() => {
                selectRequest(r.id);
                showTab('requests');
              }}
            >
              {r.method} <ValueText value={r.url} expandable={false} />
            </button>
          </div>
        ))}
        {sent.length > SENT_IN_SHOWN && (
          <span className="tp-muted">+{sent.length - SENT_IN_SHOWN}</span>
        )}
      </dd>
    </>
  );
}

/** Expiry state with a live countdown, then issued-at, not-before and lifetime when known. */
function ExpiryFacts({ expiry, now }: { expiry: Expiry; now: number }) {
  return (
    <>
      <dt>
        <Text msg={{ key: 'panel.col.expires' }} />
      </dt>
      <dd data-testid="token-expiry" data-expiry={expiry.state}>
        <span className={`tp-state tp-state--${expiry.state}`}>
          <Text msg={{ key: `ui.expiry.${expiry.state}` }} />
        </span>{' '}
        {expiry.expiresAt !== undefined && <TimeText ms={expiry.expiresAt} now={now} />}
        {expiry.expInMilliseconds && (
          <div className="tp-warn">
            <Text msg={{ key: 'panel.token.expInMs' }} />
          </div>
        )}
      </dd>
      {expiry.issuedAt !== undefined && (
        <>
          <dt>
            <Text msg={{ key: 'panel.token.issued' }} />
          </dt>
          <dd>
            <TimeText ms={expiry.issuedAt} now={now} showCountdown={false} />
          </dd>
        </>
      )}
      {expiry.notBefore !== undefined && (
        <>
          <dt>
            <Text msg={{ key: 'panel.token.notBefore' }} />
          </dt>
          <dd>
            <TimeText ms={expiry.notBefore} now={now} />
          </dd>
        </>
      )}
      {expiry.lifetimeMs !== undefined && <LifetimeFact lifetimeMs={expiry.lifetimeMs} />}
    </>
  );
}

function LifetimeFact({ lifetimeMs }: { lifetimeMs: number }) {
  return (
    <>
      <dt>
        <Text msg={{ key: 'panel.token.lifetime' }} />
      </dt>
      <dd>
        <Text render={(l) => formatDuration(lifetimeMs, l)} />
      </dd>
    </>
  );
}

export function TokenFacts({
  token,
  report,
  now,
}: {
  token: TokenReport;
  report: Report;
  now: number;
}) {
  return (
    <dl className="tp-dl">
      <KindFact token={token} />
      <PlacesFact token={token} report={report} />
      <SentInFact token={token} report={report} />
      <ExpiryFacts expiry={token.expiry} now={now} />
    </dl>
  );
}
