/**
 * What the Verify block must do, shared by the Chromium and Firefox end-to-end files: the tokens
 * of the demo's verify.localhost, the keys to check them with, and a token forged by algorithm
 * confusion, all made here in Node from what the demo publishes.
 */
import { createHmac, createPublicKey, type JsonWebKey } from 'node:crypto';
import { request } from 'node:http';
import type { DemoUrls } from '../../demo/urls.mjs';

/** Node's fetch of a loopback URL the demo answers on 127.0.0.1 (the host name picks the site). */
async function fetchDemoJson(url: string): Promise<unknown> {
  const response = await fetch(url.replace('//localhost:', '//127.0.0.1:'));
  return response.json();
}

/** The issuer's JWKS as text, and its (only) key as an SPKI PEM. */
export async function issuerKeys(urls: DemoUrls): Promise<{ jwksText: string; pem: string }> {
  const jwks = (await fetchDemoJson(urls.verify.jwks)) as { keys: JsonWebKey[] };
  const pem = createPublicKey({ key: jwks.keys[0]!, format: 'jwk' })
    .export({ type: 'spki', format: 'pem' })
    .toString();
  return { jwksText: JSON.stringify(jwks), pem };
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An HS256 token whose HMAC secret is the issuer's public key PEM: algorithm confusion. */
export function confusedToken(pem: string, claims: Record<string, unknown>): string {
  const input = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
  return `${input}.${createHmac('sha256', pem).update(input).digest('base64url')}`;
}

/** The token with one character of its payload's `sub` changed, signature kept. */
export function withOneCharChanged(token: string): string {
  const [head, body, signature] = token.split('.') as [string, string, string];
  const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as {
    sub: string;
  };
  const last = payload.sub.at(-1) === 'x' ? 'y' : 'x';
  const changed = { ...payload, sub: `${payload.sub.slice(0, -1)}${last}` };
  return `${head}.${b64(changed)}.${signature}`;
}

/** Logs in to verify.localhost from Node and returns its JWT cookies by name. */
export function verifyLoginCookies(urls: DemoUrls, port: number): Promise<Record<string, string>> {
  const target = new URL(urls.verify.login);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: target.pathname,
        method: 'POST',
        headers: {
          host: target.host,
          accept: 'application/json',
          'content-type': 'application/x-www-form-urlencoded',
        },
      },
      (res) => {
        res.resume();
        const cookies = (res.headers['set-cookie'] ?? []).map(
          (c) => c.split(';')[0]!.split('=') as [string, string],
        );
        res.on('end', () => resolve(Object.fromEntries(cookies)));
      },
    );
    req.on('error', reject);
    req.end('username=demo&password=demo');
  });
}
