/**
 * Verify one JWS: with a pasted key, with a JWKS the page fetched (offline), or with the issuer's
 * keys fetched on an explicit click; and, for HS* tokens, the guessable-secret check. Shown in the
 * signature section of the Decoder card and of each token card.
 */
import { useContext, useState } from 'react';
import { Text } from '@/components/shared/text';
import { algorithmNeeds, isHmacAlg } from '@/lib/engine/verify/algorithms';
import { findPageJwks } from '@/lib/engine/verify/page-jwks';
import type { VerifyResult } from '@/lib/engine/verify/types';
import { verifyJws } from '@/lib/engine/verify/verify-jws';
import type { SiteHint } from '@/lib/engine/verify/weak-secrets/candidates';
import { IssuerKeysButton } from './issuer-keys';
import { PageBodiesContext } from './page-bodies-context';
import { VerifyKeyForm, type KeyFormValue } from './verify-key-form';
import { VerifyResultView } from './verify-result-view';
import { WeakSecretCheck } from './weak-secret-check';

export interface VerifySectionProps {
  /** The compact JWS as sent. */
  token: string;
  header: Record<string, unknown>;
  payload: unknown;
  /** The site the token was seen on: its names are candidate secrets too. */
  site?: SiteHint;
}

function issuerOf(payload: unknown): unknown {
  return typeof payload === 'object' && payload !== null && !Array.isArray(payload)
    ? (payload as Record<string, unknown>).iss
    : undefined;
}

/** One button per JWKS the page fetched, newest first: verifying with it sends nothing. */
function PageJwksButtons({ onUse }: { onUse: (text: string, url: string) => void }) {
  const bodies = useContext(PageBodiesContext);
  const sets = findPageJwks(bodies());
  if (sets.length === 0) return null;
  return (
    <p className="tv-page-jwks">
      {sets.map((set) => (
        <button
          key={set.url}
          type="button"
          className="tk-btn"
          data-testid="verify-page-jwks"
          data-url={set.url}
          onClick={() => onUse(set.text, set.url)}
        >
          <Text msg={{ key: 'verify.page-jwks.use', params: { url: set.url } }} layout="compact" />
        </button>
      ))}
    </p>
  );
}

export function VerifySection({ token, header, payload, site }: VerifySectionProps) {
  const [form, setForm] = useState<KeyFormValue>({ key: '', encoding: 'text' });
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<VerifyResult>();
  const alg = typeof header.alg === 'string' ? header.alg : '';
  const hmac = isHmacAlg(alg);
  // Public keys can only verify a public-key algorithm: for HS*, none or an unknown alg, a fetch
  // would be a request with nothing to gain.
  const publicKeyAlg = !hmac && algorithmNeeds(alg) !== undefined;
  const run = async (check: () => Promise<VerifyResult>) => {
    setBusy(true);
    setResult(await check());
    setBusy(false);
  };
  return (
    <section className="tv-verify" data-testid="verify">
      <h4>
        <Text msg={{ key: 'verify.title' }} />
      </h4>
      <VerifyKeyForm
        value={form}
        hmac={hmac}
        busy={busy}
        onChange={setForm}
        onRun={() => void run(() => verifyJws(token, form.key, { secretEncoding: form.encoding }))}
      />
      <PageJwksButtons
        onUse={(text, url) =>
          void run(() => verifyJws(token, text, { keyFrom: 'page-body', keyUrl: url }))
        }
      />
      {publicKeyAlg && (
        <IssuerKeysButton token={token} iss={issuerOf(payload)} onResult={setResult} />
      )}
      {busy && (
        <p className="tp-muted" role="status">
          <Text msg={{ key: 'verify.running' }} />
        </p>
      )}
      {result && <VerifyResultView result={result} />}
      {hmac && <WeakSecretCheck token={token} {...(site ? { site } : {})} />}
    </section>
  );
}
