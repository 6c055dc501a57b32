/**
 * The JWS algorithms Tokki verifies (RFC 7518 §3.1, RFC 8037), and the key each needs. ES256K and
 * the like are left out: WebCrypto has no secp256k1, so jose cannot verify them in a browser.
 */

type KeyType = 'oct' | 'RSA' | 'EC' | 'OKP';

interface AlgorithmNeeds {
  kty: KeyType;
  /** The curve an EC/OKP key must be on. */
  crv?: string;
}

const NEEDS: Record<string, AlgorithmNeeds> = {
  HS256: { kty: 'oct' },
  HS384: { kty: 'oct' },
  HS512: { kty: 'oct' },
  RS256: { kty: 'RSA' },
  RS384: { kty: 'RSA' },
  RS512: { kty: 'RSA' },
  PS256: { kty: 'RSA' },
  PS384: { kty: 'RSA' },
  PS512: { kty: 'RSA' },
  ES256: { kty: 'EC', crv: 'P-256' },
  ES384: { kty: 'EC', crv: 'P-384' },
  ES512: { kty: 'EC', crv: 'P-521' },
  EdDSA: { kty: 'OKP', crv: 'Ed25519' },
  Ed25519: { kty: 'OKP', crv: 'Ed25519' },
};

/** What key `alg` needs, or undefined when Tokki cannot verify it. */
export function algorithmNeeds(alg: string): AlgorithmNeeds | undefined {
  return Object.hasOwn(NEEDS, alg) ? NEEDS[alg] : undefined;
}

/** `HS256`, `HS384`, `HS512`: the algorithms whose key is a shared secret. */
export function isHmacAlg(alg: string): alg is 'HS256' | 'HS384' | 'HS512' {
  return alg === 'HS256' || alg === 'HS384' || alg === 'HS512';
}

/** Every `alg` that names "no signature", in any letter case (`None`, `NONE` bypass naive checks). */
export function isAlgNone(alg: unknown): boolean {
  return typeof alg === 'string' && alg.toLowerCase() === 'none';
}

/** The algorithm to import a key of `kty`/`crv` with, to learn what a PEM key is. */
export const PROBE_ALGS = ['RS256', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;

/** A readable name of a key type for messages: `RSA`, `EC P-256`, `OKP Ed25519`, `oct`. */
export function describeKey(kty: string, crv?: string): string {
  return crv ? `${kty} ${crv}` : kty;
}
