import { Text } from '@/components/shared/text';
import { VerifySection } from '@/components/verify/verify-section';
import type { SiteHint } from '@/lib/engine/verify/weak-secrets/candidates';
import { useNow } from '@/components/shared/use-now';
import type { Report, TokenReport } from '@/lib/engine/model/report';
import { FindingItems } from './finding-items';
import { FrameworkDetails } from './framework-details';
import { TokenFacts } from './token-facts';
import {
  BasicUser,
  DecodeErrorReason,
  JweHeader,
  JwsJson,
  OpaqueShape,
  SignatureLine,
  StrictRejection,
  type Jws,
} from './token-parts';

/**
 * The signature section: its first characters, whether it is there, jose's strict verdict. What
 * else the card learns about the signature (a check against a key) goes here too.
 */
function TokenSignature({ jws, value, site }: { jws: Jws; value: string; site: SiteHint }) {
  return (
    <div className="tp-signature">
      <SignatureLine signature={jws.signature} />
      {!jws.strict.ok && (
        <div className="tp-warn" data-error-code={jws.strict.error.code}>
          <StrictRejection error={jws.strict.error} />
        </div>
      )}
      <VerifySection token={value} header={jws.header} payload={jws.payload} site={site} />
    </div>
  );
}

function TokenError({ error }: { error: NonNullable<TokenReport['error']> }) {
  return (
    <p className="tp-error" data-testid="token-error" data-error-code={error.code}>
      <strong>
        <Text msg={{ key: 'panel.token.error' }} />
      </strong>{' '}
      <DecodeErrorReason error={error} />
    </p>
  );
}

/**
 * Everything known about one token: kind and why, where it lives and where it went, decoded parts
 * with explained claims, times, signature and findings. Used by token cards and cookie details.
 * Each section is its own component, in reading order, so a new one slots in beside its kin.
 */
export function TokenDetails({ token, report }: { token: TokenReport; report: Report }) {
  const now = useNow();
  const findings = report.findings.filter(
    (f) => f.tokenId === token.id || token.findingIds.includes(f.key),
  );
  return (
    <div className="tp-token-details">
      <TokenFacts token={token} report={report} now={now} />
      {token.error && <TokenError error={token.error} />}
      {token.framework && <FrameworkDetails framework={token.framework} />}
      {token.jwe && <JweHeader header={token.jwe.header} testId="token-encrypted" />}
      {token.jws && (
        <>
          <JwsJson jws={token.jws} claims={token.claims} />
          <TokenSignature jws={token.jws} value={token.value} site={report.site} />
        </>
      )}
      {token.opaque && <OpaqueShape opaque={token.opaque} testId="token-opaque" />}
      {token.basic && <BasicUser user={token.basic.user} />}
      <h4>
        <Text msg={{ key: 'panel.findings.title' }} />
      </h4>
      <FindingItems findings={findings} report={report} />
    </div>
  );
}
