/**
 * Privacy, proven in real Chromium against the demo site (issue 9, points 1, 6 and 7):
 * - zero egress: the harness records every network request of the extension's own targets over
 *   CDP and fails any e2e file whose extension reached outside; here we prove it can fail, and
 *   that the one request Tokki makes (the issuer's keys) leaves only after the user's click;
 * - storage: after a full flow, storage.local holds the settings and nothing captured;
 * - permissions and CSP: the built manifest, pages and bundles load nothing remote and run no
 *   eval; with site access withheld, the popup and the panel say so and their button asks for it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REPO_ROOT,
  buildExtension,
  launchWithExtension,
  startDemo,
  openDemoTab,
  siteAccessControl,
} from './harness';
import type { ChromeApi, DemoServer, ExtensionBrowser } from './harness';
import { waitForSnapshot, openMessagingPage } from './snapshot-helper';

declare const chrome: ChromeApi;

let demo: DemoServer;
let browser: ExtensionBrowser;
let extensionPath: string;

beforeAll(async () => {
  extensionPath = await buildExtension();
  demo = await startDemo();
  browser = await launchWithExtension({ extensionPath });
});

afterAll(async () => {
  // close() itself fails the file if the extension made any network request (see the harness).
  await browser?.close();
  await demo?.close();
});

/** Opens a demo page in a new tab and waits for its login (see openDemoTab). */
const openDemo = (url: string) => openDemoTab(browser, url, { tag: 'privacy' });

/** Every file of the build under `dir`, with its path relative to the build. */
function buildFiles(dir = extensionPath): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => /\.(js|html|json)$/.test(path))
    .map((path) => ({ path: relative(dir, path), text: readFileSync(path, 'utf8') }));
}

/** Runs `run` with Chrome's "Site access: On click" set for the extension, then restores it. */
async function withSiteAccessOnClick<T>(run: () => Promise<T>): Promise<T> {
  const access = await siteAccessControl(browser);
  await access.set('ON_CLICK');
  try {
    return await run();
  } finally {
    await access.close();
  }
}

/**
 * Replaces permissions.request in an extension page with a spy that records what was asked and
 * answers "denied", so a test sees the request without a browser prompt it cannot click.
 */
async function spyOnPermissionRequests(page: Page): Promise<() => Promise<unknown[]>> {
  await page.evaluate(() => {
    const asked: unknown[] = [];
    (globalThis as { tokkiAsked?: unknown[] }).tokkiAsked = asked;
    chrome.permissions.request = ((permissions: unknown) => {
      asked.push(permissions);
      return Promise.resolve(false);
    }) as typeof chrome.permissions.request;
  });
  return () => page.evaluate(() => (globalThis as { tokkiAsked?: unknown[] }).tokkiAsked ?? []);
}

describe('zero egress', () => {
  it('security: the recorder catches a fetch by the service worker and by an extension page', async () => {
    // Runtime.evaluate in the worker (Playwright's evaluate is CDP underneath): a request the
    // extension would make if someone added telemetry to the background.
    await browser.serviceWorker.evaluate(async (url: string) => {
      await fetch(url).catch(() => undefined);
    }, `${demo.urls.plain.home}?egress=worker`);
    const popup = await browser.openExtensionPage('popup.html', -1);
    await popup.evaluate(async (url: string) => {
      await fetch(url).catch(() => undefined);
    }, `${demo.urls.plain.home}?egress=popup`);
    await expect.poll(() => browser.egress.egress.length).toBeGreaterThanOrEqual(2);
    expect(() => browser.egress.assertNoEgress()).toThrow(/security: the extension made network/);
    const caught = browser.egress.take();
    expect(caught).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          url: `${demo.urls.plain.home}?egress=worker`,
          targetType: 'service_worker',
        }),
        expect.objectContaining({
          url: `${demo.urls.plain.home}?egress=popup`,
          targetType: 'page',
        }),
      ]),
    );
    // The recorder forgot what this test caused on purpose; the file's close() checks the rest.
    expect(browser.egress.egress).toEqual([]);
    await popup.close();
  });

  it('security: a WebSocket from the service worker is caught too', async () => {
    await browser.serviceWorker.evaluate((url: string) => {
      const socket = new WebSocket(url);
      socket.onerror = () => socket.close();
    }, `ws://127.0.0.1:${demo.port}/egress-socket`);
    await expect
      .poll(() => browser.egress.egress.map((e) => `${e.kind} ${e.url}`))
      .toContain(`websocket ws://127.0.0.1:${demo.port}/egress-socket`);
    browser.egress.take();
  });

  it('security: the one request Tokki makes is the issuer’s keys, after the click and its confirm, and nothing else', async () => {
    const { tabId } = await openDemo(demo.urls.verify.auto);
    const panel = await browser.openExtensionPage('devtools-panel.html', tabId);
    await panel.waitForSelector('[data-testid="verdict"]', { timeout: 15_000 });
    await panel.locator('[data-tab="tokens"]').click();
    const card = panel.locator('[data-testid="token"]', { hasText: '"demo-issuer"' });
    await card.getByTestId('verify-fetch-issuer').click();
    await card.getByTestId('verify-fetch-plan').waitFor();
    await panel.waitForTimeout(500);
    expect(browser.egress.egress).toEqual([]);
    await card.getByTestId('verify-fetch-confirm').click();
    await card.locator('[data-testid="verify-result"][data-status="valid"]').waitFor();
    await expect
      .poll(() => browser.egress.egress.map((e) => `${e.targetType} ${e.url}`))
      .toEqual([`page ${demo.urls.verify.configuration}`, `page ${demo.urls.verify.jwks}`]);
    // Everything else about this token runs offline: the egress stays at those two.
    await card.getByTestId('verify-key').fill('{"keys":[]}');
    await card.getByTestId('verify-run').click();
    await card.locator('[data-testid="verify-result"][data-status="error"]').waitFor();
    await panel.waitForTimeout(500);
    expect(browser.egress.take().map((e) => e.url)).toEqual([
      demo.urls.verify.configuration,
      demo.urls.verify.jwks,
    ]);
    await panel.close();
  });
});

describe('storage', () => {
  it('security: after logins, popup, panel and a language change, storage.local holds settings only; captures are in storage.session', async () => {
    const logins = [demo.urls.session.auto, demo.urls.bearer.auto, demo.urls.jwtCookie.auto];
    const tabs = [];
    for (const url of logins) tabs.push(await openDemo(url));
    const messenger = await openMessagingPage(browser.context, browser.extensionId);
    for (const { tabId } of tabs) {
      await waitForSnapshot(messenger, tabId, (s) => s.requests.length > 0);
    }

    for (const { tabId } of tabs) {
      const popup = await browser.openExtensionPage('popup.html', tabId);
      await popup.waitForSelector('[data-testid="verdict"]', { timeout: 15_000 });
      await popup.close();
      const panel = await browser.openExtensionPage('devtools-panel.html', tabId);
      await panel.waitForSelector('[data-testid="verdict"]', { timeout: 15_000 });
      await panel.close();
    }
    const popup = await browser.openExtensionPage('popup.html', tabs[0]!.tabId);
    await popup.getByRole('button', { name: '한국어' }).click();
    await expect
      .poll(() => browser.serviceWorker.evaluate(() => chrome.storage.local.get(null)))
      .toEqual({ settings: { lang: 'ko' } });

    // The secrets the demo handed out: cookie values and the bearer page's stored tokens.
    const cookies = await browser.context.cookies();
    const secrets = cookies.filter((c) => c.value.length >= 16).map((c) => c.value);
    const bearerPage = tabs[1]!.page;
    const stored = await bearerPage.evaluate(() => Object.values(localStorage));
    secrets.push(...stored.filter((v) => v.length >= 16));
    expect(secrets.length).toBeGreaterThanOrEqual(4);

    const local = await browser.serviceWorker.evaluate(() => chrome.storage.local.get(null));
    expect(Object.keys(local)).toEqual(['settings']);
    const localText = JSON.stringify(local);
    for (const secret of secrets) expect(localText).not.toContain(secret);

    // Captured values do exist, in storage.session (so the check above looked for real values).
    const session = JSON.stringify(
      await browser.serviceWorker.evaluate(() => chrome.storage.session.get(null)),
    );
    const sessionCookie = cookies.find((c) => c.name === 'sessionid')?.value;
    expect(sessionCookie).toBeDefined();
    expect(session).toContain(sessionCookie);
    const accessToken = await bearerPage.evaluate(() => localStorage.getItem('access_token'));
    expect(session).toContain(`Bearer ${accessToken}`);

    await popup.getByRole('button', { name: 'English' }).click();
    await popup.close();
    await messenger.close();
    for (const { page } of tabs) await page.close();
  }, 120_000);
});

describe('permissions and CSP', () => {
  it('security: the manifest asks for exactly the permissions the README explains', () => {
    const manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8')) as {
      permissions?: string[];
      host_permissions?: string[];
      optional_permissions?: string[];
      optional_host_permissions?: string[];
    };
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.split('## Permissions, and why each is needed')[1]?.split('\n## ')[0];
    const listed = [...(section ?? '').matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]);
    expect(listed.length).toBeGreaterThan(0);
    const asked = [
      ...(manifest.permissions ?? []),
      ...(manifest.host_permissions ?? []).map((h) => `host_permissions: ${h}`),
    ];
    expect(new Set(asked)).toEqual(new Set(listed));
    expect(asked).toHaveLength(listed.length);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
  });

  it('security: the extension pages keep a strict CSP (no eval, no remote scripts)', () => {
    const manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8')) as {
      content_security_policy?: { extension_pages?: string; sandbox?: string };
    };
    // Absent means Chrome's MV3 default: script-src 'self'; object-src 'self'.
    const policy = manifest.content_security_policy?.extension_pages ?? "script-src 'self'";
    const scriptSrc = /script-src([^;]*)/.exec(policy)?.[1]?.trim().split(/\s+/) ?? [];
    // 'wasm-unsafe-eval' compiles WebAssembly only (the guessable-secret worker's HMAC-SHA-512);
    // eval and new Function stay refused (the real-page test below).
    expect(policy).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    expect(scriptSrc.filter((source) => source !== "'self'")).toEqual(["'wasm-unsafe-eval'"]);
    expect(scriptSrc.filter((source) => /^(https?:|\*|\/\/)|:\/\//.test(source))).toEqual([]);
    expect(manifest.content_security_policy?.sandbox).toBeUndefined();
  });

  it('security: the built JavaScript has no eval, no new Function and loads no remote script', () => {
    const scripts = buildFiles().filter((f) => f.path.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    const offences = scripts.flatMap(({ path, text }) => {
      const found: string[] = [];
      for (const [name, pattern] of [
        ['eval(', /(?<![\w$.])eval\s*\(/],
        ['new Function(', /new\s+Function\s*\(/],
        ['setTimeout with a string', /set(?:Timeout|Interval)\s*\(\s*["'`]/],
        ['importScripts', /importScripts\s*\(/],
        ['remote import()', /import\s*\(\s*["'`](?:https?:)?\/\//],
        ['remote script src', /\.src\s*=\s*["'`](?:https?:)?\/\//],
        ['<script src=http>', /<script[^>]+src=\\?["'](?:https?:)?\/\//i],
      ] as const) {
        if (pattern.test(text)) found.push(`${path}: ${name}`);
      }
      return found;
    });
    expect(offences).toEqual([]);
  });

  it('security: the popup and panel HTML load only local scripts', () => {
    for (const name of ['popup.html', 'devtools-panel.html', 'devtools.html']) {
      const html = readFileSync(join(extensionPath, name), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length, name).toBeGreaterThan(0);
      for (const [, attributes = '', body = ''] of scripts) {
        const src = /\bsrc=["']([^"']+)["']/i.exec(attributes)?.[1];
        expect(src, `${name}: every script has a src (no inline code)`).toBeDefined();
        expect(body.trim(), name).toBe('');
        expect(src, name).toMatch(/^(\/|\.\/|\.\.\/)?[\w./-]+\.js$/);
        expect(src, name).not.toMatch(/^(https?:)?\/\//);
        // The script is part of the build itself.
        expect(
          readFileSync(join(extensionPath, src!.replace(/^\.?\//, ''))).length,
        ).toBeGreaterThan(0);
      }
    }
  });

  it('security: in a real extension page, eval and a remote script are refused by the CSP', async () => {
    const popup = await browser.openExtensionPage('popup.html', -1);
    const outcome = await popup.evaluate(async (remote: string) => {
      const refused = (run: () => unknown) => {
        try {
          run();
          return false;
        } catch (error) {
          return error instanceof EvalError;
        }
      };
      // Code run by DevTools' Runtime.evaluate may eval (allowUnsafeEvalBlockedByCSP); a timer
      // callback runs as the page's own code, under the page's CSP.
      const later = <T>(run: () => T) =>
        new Promise<T>((resolve) => setTimeout(() => resolve(run()), 0));
      const evalRefused = await later(() => refused(() => (0, eval)('1 + 1')));
      const functionRefused = await later(() => refused(() => new Function('return 1')()));
      const script = document.createElement('script');
      script.src = remote;
      const loaded = await new Promise<string>((resolve) => {
        script.onload = () => resolve('loaded');
        script.onerror = () => resolve('refused');
        document.head.append(script);
      });
      return { evalRefused, functionRefused, loaded };
    }, `${demo.urls.plain.home}assets/plain.js`);
    expect(outcome).toEqual({ evalRefused: true, functionRefused: true, loaded: 'refused' });
    // Refused by the CSP before sending, not by a network error. The recorder hears of it over
    // its own DevTools connection, which may come a moment after the page's error event.
    await expect
      .poll(() => browser.egress.blocked.map((e) => e.url), { timeout: 5000 })
      .toContain(`${demo.urls.plain.home}assets/plain.js`);
    expect(browser.egress.egress).toEqual([]);
    await popup.close();
  });
});

describe('site access withheld', () => {
  it.each([
    ['popup', 'popup.html'],
    ['panel', 'devtools-panel.html'],
  ] as const)(
    'security: the %s says it cannot read this site and its button asks for it',
    async (_, pageName) => {
      await withSiteAccessOnClick(async () => {
        const { page, tabId } = await openDemo(demo.urls.jwtCookie.auto);
        const view = await browser.openExtensionPage(pageName, tabId);
        const state = view.getByTestId('state-site-access');
        await state.waitFor({ timeout: 15_000 });
        expect(await state.innerText()).toContain(demo.urls.jwtCookie.origin);
        const asked = await spyOnPermissionRequests(view);
        await view.getByTestId('request-site-access').click();
        await expect.poll(asked).toEqual([{ origins: [`${demo.urls.jwtCookie.origin}/*`] }]);
        await view.close();
        await page.close();
      });
    },
  );

  it('security: the panel says what it cannot read, for each part of the site', async () => {
    await withSiteAccessOnClick(async () => {
      const { page, tabId } = await openDemo(demo.urls.jwtCookie.auto);
      const panel = await browser.openExtensionPage('devtools-panel.html', tabId);
      const access = panel.locator('[data-unavailable="site-access"]');
      await access.waitFor({ timeout: 15_000 });
      expect(await access.innerText()).toMatch(/no access to this site/);
      const parts = await panel
        .locator('[data-unavailable]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-unavailable')));
      expect(parts).toEqual(expect.arrayContaining(['site-access', 'cookies', 'requests']));
      await panel.close();
      await page.close();
    });
  });
});
