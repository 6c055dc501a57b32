/**
 * Real tokens for the decoder's tests, made by the libraries that make them in the wild: jose
 * (nested JWS and JWS-in-JWE), panva's paseto (v1–v4 public, v1/v3 local: the others need an
 * XChaCha20 it leaves to the caller), fernet and branca. Fresh keys every run, so no test can
 * lean on one token's bytes.
 */
import { randomBytes } from 'node:crypto';
import branca from 'branca';
import fernet from 'fernet';
import { CompactEncrypt, CompactSign, SignJWT } from 'jose';
import { LocalProtocol, PublicProtocol } from 'paseto';
import * as v1local from 'paseto/v1/local';
import * as v3local from 'paseto/v3/local';
import * as v1public from 'paseto/v1/public';
import * as v2public from 'paseto/v2/public';
import * as v3public from 'paseto/v3/public';
import * as v4public from 'paseto/v4/public';

const text = new TextEncoder();
const HOUR = 3600;

/** A signed JWT (HS256) for `sub`, expiring an hour after `now` (seconds). */
export async function signedJwt(sub: string, now: number): Promise<string> {
  return new SignJWT({ sub })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(now)
    .setExpirationTime(now + HOUR)
    .sign(randomBytes(32));
}

/** `inner` signed again, with `cty` saying a JWT is inside (RFC 7519 §5.2). */
export async function signAround(inner: string, cty = 'JWT'): Promise<string> {
  return new CompactSign(text.encode(inner))
    .setProtectedHeader({ alg: 'HS256', cty })
    .sign(randomBytes(32));
}

/** `inner` encrypted (dir + A256GCM) with `cty: JWT`. */
export async function encryptAround(inner: string): Promise<string> {
  return new CompactEncrypt(text.encode(inner))
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', cty: 'JWT' })
    .encrypt(randomBytes(32));
}

interface Claims {
  sub: string;
  exp?: string;
}

function footerOption(footer: string | undefined): { footer?: Uint8Array } {
  return footer === undefined ? {} : { footer: text.encode(footer) };
}

/** A PASETO `v<version>.public` token with `claims` and a footer (bytes of `footer`). */
export async function pasetoPublic(
  version: 1 | 2 | 3 | 4,
  claims: Claims,
  footer?: string,
): Promise<string> {
  const options = footerOption(footer);
  // One branch a version: each protocol's key type is its own version's.
  switch (version) {
    case 1: {
      const p = new PublicProtocol(v1public.GenerateKeyPairFactory, v1public.SignFactory);
      return p.Sign((await p.GenerateKeyPair()).secretKey, claims, options);
    }
    case 2: {
      const p = new PublicProtocol(v2public.GenerateKeyPairFactory, v2public.SignFactory);
      return p.Sign((await p.GenerateKeyPair()).secretKey, claims, options);
    }
    case 3: {
      const p = new PublicProtocol(v3public.GenerateKeyPairFactory, v3public.SignFactory);
      return p.Sign((await p.GenerateKeyPair()).secretKey, claims, options);
    }
    case 4: {
      const p = new PublicProtocol(v4public.GenerateKeyPairFactory, v4public.SignFactory);
      return p.Sign((await p.GenerateKeyPair()).secretKey, claims, options);
    }
  }
}

/** A PASETO `v1.local` or `v3.local` token (AES-256-CTR + HMAC-SHA384), with an optional footer. */
export async function pasetoLocal(version: 1 | 3, footer?: string): Promise<string> {
  const options = footerOption(footer);
  if (version === 1) {
    const p = new LocalProtocol(v1local.GenerateKeyFactory, v1local.EncryptFactory);
    return p.Encrypt(await p.GenerateKey(), { sub: 'alice' }, options);
  }
  const p = new LocalProtocol(v3local.GenerateKeyFactory, v3local.EncryptFactory);
  return p.Encrypt(await p.GenerateKey(), { sub: 'alice' }, options);
}

/** A Fernet token issued at `iso`. */
export function fernetToken(iso: string): string {
  const secret = new fernet.Secret(randomBytes(32).toString('base64'));
  return new fernet.Token({ secret, time: iso, ttl: 0 }).encode('hello');
}

/** A Branca token issued at `seconds`. */
export function brancaToken(seconds: number): string {
  return branca(randomBytes(32)).encode('hello', seconds);
}
