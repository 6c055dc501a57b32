/** verify.localhost and the loopback issuer: the tokens Tokki's Verify block is shown with. */
import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { createLocalJWKSet, jwtVerify } from 'jose';
import type { JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from '../../demo/site.mjs';
import type { DemoServer } from '../../demo/site.mjs';
import { WEAK_DEMO_SECRET } from '../../demo/verify-tokens.mjs';
import { SHIPPED_WEAK_SECRETS } from '@/lib/engine/verify/weak-secrets/shipped-word-list';
import { discoveryPlan } from '@/lib/engine/verify/discovery-plan';

let demo: DemoServer;

beforeAll(async () => {
  demo = await startDemo({ port: 0 });
});
afterAll(() => demo.close());

function send(url: string, method = 'GET', body?: string) {
  const target = new URL(url);
  return new Promise<{ status: number; body: string; cookies: string[]; cors?: string }>(
    (resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: demo.port,
          path: target.pathname,
          method,
          headers: {
            host: target.host,
            accept: 'application/json',
            'content-type': 'application/x-www-form-urlencoded',
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: text,
              cookies: res.headers['set-cookie'] ?? [],
              cors: res.headers['access-control-allow-origin'] as string | undefined,
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    },
  );
}

async function login(): Promise<Record<string, string>> {
  const reply = await send(demo.urls.verify.login, 'POST', 'username=demo&password=demo');
  expect(reply.status).toBe(200);
  return Object.fromEntries(
    reply.cookies.map((c) => c.split(';')[0]!.split('=') as [string, string]),
  );
}

const signatureWith = (token: string, secret: string | Buffer) => {
  const [head, body] = token.split('.');
  return createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
};

describe('demo: verify.localhost', () => {
  it('the weak token is signed with a secret from the list the extension ships; the strong one is not', async () => {
    const cookies = await login();
    expect(SHIPPED_WEAK_SECRETS).toContain(WEAK_DEMO_SECRET);
    expect(cookies.weak_token!.split('.')[2]).toBe(
      signatureWith(cookies.weak_token!, WEAK_DEMO_SECRET),
    );
    expect(cookies.strong_token!.split('.')[2]).not.toBe(
      signatureWith(cookies.strong_token!, WEAK_DEMO_SECRET),
    );
  });

  it('the issuer on the loopback host names its JWKS, and its keys verify the id_token', async () => {
    const cookies = await login();
    const plan = discoveryPlan(demo.urls.verify.issuer);
    expect(plan).toMatchObject({ ok: true, configurationUrl: demo.urls.verify.configuration });
    const config = await send(demo.urls.verify.configuration);
    expect(config.cors).toBe('*');
    expect(JSON.parse(config.body)).toMatchObject({
      issuer: demo.urls.verify.issuer,
      jwks_uri: demo.urls.verify.jwks,
    });
    const jwks = JSON.parse((await send(demo.urls.verify.jwks)).body) as JSONWebKeySet;
    const { payload } = await jwtVerify(cookies.id_token!, createLocalJWKSet(jwks), {
      issuer: demo.urls.verify.issuer,
    });
    expect(payload.sub).toBe('demo-issuer');
  });
});
