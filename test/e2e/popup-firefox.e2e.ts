/**
 * Firefox parity (issue 7): the firefox-mv2 build in real Firefox ESR gives the demo logins the same
 * verdicts and tokens as the Chromium popup test (popup.e2e.ts), and its background captures
 * requests, cookies, web storage and paints the badge.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from '../../demo/site.mjs';
import type { DemoServer } from '../../demo/site.mjs';
import type { Snapshot } from '../../lib/engine/model/snapshot';
import { buildFirefoxAddon, launchFirefoxWithAddon } from './firefox/harness';
import type { AddonFrame, FirefoxWithAddon } from './firefox/harness';
import { waitForPopup } from './firefox/popup-reader';

let demo: DemoServer;
let ff: FirefoxWithAddon;

beforeAll(async () => {
  demo = await startDemo();
  ff = await launchFirefoxWithAddon({ addonPath: buildFirefoxAddon() });
  await ff.setStoredLang('en');
}, 150_000);

// Each test's demo tabs and popups close after it, so old pages cannot answer for new ones.
afterEach(async () => {
  const pages = await ff.browser.pages();
  await Promise.all(pages.slice(1).map((page) => page.close().catch(() => undefined)));
  await ff.closeAddonTabs();
});

afterAll(async () => {
  await ff?.close();
  await demo?.close();
});

/** Opens a demo page in a new tab, lets its script log in, and returns the page and its tab id. */
async function visit(url: string, waitForScript = true): Promise<{ page: Page; tabId: number }> {
  const page = await ff.visitDemo(url, waitForScript);
  return { page, tabId: await ff.tabIdOf(url) };
}

async function popupFor(tabId: number): Promise<AddonFrame> {
  return ff.openExtensionPage('popup.html', tabId);
}

/** The tab's snapshot, asked over the typed messaging contract from an extension page. */
async function snapshotOf(from: AddonFrame, tabId: number): Promise<Snapshot> {
  const reply = await ff.evaluate<{ res?: Snapshot; err?: { message?: string } } | null>(
    from,
    `browser.runtime.sendMessage({ id: 1, type: 'getSnapshot', data: { tabId: ${tabId} }, timestamp: Date.now() })`,
  );
  if (!reply?.res) throw new Error(`getSnapshot failed: ${JSON.stringify(reply?.err)}`);
  return reply.res;
}

describe('Firefox: the add-on itself', () => {
  it('runs its background page with every host permission granted at install (MV2)', async () => {
    const info = await ff.evaluate<{ manifest: number; hosts: boolean; session: boolean }>(
      ff.background,
      `(async () => ({
        manifest: browser.runtime.getManifest().manifest_version,
        hosts: await browser.permissions.contains({ origins: ['<all_urls>'] }),
        session: typeof browser.storage.session?.get === 'function',
      }))()`,
    );
    expect(info).toEqual({ manifest: 2, hosts: true, session: true });
  });
});

describe('Firefox: popup on the demo logins (same verdicts as Chromium)', () => {
  it('session login: verdict "session", the session id in an HttpOnly cookie', async () => {
    const { tabId } = await visit(demo.urls.session.auto);
    const view = await waitForPopup(ff, await popupFor(tabId), (v) =>
      v.tokens.includes('session-id@cookie-httponly'),
    );
    expect(view.verdict).toBe('session');
    expect(view.heading).toBe('Server-side session');
    expect(view.tokens).toContain('session-id@cookie-httponly');
    expect(view.counts).toMatch(/Cookies\s*1/);
  });

  it('bearer login: verdict "token", the access JWT and the refresh token in a cookie', async () => {
    const { tabId } = await visit(demo.urls.bearer.auto);
    const view = await waitForPopup(
      ff,
      await popupFor(tabId),
      (v) => v.verdict === 'token' && v.tokens.includes('refresh@cookie-httponly'),
    );
    expect(view.verdict).toBe('token');
    expect(view.tokens.some((t) => t.startsWith('access@'))).toBe(true);
    expect(view.tokens).toContain('refresh@cookie-httponly');
  });

  it('JWT-in-cookie login: verdict "token-in-cookie", a JWT in an HttpOnly cookie', async () => {
    const { tabId } = await visit(demo.urls.jwtCookie.auto);
    const view = await waitForPopup(ff, await popupFor(tabId), (v) =>
      v.tokens.some((t) => t.endsWith('@cookie-httponly')),
    );
    expect(view.verdict).toBe('token-in-cookie');
    expect(view.tokens.some((t) => t.endsWith('@cookie-httponly'))).toBe(true);
  });

  it('no login: verdict "none"', async () => {
    const { tabId } = await visit(demo.urls.plain.home, false);
    const view = await waitForPopup(ff, await popupFor(tabId));
    expect(view.verdict).toBe('none');
  });
});

describe('Firefox: the real toolbar popup (browserAction.openPopup, no ?tabId)', () => {
  /** Opens the popup over the active tab, waits for a verdict, reads it and closes the popup. */
  async function popupOverActiveTab() {
    const popup = await ff.openToolbarPopup();
    const view = await waitForPopup(ff, popup);
    const frame = await ff.evaluate<{ width: number; overflowsSideways: boolean }>(
      popup,
      `({ width: innerWidth, overflowsSideways: document.documentElement.scrollWidth > innerWidth })`,
    );
    // The popup goes away while it answers; nothing to wait for.
    await ff.evaluate(popup, 'window.close()', 2000).catch(() => undefined);
    return { ...view, ...frame };
  }

  it('inspects the tab in front, and follows when another tab comes to the front', async () => {
    const bearer = await visit(demo.urls.bearer.auto);
    const first = await popupOverActiveTab();
    expect(first.verdict).toBe('token');
    expect(first.width).toBeGreaterThanOrEqual(400);
    expect(first.overflowsSideways).toBe(false);

    await visit(demo.urls.session.auto);
    expect((await popupOverActiveTab()).verdict).toBe('session');

    await bearer.page.bringToFront();
    expect((await popupOverActiveTab()).verdict).toBe('token');
  });
});

describe('Firefox: what the background captures', () => {
  it('logs the bearer request with its Authorization header, and the web-storage tokens', async () => {
    const { page, tabId } = await visit(demo.urls.bearer.auto);
    const accessToken = await page.evaluate(() => localStorage.getItem('access_token'));
    expect(accessToken).toMatch(/^eyJ/);
    const popup = await popupFor(tabId);
    const deadline = Date.now() + 10_000;
    let snapshot = await snapshotOf(popup, tabId);
    const sentBearer = (s: Snapshot) =>
      s.requests.some((r) =>
        r.requestHeaders.some(
          (h) => h.name.toLowerCase() === 'authorization' && h.value === `Bearer ${accessToken}`,
        ),
      );
    while (!sentBearer(snapshot) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      snapshot = await snapshotOf(popup, tabId);
    }
    expect(snapshot.browser).toBe('firefox');
    expect(sentBearer(snapshot)).toBe(true);
    expect(snapshot.storage).toContainEqual(
      expect.objectContaining({ area: 'localStorage', key: 'access_token', value: accessToken }),
    );
  });

  it('records the Set-Cookie of the session login (Firefox needs no extraHeaders)', async () => {
    const { tabId } = await visit(demo.urls.session.auto);
    const popup = await popupFor(tabId);
    const snapshot = await snapshotOf(popup, tabId);
    const setCookies = snapshot.requests.flatMap((r) =>
      r.responseHeaders.filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value),
    );
    expect(setCookies.some((v) => v.startsWith('sessionid='))).toBe(true);
    expect(snapshot.cookies.map((c) => c.name)).toContain('sessionid');
  });

  it('paints the toolbar badge for a logged-in tab and leaves the plain site quiet', async () => {
    const session = await visit(demo.urls.session.auto);
    const plain = await visit(demo.urls.plain.home, false);
    const badgeOf = (tabId: number) =>
      ff.evaluate<string>(ff.background, `browser.browserAction.getBadgeText({ tabId: ${tabId} })`);
    // The badge is painted a moment after the tab's captures settle (debounced).
    const settled = async (tabId: number) => {
      const deadline = Date.now() + 10_000;
      let text = await badgeOf(tabId);
      while (text === '' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        text = await badgeOf(tabId);
      }
      return text;
    };
    expect(await settled(session.tabId)).toBe('S');
    expect(await settled(plain.tabId)).toBe('—');
  });
});

describe('Firefox: the inspector page', () => {
  it('devtools-panel.html?tabId=N opens as a tab and shows the same verdict as the popup', async () => {
    const { tabId } = await visit(demo.urls.jwtCookie.auto);
    const panel = await ff.openExtensionPage('devtools-panel.html', tabId);
    const read = () =>
      ff.evaluate<{ status: string | null; tab: string | null; verdict: string | null }>(
        panel,
        `(() => {
          const root = document.querySelector('[data-testid="panel"]');
          return {
            status: root?.getAttribute('data-status') ?? null,
            tab: root?.getAttribute('data-tab-id') ?? null,
            verdict: document.querySelector('[data-verdict]')?.getAttribute('data-verdict') ?? null,
          };
        })()`,
      );
    const deadline = Date.now() + 15_000;
    let seen = await read();
    while (seen.verdict === null && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      seen = await read();
    }
    expect(seen).toEqual({ status: 'ready', tab: String(tabId), verdict: 'token-in-cookie' });
  });
});
