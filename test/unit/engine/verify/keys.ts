/** Keys and tokens for the verify tests: generated per run, plus the openssl certificates. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  exportJWK,
  exportSPKI,
  generateKeyPair,
  importPKCS8,
  SignJWT,
  type JWTHeaderParameters,
} from 'jose';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/verify');

export const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

const PAYLOAD = { sub: 'user-1', name: 'Kim Minji', iat: 1_760_000_000 };

export async function sign(
  key: CryptoKey | Uint8Array,
  header: JWTHeaderParameters,
  payload: Record<string, unknown> = PAYLOAD,
): Promise<string> {
  return new SignJWT(payload).setProtectedHeader(header).sign(key);
}

export async function keyPair(alg: string) {
  const pair = await generateKeyPair(alg, { extractable: true });
  return {
    ...pair,
    spki: await exportSPKI(pair.publicKey),
    jwk: await exportJWK(pair.publicKey),
    privateJwk: await exportJWK(pair.privateKey),
  };
}

/** The RSA certificate's private key, to sign tokens its certificate verifies. */
export async function certificateKey(name: 'rsa' | 'ec'): Promise<CryptoKey> {
  return importPKCS8(fixture(`${name}-cert-key.pem`), name === 'rsa' ? 'RS256' : 'ES256');
}

/** The certificate's DER as base64, as an `x5c` entry carries it. */
export function certificateBase64(name: 'rsa' | 'ec'): string {
  return fixture(`${name}-cert.pem`).replace(/-----[^-]+-----|\s/g, '');
}

/** The token with one character of its payload changed (the signature no longer covers it). */
export function tamper(token: string): string {
  const [h, p, s] = token.split('.') as [string, string, string];
  const json = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>;
  const changed = Buffer.from(JSON.stringify({ ...json, sub: 'user-2' })).toString('base64url');
  return `${h}.${changed}.${s}`;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
