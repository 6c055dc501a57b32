import { algorithmNeeds, describeKey } from './algorithms';
import type { Jwk } from './key-input';
import type { KeyUsed } from './types';

/** Private members of RSA, EC and OKP JWKs (RFC 7518 §6.2.2, §6.3.2; RFC 8037 §2). */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'];

/** Why a JWK cannot verify `alg`, as a short detail (`EC P-256`, `alg RS512`, `use enc`), or undefined. */
export function jwkMisfit(jwk: Jwk, alg: string): string | undefined {
  const needs = algorithmNeeds(alg);
  if (!needs) return alg;
  const kty = typeof jwk.kty === 'string' ? jwk.kty : '?';
  const crv = typeof jwk.crv === 'string' ? jwk.crv : undefined;
  if (kty !== needs.kty || (needs.crv && crv !== needs.crv)) return describeKey(kty, crv);
  if (typeof jwk.alg === 'string' && jwk.alg !== alg) return `alg ${jwk.alg}`;
  if (jwk.use === 'enc') return 'use enc';
  if (Array.isArray(jwk.key_ops) && !jwk.key_ops.includes('verify')) return 'key_ops';
  return undefined;
}

/** The public part of a JWK, and whether private members were dropped (never for `oct`). */
export function publicJwk(jwk: Jwk): { jwk: Jwk; hadPrivate: boolean } {
  if (jwk.kty === 'oct') return { jwk, hadPrivate: false };
  const hadPrivate = PRIVATE_MEMBERS.some((name) => name in jwk);
  if (!hadPrivate) return { jwk, hadPrivate };
  const out: Jwk = {};
  for (const [name, value] of Object.entries(jwk)) {
    if (!PRIVATE_MEMBERS.includes(name)) out[name] = value;
  }
  // key_ops of a private JWK say "sign"; the public half verifies.
  delete out.key_ops;
  return { jwk: out, hadPrivate };
}

interface JwksChoice {
  candidates: { jwk: Jwk; used: KeyUsed }[];
  kidMissing: boolean;
}

/**
 * The JWKS keys to try for a token: the suitable key(s) whose `kid` is the header's, else every
 * suitable key (RFC 7515 §4.1.4: kid is a hint). Empty when no key fits the algorithm.
 */
export function chooseJwksKeys(keys: Jwk[], alg: string, kid: unknown): JwksChoice {
  const suitable = keys
    .map((jwk, index) => ({ jwk, index }))
    .filter(({ jwk }) => jwkMisfit(jwk, alg) === undefined);
  const byKid = typeof kid === 'string' ? suitable.filter(({ jwk }) => jwk.kid === kid) : [];
  const chosen = byKid.length > 0 ? byKid : suitable;
  const by: KeyUsed['by'] = byKid.length > 0 ? 'kid' : chosen.length === 1 ? 'only' : 'tried';
  return {
    candidates: chosen.map(({ jwk, index }) => ({
      jwk,
      used: {
        shape: 'jwks',
        index,
        by,
        ...(typeof jwk.kid === 'string' ? { kid: jwk.kid } : {}),
      },
    })),
    kidMissing: typeof kid === 'string' && byKid.length === 0 && suitable.length > 0,
  };
}
