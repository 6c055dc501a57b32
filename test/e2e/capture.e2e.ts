/**
 * Capture end to end in real Chromium against the demo site: what each login leaves in the
 * snapshot, a worker restart, the ring buffer cap, site changes, closing a tab, restricted pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CapturedRequest, Snapshot } from '../../lib/engine/model/snapshot';
import { LOG_CAP } from '../../lib/background/constants';
import {
  buildExtension,
  launchWithExtension,
  startDemo,
  tabIdOf,
  waitForDemoDone,
  openDemoTab,
  siteAccessControl,
} from './harness';
import type { ChromeApi, DemoServer, ExtensionBrowser } from './harness';
import {
  getSnapshot,
  openMessagingPage,
  restartServiceWorker,
  sessionBytesOf,
  sessionStorageUsage,
  waitForSnapshot,
} from './snapshot-helper';

declare const chrome: ChromeApi;

let demo: DemoServer;
let browser: ExtensionBrowser;
let messenger: Page;

beforeAll(async () => {
  const extensionPath = await buildExtension();
  demo = await startDemo();
  browser = await launchWithExtension({ extensionPath });
  messenger = await openMessagingPage(browser.context, browser.extensionId);
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

const header = (request: CapturedRequest, name: string) =>
  request.requestHeaders.find((h) => h.name.toLowerCase() === name)?.value;
const setCookies = (request: CapturedRequest) =>
  request.responseHeaders.filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value);

/** Opens a demo page in a new tab and waits for its login (see openDemoTab). */
const openDemo = (url: string) => openDemoTab(browser, url);

describe('capture of the demo logins', () => {
  it('session login: the Set-Cookie response, the Cookie header and the sessionid cookie', async () => {
    const opened = await openDemo(demo.urls.session.auto);
    const { page, tabId } = opened;
    const snapshot = await waitForSnapshot(messenger, tabId, (s) =>
      s.requests.some((r) => header(r, 'cookie')?.includes('sessionid=')),
    );
    expect(snapshot.site.url).toBe(opened.url);
    const issued = snapshot.requests.find((r) =>
      setCookies(r).some((c) => c.startsWith('sessionid=')),
    );
    expect(issued, 'the login response that set the session cookie').toBeDefined();
    expect(snapshot.requests.some((r) => header(r, 'cookie')?.includes('sessionid='))).toBe(true);
    const cookie = snapshot.cookies.find((c) => c.name === 'sessionid');
    expect(cookie).toMatchObject({ scope: 'sent', httpOnly: true, session: true });
    expect(snapshot.requestStats.total).toBeGreaterThanOrEqual(snapshot.requests.length);
    expect(snapshot.unavailable.filter((u) => u.what !== 'cookies')).toEqual([]);
    await page.close();
  });

  it('bearer login: Authorization header, the refresh form, the refresh cookie and localStorage', async () => {
    const { page, tabId } = await openDemo(demo.urls.bearer.auto);
    const snapshot = await waitForSnapshot(
      messenger,
      tabId,
      (s) =>
        s.requests.filter((r) => header(r, 'authorization')?.startsWith('Bearer ')).length >= 2,
    );
    const bearer = snapshot.requests.filter((r) =>
      header(r, 'authorization')?.startsWith('Bearer ey'),
    );
    expect(bearer.length).toBeGreaterThanOrEqual(2);
    const refresh = snapshot.requests.find((r) => r.url === demo.urls.bearer.refresh);
    expect(refresh?.method).toBe('POST');
    expect(refresh?.formFields?.grant_type).toEqual(['refresh_token']);
    expect(snapshot.requests.some((r) => setCookies(r).length > 0)).toBe(true);
    const stored = snapshot.storage.find(
      (e) => e.area === 'localStorage' && e.key === 'access_token',
    );
    expect(stored?.origin).toBe(demo.urls.bearer.origin);
    expect(stored?.value).toMatch(/^eyJ/);
    // The access token stored in the page is the one the latest API call carried.
    expect(bearer.map((r) => header(r, 'authorization'))).toContain(`Bearer ${stored?.value}`);
    await page.close();
  });

  it('JWT-in-cookie login: a cookie whose value is a JWT, sent with the requests', async () => {
    const { page, tabId } = await openDemo(demo.urls.jwtCookie.auto);
    const snapshot = await waitForSnapshot(messenger, tabId, (s) =>
      s.requests.some((r) => /=eyJ/.test(header(r, 'cookie') ?? '')),
    );
    const jwtCookie = snapshot.cookies.find((c) => /^eyJ[\w-]+\.[\w-]+\./.test(c.value));
    expect(jwtCookie?.scope).toBe('sent');
    expect(
      snapshot.requests.some((r) => header(r, 'cookie')?.includes(`${jwtCookie?.name}=eyJ`)),
    ).toBe(true);
    await page.close();
  });

  it('a request without credentials is listed as plain, with a few headers and its timing, and counted', async () => {
    const { page, tabId } = await openDemo(demo.urls.plain.home);
    // Without cookies: nothing of a credential in it or its answer.
    await page.evaluate(() => fetch('/no-such-page?plain=1', { credentials: 'omit' }));
    const snapshot = await waitForSnapshot(messenger, tabId, (s) =>
      s.requests.some((r) => r.url.includes('plain=1')),
    );
    const credential = snapshot.requests.filter((r) => !r.plain);
    const plain = snapshot.requests.filter((r) => r.plain);
    expect(snapshot.requestStats.withoutCredentials).toBe(
      snapshot.requestStats.total - credential.length,
    );
    expect(plain.length).toBeLessThanOrEqual(snapshot.requestStats.withoutCredentials);
    const fetched = plain.find((r) => r.url.includes('plain=1'));
    expect(fetched).toMatchObject({
      method: 'GET',
      status: 404,
      initiator: demo.urls.plain.origin,
      requestHeaders: [],
      responseHeaders: [],
      timing: { end: expect.any(Number) },
    });
    expect(fetched?.timing?.end).toBeGreaterThanOrEqual(fetched?.timing?.sent ?? 0);
    expect(
      credential.every(
        (r) => r.requestHeaders.length + r.responseHeaders.length > 0 || r.formFields,
      ),
    ).toBe(true);
    await page.close();
  });
});

describe('the per-tab log', () => {
  it('survives the service worker being stopped: no captured entry is lost', async () => {
    const { page, tabId } = await openDemo(demo.urls.bearer.auto);
    const before = await waitForSnapshot(messenger, tabId, (s) => s.requests.length >= 4);
    browser.serviceWorker = await restartServiceWorker(browser.context, messenger);
    const after = await getSnapshot(messenger, tabId);
    const ids = (s: Snapshot) => s.requests.map((r) => r.id);
    expect(ids(after)).toEqual(expect.arrayContaining(ids(before)));
    expect(after.requestStats.since).toBe(before.requestStats.since);
    expect(after.requestStats.total).toBeGreaterThanOrEqual(before.requestStats.total);
    await page.close();
  });

  it(`a page that fires 5,000 requests leaves the log at the cap (${LOG_CAP}) with the drops counted`, async () => {
    const { page, tabId } = await openDemo(demo.urls.session.auto);
    const fired = 5000;
    await page.evaluate(async (count: number) => {
      let next = 0;
      const worker = async () => {
        while (next < count) {
          const i = next++;
          await fetch(`/me?n=${i}`, { credentials: 'same-origin' }).catch(() => undefined);
        }
      };
      await Promise.all(Array.from({ length: 24 }, worker));
    }, fired);
    const snapshot = await waitForSnapshot(
      messenger,
      tabId,
      (s) => s.requestStats.total >= fired + 2,
      30_000,
    );
    const { total, withoutCredentials, dropped } = snapshot.requestStats;
    expect(total).toBeGreaterThanOrEqual(fired);
    // The credential ring holds its cap; requests without credentials have a ring of their own.
    expect(snapshot.requests.filter((r) => !r.plain)).toHaveLength(LOG_CAP);
    expect(dropped).toBe(total - withoutCredentials - LOG_CAP);
    // The newest requests are kept, the oldest dropped.
    const numbers = snapshot.requests
      .map((r) => /[?&]n=(\d+)/.exec(r.url)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number);
    expect(Math.max(...numbers)).toBeGreaterThanOrEqual(fired - 30);
    expect(Math.min(...numbers)).toBeGreaterThan(fired - LOG_CAP - 30);

    const bytes = await sessionBytesOf(browser.serviceWorker, `tokki.capture.${tabId}`);
    console.info(`storage.session bytes for one tab at the ${LOG_CAP} cap: ${bytes}`);
    expect(bytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    await page.close();
  }, 400_000);

  it('starts afresh when the tab moves to another site, and keeps it within the same site', async () => {
    const { page, tabId } = await openDemo(demo.urls.session.auto);
    const first = await waitForSnapshot(messenger, tabId, (s) => s.requests.length > 0);
    await page.goto(demo.urls.session.me);
    const sameSite = await waitForSnapshot(messenger, tabId, (s) =>
      s.requests.some((r) => r.url === demo.urls.session.me),
    );
    expect(sameSite.requestStats.since).toBe(first.requestStats.since);
    expect(sameSite.requests.map((r) => r.id)).toEqual(
      expect.arrayContaining(first.requests.map((r) => r.id)),
    );

    await page.goto(demo.urls.bearer.auto);
    await waitForDemoDone(page);
    const other = await waitForSnapshot(messenger, tabId, (s) =>
      s.requests.some((r) => r.url.startsWith(demo.urls.bearer.origin)),
    );
    expect(other.requestStats.since).toBeGreaterThan(first.requestStats.since);
    expect(other.requests.filter((r) => r.url.startsWith(demo.urls.session.origin))).toEqual([]);
    await page.close();
  });

  it('frees the log when the tab closes', async () => {
    const { page, tabId } = await openDemo(demo.urls.session.auto);
    await waitForSnapshot(messenger, tabId, (s) => s.requests.length > 0);
    const key = `tokki.capture.${tabId}`;
    expect((await sessionStorageUsage(browser.serviceWorker)).keys).toContain(key);
    await page.close();
    const deadline = Date.now() + 5000;
    let keys = (await sessionStorageUsage(browser.serviceWorker)).keys;
    while (keys.includes(key) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      keys = (await sessionStorageUsage(browser.serviceWorker)).keys;
    }
    expect(keys).not.toContain(key);
  });
});

describe('page storage and URL tokens', () => {
  it('reads a Firebase Auth IndexedDB store, and creates no database on pages without one', async () => {
    const withStore = await openDemo(demo.urls.plain.home);
    await withStore.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          // What the Firebase JS SDK writes with indexedDBLocalPersistence.
          const open = indexedDB.open('firebaseLocalStorageDb', 1);
          open.onupgradeneeded = () =>
            open.result.createObjectStore('firebaseLocalStorage', { keyPath: 'fbase_key' });
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('firebaseLocalStorage', 'readwrite');
            tx.objectStore('firebaseLocalStorage').put({
              fbase_key: 'firebase:authUser:key:[DEFAULT]',
              value: {
                stsTokenManager: {
                  accessToken: 'eyJhbGciOiJSUzI1NiJ9.e30.sig',
                  refreshToken: 'AMf-r',
                },
              },
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
    );
    const snapshot = await getSnapshot(messenger, withStore.tabId);
    const record = snapshot.indexedDB.find((e) => e.database === 'firebaseLocalStorageDb');
    expect(record).toMatchObject({ store: 'firebaseLocalStorage', origin: demo.urls.plain.origin });
    expect(record?.value).toContain('refreshToken');
    await withStore.page.close();

    const without = await openDemo(demo.urls.session.auto);
    const plain = await getSnapshot(messenger, without.tabId);
    expect(plain.indexedDB).toEqual([]);
    const databases = await without.page.evaluate(async () =>
      (await indexedDB.databases()).map((d) => d.name),
    );
    expect(databases).toEqual([]);
    await without.page.close();
  });

  it('records a token handed over in the URL fragment (OAuth implicit flow), once', async () => {
    const page = await browser.context.newPage();
    const url = `${demo.urls.plain.home}?e2e=fragment#access_token=frag-token-123&token_type=Bearer`;
    await page.goto(url);
    const tabId = await tabIdOf(browser.serviceWorker, url);
    const first = await waitForSnapshot(messenger, tabId, (s) =>
      s.requests.some((r) => r.url === url),
    );
    expect(first.requests.filter((r) => r.url === url)).toHaveLength(1);

    // A single-page app that receives the token without loading a page: only the tab's URL shows it.
    await page.evaluate(() => {
      location.hash = '#id_token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJraW0ifQ.';
    });
    const after = await waitForSnapshot(messenger, tabId, (s) =>
      s.requests.some((r) => r.url.includes('#id_token=')),
    );
    expect(after.requests.find((r) => r.url.includes('#id_token='))?.type).toBe('navigation');
    await page.close();
  });
});

describe('pages Tokki cannot read', () => {
  it('a browser page gives unavailable restricted-page, not an error', async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://version/');
    const tabId = await tabIdOf(browser.serviceWorker, 'chrome://version/');
    const snapshot = await getSnapshot(messenger, tabId);
    expect(snapshot.unavailable).toContainEqual(
      expect.objectContaining({ what: 'page', reason: 'restricted-page' }),
    );
    expect(snapshot.cookies).toEqual([]);
    await page.close();
  });

  it('a closed tab gives unavailable tab-missing', async () => {
    const snapshot = await getSnapshot(messenger, 987654);
    expect(snapshot.unavailable).toContainEqual(expect.objectContaining({ reason: 'tab-missing' }));
  });
});

describe('badge, live updates and withheld access', () => {
  it('paints a verdict hint on the toolbar badge of a logged-in tab', async () => {
    const { page, tabId } = await openDemo(demo.urls.session.auto);
    const deadline = Date.now() + 10_000;
    let badge = '';
    while (badge !== 'S' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      badge = await browser.serviceWorker.evaluate(
        (id: number) => chrome.action.getBadgeText({ tabId: id }),
        tabId,
      );
    }
    expect(badge).toBe('S');
    await page.close();
  });

  it('pushes capture-added over the tab’s live port, and the port drops when the worker stops', async () => {
    const { page, tabId } = await openDemo(demo.urls.session.auto);
    const watcher = await openMessagingPage(browser.context, browser.extensionId);
    await watcher.evaluate((id: number) => {
      const state = { events: [] as string[], disconnected: false };
      (globalThis as { tokkiLive?: typeof state }).tokkiLive = state;
      const port = chrome.runtime.connect({ name: `tokki-live:${id}` });
      port.onMessage.addListener((message: { type: string }) => state.events.push(message.type));
      port.onDisconnect.addListener(() => (state.disconnected = true));
    }, tabId);
    const live = () =>
      watcher.evaluate(
        () =>
          (globalThis as { tokkiLive?: { events: string[]; disconnected: boolean } }).tokkiLive!,
      );
    await page.evaluate(() => fetch('/me', { credentials: 'same-origin' }));
    await expect
      .poll(async () => (await live()).events, { timeout: 10_000 })
      .toContain('capture-added');

    browser.serviceWorker = await restartServiceWorker(browser.context, messenger);
    await expect.poll(async () => (await live()).disconnected, { timeout: 10_000 }).toBe(true);
    await watcher.close();
    await page.close();
  });

  it('says what it cannot read when site access is withheld, and reads it again once granted', async () => {
    // What the user does with "Site access: On click" in the extension's details.
    const access = await siteAccessControl(browser);
    await access.set('ON_CLICK');
    try {
      const { page, tabId } = await openDemo(demo.urls.jwtCookie.auto);
      const withheld = await getSnapshot(messenger, tabId);
      expect(withheld.unavailable).toContainEqual(
        expect.objectContaining({
          what: 'site-access',
          reason: 'no-host-permission',
          detail: demo.urls.jwtCookie.origin,
        }),
      );
      expect(withheld.unavailable.map((u) => u.what)).toEqual(
        expect.arrayContaining(['cookies', 'requests', 'storage']),
      );
      expect(withheld.cookies).toEqual([]);

      await access.set('ON_ALL_SITES');
      const granted = await getSnapshot(messenger, tabId);
      expect(granted.unavailable.filter((u) => u.reason === 'no-host-permission')).toEqual([]);
      expect(granted.cookies.length).toBeGreaterThan(0);
      await page.close();
    } finally {
      await access.close();
    }
  });
});
