import { beforeAll, describe, expect, it, vi } from 'vitest';
import { discoveryPlan, jwksUriFromConfiguration } from '@/lib/engine/verify/discovery-plan';
import { findPageJwks, verifyWithPageJwks } from '@/lib/engine/verify/page-jwks';
import type { ResponseBody } from '@/lib/engine/model/snapshot';
import { fetchIssuerKeys } from '@/lib/platform/fetch-issuer-keys';
import { keyPair, sign } from './keys';

type Pair = Awaited<ReturnType<typeof keyPair>>;
let rsa: Pair;
let other: Pair;

beforeAll(async () => {
  [rsa, other] = await Promise.all([keyPair('RS256'), keyPair('RS256')]);
});

const body = (url: string, text: string, time = 1): ResponseBody => ({
  url,
  time,
  mimeType: 'application/json',
  body: text,
});

describe('findPageJwks', () => {
  it('finds the JWKS among response bodies, with where and when each came from', () => {
    const jwks = JSON.stringify({ keys: [{ kty: 'RSA', kid: 'a', n: 'x', e: 'AQAB' }] });
    const found = findPageJwks([
      body('https://app.example.com/api/me', '{"name":"Kim","keys":"none"}'),
      body('https://auth.example.com/jwks', jwks, 5),
      body('https://auth.example.com/jwks', jwks, 9),
      body('https://app.example.com/page', '<html>"keys" "kty"</html>'),
      body('https://cdn.example.com/other-jwks', '{"keys":[{"kty":"EC","kid":"b"}]}', 7),
    ]);
    expect(found.map(({ url, time, kids }) => ({ url, time, kids }))).toEqual([
      { url: 'https://auth.example.com/jwks', time: 9, kids: ['a'] },
      { url: 'https://cdn.example.com/other-jwks', time: 7, kids: ['b'] },
    ]);
  });

  it('verifies offline with the page JWKS that holds the kid, naming its URL', async () => {
    const token = await sign(rsa.privateKey, { alg: 'RS256', kid: 'rsa-1' });
    const result = await verifyWithPageJwks(token, [
      body(
        'https://other.example.com/jwks',
        JSON.stringify({ keys: [{ ...other.jwk, kid: 'o' }] }),
      ),
      body(
        'https://auth.example.com/jwks',
        JSON.stringify({ keys: [{ ...rsa.jwk, kid: 'rsa-1' }] }),
      ),
    ]);
    expect(result).toMatchObject({
      status: 'valid',
      keyFrom: 'page-body',
      keyUrl: 'https://auth.example.com/jwks',
      key: { kid: 'rsa-1', by: 'kid' },
    });
  });

  it('says nothing when the page fetched no JWKS', async () => {
    expect(await verifyWithPageJwks('a.b.c', [body('https://x/', '{}')])).toBeUndefined();
  });
});

describe('discoveryPlan', () => {
  it.each([
    ['https://accounts.google.com', 'https://accounts.google.com/.well-known/openid-configuration'],
    [
      'https://auth.example.com/realms/demo/',
      'https://auth.example.com/realms/demo/.well-known/openid-configuration',
    ],
    ['http://localhost:4000', 'http://localhost:4000/.well-known/openid-configuration'],
    ['http://127.0.0.1:4000/', 'http://127.0.0.1:4000/.well-known/openid-configuration'],
    ['http://[::1]:4000', 'http://[::1]:4000/.well-known/openid-configuration'],
  ])('plans %s → %s', (iss, url) => {
    expect(discoveryPlan(iss)).toEqual({ ok: true, issuer: iss, configurationUrl: url });
  });

  it.each([
    [undefined, 'no-iss'],
    [42, 'no-iss'],
    ['acme', 'iss-not-url'],
    ['http://auth.example.com', 'not-https'],
    ['ftp://auth.example.com', 'not-https'],
    ['file:///etc/passwd', 'not-https'],
    ['javascript:alert(1)', 'not-https'],
    ['https://user:pw@auth.example.com', 'has-credentials'],
    ['https://auth.example.com/?tenant=1', 'has-query-or-fragment'],
    ['https://auth.example.com/#x', 'has-query-or-fragment'],
  ])('security: refuses iss %s (%s)', (iss, reason) => {
    expect(discoveryPlan(iss)).toEqual({ ok: false, reason });
  });

  it('takes the jwks_uri only from a document whose issuer is the token iss', () => {
    const iss = 'https://auth.example.com';
    expect(jwksUriFromConfiguration({ issuer: iss, jwks_uri: `${iss}/jwks` }, iss)).toEqual({
      ok: true,
      jwksUrl: `${iss}/jwks`,
    });
    expect(
      jwksUriFromConfiguration({ issuer: 'https://evil.example', jwks_uri: 'https://x/' }, iss),
    ).toEqual({
      ok: false,
      reason: 'issuer-mismatch',
    });
    expect(
      jwksUriFromConfiguration({ issuer: iss, jwks_uri: 'http://evil.example/jwks' }, iss),
    ).toEqual({
      ok: false,
      reason: 'not-https',
    });
    expect(jwksUriFromConfiguration({ issuer: iss }, iss)).toEqual({
      ok: false,
      reason: 'no-jwks-uri',
    });
    expect(jwksUriFromConfiguration('nope', iss)).toEqual({ ok: false, reason: 'not-object' });
  });
});

describe('fetchIssuerKeys', () => {
  const iss = 'https://auth.example.com';
  const plan = {
    ok: true as const,
    issuer: iss,
    configurationUrl: `${iss}/.well-known/openid-configuration`,
  };
  const jwksText = JSON.stringify({ keys: [{ kty: 'RSA', kid: 'a', n: 'x', e: 'AQAB' }] });

  function fakeFetch(routes: Record<string, () => Response>) {
    return vi.fn(async (input: string | URL | Request) => {
      const route = routes[String(input)];
      if (!route) throw new TypeError('network');
      return route();
    }) as unknown as typeof fetch & ReturnType<typeof vi.fn>;
  }

  it('security: fetches exactly the discovery document and its jwks_uri, without cookies or redirects', async () => {
    const fetchImpl = fakeFetch({
      [plan.configurationUrl]: () => Response.json({ issuer: iss, jwks_uri: `${iss}/keys` }),
      [`${iss}/keys`]: () => new Response(jwksText),
    });
    const result = await fetchIssuerKeys(plan, { fetchImpl });
    expect(result).toEqual({
      ok: true,
      configurationUrl: plan.configurationUrl,
      jwksUrl: `${iss}/keys`,
      jwksText,
    });
    const calls = (fetchImpl as unknown as ReturnType<typeof vi.fn>).mock.calls;
    expect(calls.map(([url]) => url)).toEqual([plan.configurationUrl, `${iss}/keys`]);
    expect(calls[0]![1]).toMatchObject({ credentials: 'omit', redirect: 'error' });
  });

  it('says which step failed and why', async () => {
    const notFound = fakeFetch({
      [plan.configurationUrl]: () => new Response('', { status: 404 }),
    });
    expect(await fetchIssuerKeys(plan, { fetchImpl: notFound })).toEqual({
      ok: false,
      step: 'configuration',
      url: plan.configurationUrl,
      reason: 'http-status',
      status: 404,
    });
    const offline = fakeFetch({});
    expect(await fetchIssuerKeys(plan, { fetchImpl: offline })).toMatchObject({
      reason: 'network',
    });
    const notJwks = fakeFetch({
      [plan.configurationUrl]: () => Response.json({ issuer: iss, jwks_uri: `${iss}/keys` }),
      [`${iss}/keys`]: () => Response.json({ hello: 1 }),
    });
    expect(await fetchIssuerKeys(plan, { fetchImpl: notJwks })).toMatchObject({
      step: 'jwks',
      reason: 'not-jwks',
    });
  });

  it('stops reading past the size cap', async () => {
    const huge = fakeFetch({ [plan.configurationUrl]: () => new Response('x'.repeat(300_000)) });
    expect(await fetchIssuerKeys(plan, { fetchImpl: huge, maxBytes: 1000 })).toMatchObject({
      reason: 'too-large',
    });
  });

  it('gives up after the timeout', async () => {
    const hanging = vi.fn(
      (_url: string, init: RequestInit) =>
        new Promise<Response>((_resolve, reject) =>
          init.signal!.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    ) as unknown as typeof fetch;
    expect(await fetchIssuerKeys(plan, { fetchImpl: hanging, timeoutMs: 20 })).toMatchObject({
      reason: 'timeout',
    });
  });
});
