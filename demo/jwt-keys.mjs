/**
 * The demo's signing key: a fresh ES256 key pair per server start, so no secret is ever committed.
 * Tokens carry `kid`, and the public half is published as a JWKS like a real issuer would.
 */
import { SignJWT, calculateJwkThumbprint, exportJWK, generateKeyPair, jwtVerify } from 'jose';
import { randomBytes } from 'node:crypto';

export const AUDIENCE = 'tokki-demo-api';

/** Creates a signer with its own key pair. */
export async function createJwtKeys() {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const jwks = { keys: [{ ...publicJwk, kid, alg: 'ES256', use: 'sig' }] };

  /**
   * Signs a token for `sub`, issued by `issuer`, valid for `ttlSeconds`.
   * @param {{ issuer: string, sub: string, ttlSeconds: number, typ?: string, scope?: string }} o
   */
  async function sign({ issuer, sub, ttlSeconds, typ = 'JWT', scope = 'profile:read' }) {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ scope })
      .setProtectedHeader({ alg: 'ES256', kid, typ })
      .setIssuer(issuer)
      .setAudience(AUDIENCE)
      .setSubject(sub)
      .setIssuedAt(now)
      .setExpirationTime(now + ttlSeconds)
      .setJti(randomBytes(12).toString('base64url'))
      .sign(privateKey);
  }

  /**
   * Checks a token's signature, issuer, audience and expiry.
   * Returns the payload, or null when the token is missing, forged or expired.
   * @param {string | undefined} token
   * @param {string} issuer
   */
  async function verify(token, issuer) {
    if (!token) return null;
    try {
      const { payload } = await jwtVerify(token, publicKey, { issuer, audience: AUDIENCE });
      return payload;
    } catch {
      return null;
    }
  }

  return { kid, jwks, sign, verify };
}
