import { Text } from '@/components/shared/text';
import { ValueText } from '@/components/shared/value-text';
import type { Report, TokenReport } from '@/lib/engine/model/report';
import { FindingItems } from './finding-items';
import { FrameworkDetails } from './framework-details';
import { JsonView } from './json-view';
import { selectRequest, showTab } from './panel-store';
import { TimeText } from './time-text';
import { formatDuration } from '@/lib/engine/i18n/format-time';
import { useNow } from '@/components/shared/use-now';

/**
 * Everything known about one token: kind and why, where it lives and where it went, decoded parts
 * with explained claims, times, signature and findings. Used by token cards and cookie details.
 */
export function TokenDetails({ token, report }: { token: TokenReport; report: Report }) {
  const now = useNow();
  const artifacts = report.artifacts.filter((a) => token.artifactIds.includes(a.id));
  const sent = report.requests.filter((r) => token.sentIn.includes(r.id));
  const findings = report.findings.filter(
    (f) => f.tokenId === token.id || token.findingIds.includes(f.key),
  );
  const { expiry } = token;

  return (
    <div className="tp-token-details">
      <dl className="tp-dl">
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
                <ValueText className="tp-mono" value={a.label} />
              </li>
            ))}
          </ul>
        </dd>
        <dt>
          <Text msg={{ key: 'panel.token.sentIn', params: { n: token.sentIn.length } }} />
        </dt>
        <dd>
          {sent.slice(0, 5).map((r) => (
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
          {sent.length > 5 && <span className="tp-muted">+{sent.length - 5}</span>}
        </dd>
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
        {expiry.lifetimeMs !== undefined && (
          <>
            <dt>
              <Text msg={{ key: 'panel.token.lifetime' }} />
            </dt>
            <dd>
              <Text render={(l) => formatDuration(expiry.lifetimeMs!, l)} />
            </dd>
          </>
        )}
      </dl>

      {token.error && (
        <p className="tp-error" data-testid="token-error" data-error-code={token.error.code}>
          <strong>
            <Text msg={{ key: 'panel.token.error' }} />
          </strong>{' '}
          <code>{token.error.code}</code>
          {token.error.part && <> ({token.error.part})</>} — <Text msg={token.error.message} />
        </p>
      )}
      {token.framework && <FrameworkDetails framework={token.framework} />}
      {token.jwe && (
        <>
          <p className="tp-note" data-testid="token-encrypted">
            <Text msg={{ key: 'panel.token.jwe' }} />
          </p>
          <JsonView value={token.jwe.header} label={{ key: 'panel.token.header' }} />
        </>
      )}
      {token.jws && (
        <>
          <div className="tp-json-pair">
            <JsonView value={token.jws.header} label={{ key: 'panel.token.header' }} />
            <JsonView
              value={token.jws.payload}
              claims={token.claims}
              label={{ key: 'panel.token.payload' }}
            />
          </div>
          <div className="tp-signature">
            <strong>
              <Text msg={{ key: 'panel.token.signature' }} />
            </strong>{' '}
            {token.jws.signature === '' ? (
              <span className="tp-risk">
                <Text msg={{ key: 'panel.token.noSignature' }} />
              </span>
            ) : (
              <code className="tp-mono tp-muted">{`${token.jws.signature.slice(0, 6)}… (${token.jws.signature.length})`}</code>
            )}{' '}
            <span className="tp-muted">
              <Text msg={{ key: 'panel.token.notVerified' }} />
            </span>
            {!token.jws.strict.ok && (
              <div className="tp-warn" data-error-code={token.jws.strict.error.code}>
                <Text msg={{ key: 'panel.token.strictRejected' }} />{' '}
                <code>{token.jws.strict.error.code}</code> —{' '}
                <Text msg={token.jws.strict.error.message} />
              </div>
            )}
          </div>
        </>
      )}
      {token.opaque && (
        <p data-testid="token-opaque">
          <Text
            msg={{
              key: 'panel.token.opaque',
              params: {
                length: token.opaque.length,
                alphabet: token.opaque.alphabet,
                bits: Math.round(token.opaque.entropyBits),
              },
            }}
          />
        </p>
      )}
      {token.basic && (
        <p>
          <Text msg={{ key: 'panel.token.basicUser', params: { user: token.basic.user } }} />
        </p>
      )}
      <h4>
        <Text msg={{ key: 'panel.findings.title' }} />
      </h4>
      <FindingItems findings={findings} report={report} />
    </div>
  );
}
