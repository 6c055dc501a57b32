/**
 * The tokens of verify.localhost, for Tokki's Verify block: an HS256 token signed with a secret
 * from Tokki's shipped list of guessable secrets, one signed with a strong random secret, and an
 * ES256 token from an OpenID issuer on the loopback host whose keys Tokki can fetch on a click.
 */
import { createHmac, randomBytes } from 'node:crypto';

/** jwt.io's example secret: in the shipped word list, so Tokki's check finds it. */
export const WEAK_DEMO_SECRET = 'your-256-bit-secret';

/** @param {unknown} value */
const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A compact HS256 JWT over `claims`, signed with `secret`.
 * @param {Record<string, unknown>} claims
 * @param {string | Buffer} secret
 */
export function signHs256(claims, secret) {
  const input = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

/** Creates the verify site's signer: the strong secret is fresh per server start, never committed. */
export function createVerifyTokens() {
  const strongSecret = randomBytes(32);
  /** @param {{ sub: string, iss: string, ttlSeconds: number }} o */
  const claims = ({ sub, iss, ttlSeconds }) => {
    const now = Math.floor(Date.now() / 1000);
    return { sub, iss, iat: now, exp: now + ttlSeconds };
  };
  return {
    /** @param {{ sub: string, iss: string, ttlSeconds: number }} o */
    weak: (o) => signHs256(claims(o), WEAK_DEMO_SECRET),
    /** @param {{ sub: string, iss: string, ttlSeconds: number }} o */
    strong: (o) => signHs256(claims(o), strongSecret),
  };
}
