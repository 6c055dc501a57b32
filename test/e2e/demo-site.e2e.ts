/** The demo site in real Chromium, without the extension: every flow works as the README says. */
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import type { JSONWebKeySet } from 'jose';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, startDemo, waitForDemoDone } from './harness';
import type { DemoServer } from './harness';

const SHORT_TTL = 3;

let demo: DemoServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  demo = await startDemo({ accessTtlSeconds: SHORT_TTL });
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
});

beforeEach(async () => {
  await context?.close();
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

const cookieNamed = async (url: string, name: string) =>
  (await context.cookies(url)).find((c) => c.name === name);

describe('demo site in Chromium', () => {
  it('session: /auto logs in with an HttpOnly, Secure, SameSite=Lax session cookie', async () => {
    const page = await context.newPage();
    await page.goto(demo.urls.session.auto);
    await waitForDemoDone(page);
    const sid = await cookieNamed(demo.urls.session.home, 'sessionid');
    expect(sid).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', expires: -1 });
    expect(sid?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Other demo hosts must not see it: each login is its own site.
    expect(await cookieNamed(demo.urls.bearer.home, 'sessionid')).toBeUndefined();

    await page.goto(demo.urls.session.me);
    expect(await page.locator('#me').innerText()).toBe('demo');
  });

  it('session: logging out destroys the session on the server', async () => {
    const page = await context.newPage();
    await page.goto(demo.urls.session.auto);
    await waitForDemoDone(page);
    const before = demo.stats().sessions;
    await page.goto(demo.urls.session.me);
    await page.getByRole('button', { name: /Log out/ }).click();
    await page.waitForURL(demo.urls.session.home);
    expect(demo.stats().sessions).toBe(before - 1);
    expect(await cookieNamed(demo.urls.session.home, 'sessionid')).toBeUndefined();
  });

  it('bearer: access token in localStorage, sent as a Bearer header, refresh token in a Strict cookie', async () => {
    const page = await context.newPage();
    const authHeaders: string[] = [];
    page.on('request', (req) => {
      if (req.url() === demo.urls.bearer.me) authHeaders.push(req.headers().authorization ?? '');
    });
    await page.goto(demo.urls.bearer.auto);
    await waitForDemoDone(page);

    const token = await page.evaluate(() => localStorage.getItem('access_token'));
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(authHeaders.length).toBeGreaterThanOrEqual(2);
    expect(authHeaders.every((h) => /^Bearer [\w-]+\.[\w-]+\.[\w-]+$/.test(h))).toBe(true);

    const refresh = await cookieNamed(demo.urls.bearer.home, 'refresh_token');
    expect(refresh).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' });
    const maxAge = (refresh?.expires ?? 0) - Date.now() / 1000;
    expect(maxAge).toBeGreaterThan(13 * 24 * 3600);
  });

  it('bearer: the page refreshes the short-lived access token by itself before it expires', async () => {
    const page = await context.newPage();
    await page.goto(demo.urls.bearer.auto);
    await waitForDemoDone(page);
    const first = await page.evaluate(() => localStorage.getItem('access_token'));
    const refreshesBefore = demo.stats().refreshes;

    await page.waitForFunction((old) => localStorage.getItem('access_token') !== old, first, {
      timeout: 30_000,
    });
    expect(demo.stats().refreshes).toBeGreaterThan(refreshesBefore);
    const next = await page.evaluate(() => localStorage.getItem('access_token'));
    const claims = (t: string | null) =>
      JSON.parse(atob(t!.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')));
    expect(claims(next).exp).toBeGreaterThan(claims(first).exp);
    // …and the API still answers with the new token.
    const status = await page.evaluate(
      async (url) =>
        (
          await fetch(url, {
            headers: { authorization: `Bearer ${localStorage.getItem('access_token')}` },
          })
        ).status,
      demo.urls.bearer.me,
    );
    expect(status).toBe(200);
  });

  it('bearer: tokens are ES256 JWTs that verify against the published JWKS', async () => {
    const page = await context.newPage();
    await page.goto(demo.urls.bearer.auto);
    await waitForDemoDone(page);
    const token = (await page.evaluate(() => localStorage.getItem('access_token')))!;

    const response = await page.goto(demo.urls.bearer.jwks);
    const jwks = (await response!.json()) as JSONWebKeySet;
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });

    const header = decodeProtectedHeader(token);
    expect(header).toMatchObject({ alg: 'ES256', typ: 'at+jwt', kid: jwks.keys[0]!.kid });
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), {
      issuer: demo.urls.bearer.origin,
      audience: 'tokki-demo-api',
    });
    expect(payload).toMatchObject({ sub: 'demo', scope: 'profile:read' });
    expect(payload.exp! - payload.iat!).toBe(SHORT_TTL);
    expect(typeof payload.jti).toBe('string');
  });

  it('jwt cookie: /auto logs in with a signed JWT in an HttpOnly cookie and no Authorization header', async () => {
    const page = await context.newPage();
    const sentAuthorization: string[] = [];
    page.on('request', (req) => {
      const auth = req.headers().authorization;
      if (auth) sentAuthorization.push(auth);
    });
    await page.goto(demo.urls.jwtCookie.auto);
    await waitForDemoDone(page);
    expect(sentAuthorization).toEqual([]);

    const cookie = await cookieNamed(demo.urls.jwtCookie.home, 'auth_token');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' });
    const jwks = (await (await page.goto(demo.urls.jwtCookie.jwks))!.json()) as JSONWebKeySet;
    const { payload } = await jwtVerify(cookie!.value, createLocalJWKSet(jwks), {
      issuer: demo.urls.jwtCookie.origin,
    });
    expect(payload.exp! - payload.iat!).toBe(3600);
  });

  it('plain: only analytics and consent cookies, none of them HttpOnly', async () => {
    const page = await context.newPage();
    await page.goto(demo.urls.plain.home);
    await waitForDemoDone(page);
    const cookies = await context.cookies(demo.urls.plain.home);
    expect(cookies.map((c) => c.name).sort()).toEqual(['_ga', '_gid', 'cookie_consent']);
    expect(cookies.some((c) => c.httpOnly)).toBe(false);
  });

  it('index links every login', async () => {
    const page = await context.newPage();
    await page.goto(demo.urls.index);
    for (const url of [
      demo.urls.session.home,
      demo.urls.bearer.home,
      demo.urls.jwtCookie.home,
      demo.urls.plain.home,
    ]) {
      await expect(page.locator(`a[href="${url}"]`).count()).resolves.toBe(1);
    }
  });
});
