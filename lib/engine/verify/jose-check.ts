import { compactVerify, errors, importJWK, importSPKI, importX509 } from 'jose';
import type { Jwk } from './key-input';
import type { VerifyErrorCode } from './types';
import { describeKey, PROBE_ALGS } from './algorithms';

/** A key jose can verify with: a CryptoKey, or HMAC secret bytes. */
type VerifyKey = CryptoKey | Uint8Array;

export type CheckOutcome =
  { status: 'valid' | 'invalid' } | { status: 'error'; code: VerifyErrorCode; detail?: string };

type ImportOutcome =
  { ok: true; key: VerifyKey } | { ok: false; code: VerifyErrorCode; detail?: string };

/**
 * Checks the signature with jose, pinned to the header's algorithm (RFC 8725 §3.1), and turns
 * its throws into values: a bad signature is `invalid`, a key of the wrong kind an error code.
 */
export async function checkSignature(
  token: string,
  key: VerifyKey,
  alg: string,
): Promise<CheckOutcome> {
  try {
    await compactVerify(token, key, { algorithms: [alg] });
    return { status: 'valid' };
  } catch (e) {
    if (e instanceof errors.JWSSignatureVerificationFailed) return { status: 'invalid' };
    if (e instanceof errors.JOSENotSupported || e instanceof errors.JOSEAlgNotAllowed) {
      return { status: 'error', code: 'ERR_UNSUPPORTED_ALG', detail: alg };
    }
    if (e instanceof errors.JWSInvalid)
      return { status: 'error', code: 'ERR_NOT_JWS', detail: e.message };
    // TypeError or DOMException: jose or WebCrypto refused the key for this algorithm.
    const detail = /modulusLength/.test(String((e as Error).message)) ? 'rsa-too-short' : undefined;
    return { status: 'error', code: 'ERR_KEY_ALG_MISMATCH', ...(detail ? { detail } : {}) };
  }
}

/** Imports a JWK for `alg`; the caller has checked that its type fits. */
export async function importJwkFor(jwk: Jwk, alg: string): Promise<ImportOutcome> {
  try {
    return { ok: true, key: await importJWK({ ...jwk, ext: true }, alg) };
  } catch {
    return { ok: false, code: 'ERR_KEY_UNPARSABLE', detail: 'jwk' };
  }
}

/**
 * Imports a PEM public key or certificate for `alg`. When that fails, tries it as each other key
 * type: if one fits, the key is fine but of the wrong type (`ERR_KEY_ALG_MISMATCH`, detail names
 * its type); if none does, it does not parse.
 */
export async function importPemFor(
  pem: string,
  shape: 'pem-spki' | 'pem-certificate',
  alg: string,
): Promise<ImportOutcome> {
  const load = (a: string) => (shape === 'pem-spki' ? importSPKI(pem, a) : importX509(pem, a));
  try {
    return { ok: true, key: await load(alg) };
  } catch {
    for (const probe of PROBE_ALGS) {
      const key = await load(probe).catch(() => undefined);
      if (key) return { ok: false, code: 'ERR_KEY_ALG_MISMATCH', detail: cryptoKeyType(key) };
    }
    return { ok: false, code: 'ERR_KEY_UNPARSABLE', detail: shape };
  }
}

function cryptoKeyType(key: CryptoKey): string {
  const algorithm = key.algorithm as { name: string; namedCurve?: string };
  if (algorithm.name === 'ECDSA') return describeKey('EC', algorithm.namedCurve);
  if (algorithm.name.startsWith('RSA')) return 'RSA';
  return describeKey('OKP', algorithm.name);
}
