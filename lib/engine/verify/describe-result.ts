import type { VerifyMessageKey } from './messages';
import type { VerifyResult } from './types';
import type { WeakSecretOutcome } from './weak-secrets/search';

/**
 * A message of the verify catalogue (messages.ts), shaped like the report's `Msg`: once the
 * catalogue includes `verifyMessages`, every `VerifyMsg` is a `Msg`.
 */
export interface VerifyMsg {
  key: VerifyMessageKey;
  params?: Record<string, string | number>;
}

const msg = (key: VerifyMessageKey, params?: VerifyMsg['params']): VerifyMsg =>
  params ? { key, params } : { key };

/**
 * The sentences that explain a verification result, most important first: the verdict (or the
 * algorithm-confusion alarm), then which key and where it came from, then the notes.
 *
 * @example describeVerifyResult(result)[0] // { key: 'verify.status.valid', params: { alg: 'RS256' } }
 */
export function describeVerifyResult(result: VerifyResult): VerifyMsg[] {
  const alg = result.alg ?? '';
  const out: VerifyMsg[] = [];
  if (result.status === 'error') {
    if (result.algorithmConfusion && result.confusionForm) {
      out.push(msg('verify.algorithm-confusion', { alg }));
      out.push(msg(`verify.confusion-form.${result.confusionForm}`));
    }
    out.push(errorMessage(result.code, result.detail, alg));
  } else if (result.status === 'valid') {
    out.push(msg('verify.status.valid', { alg }));
  } else {
    out.push(
      result.tried > 1
        ? msg('verify.status.invalid-tried', { alg, tried: result.tried })
        : msg('verify.status.invalid', { alg }),
    );
  }
  const key = result.status === 'error' ? undefined : result.key;
  if (result.status === 'valid' && key?.by === 'kid' && key.kid)
    out.push(msg('verify.key.kid', { kid: key.kid }));
  if (result.status === 'valid' && key?.by === 'tried' && key.index !== undefined) {
    out.push(msg('verify.key.tried', { position: key.index + 1, kid: key.kid ?? '—' }));
  }
  if (result.status !== 'error' && result.keyFrom !== 'x5c') {
    out.push(msg(`verify.from.${result.keyFrom}`, { url: result.keyUrl ?? '' }));
  }
  for (const note of result.notes) out.push(msg(`verify.note.${note}`));
  return out;
}

function errorMessage(code: string, detail: string | undefined, alg: string): VerifyMsg {
  const params = { alg, detail: detail ?? '' };
  if (code === 'ERR_UNSUPPORTED_ALG' && detail === 'missing') {
    return msg('verify.error.ERR_UNSUPPORTED_ALG.missing');
  }
  if (code === 'ERR_KEY_EMPTY' && detail === 'no-x5c')
    return msg('verify.error.ERR_KEY_EMPTY.no-x5c');
  if (code === 'ERR_KEY_UNPARSABLE' && detail === 'RSA PUBLIC KEY') {
    return msg('verify.error.ERR_KEY_UNPARSABLE.pkcs1');
  }
  if (code === 'ERR_KEY_UNPARSABLE' && (detail === 'base64' || detail === 'base64url')) {
    return msg('verify.error.ERR_KEY_UNPARSABLE.encoding', params);
  }
  if (code === 'ERR_KEY_ALG_MISMATCH') {
    if (detail === 'secret') return msg('verify.error.ERR_KEY_ALG_MISMATCH.secret', params);
    if (detail === 'pem-spki' || detail === 'pem-certificate') {
      return msg('verify.error.ERR_KEY_ALG_MISMATCH.public-key-for-hmac', params);
    }
    if (detail === 'x5c') return msg('verify.error.ERR_KEY_ALG_MISMATCH.x5c-for-hmac', params);
    if (detail === 'rsa-too-short') return msg('verify.error.ERR_KEY_ALG_MISMATCH.rsa-too-short');
  }
  return msg(`verify.error.${code}` as VerifyMessageKey, params);
}

/**
 * The sentence for the guessable-secret check: running (with progress), found (critical), not
 * found, cancelled, or why the token cannot be checked.
 */
export function describeWeakSecret(
  outcome: WeakSecretOutcome | { status: 'running'; tried: number },
  total: number,
): VerifyMsg {
  switch (outcome.status) {
    case 'running':
      return msg('verify.weak-secret.running', { tried: outcome.tried, total });
    case 'found':
      return msg('verify.weak-secret.found', {
        secret: outcome.secret,
        position: outcome.index + 1,
        total,
      });
    case 'not-found':
      return msg('verify.weak-secret.not-found', { total });
    case 'cancelled':
      return msg('verify.weak-secret.cancelled', { tried: outcome.tried, total });
    case 'error':
      return msg(`verify.weak-secret.${outcome.code}`, { alg: outcome.alg ?? '' });
  }
}
