/**
 * The side panel in real Chromium. The REAL side panel is driven: the popup's "Keep open in side
 * panel" button is clicked (a Playwright click is a user gesture, which `chrome.sidePanel.open`
 * needs) in `popup.html?tabId=N` opened as a page; the panel then appears as a target of its own
 * (`sidepanel.html`, no `?tabId`), which Playwright does not list among its pages, so it is read
 * through puppeteer-core connected to the same browser. Tabs are switched with
 * `chrome.tabs.update({ active: true })`, as a click on a tab does (tabs.onActivated fires).
 * `sidepanel.html?tabId=N` opened as a page is the pinned form, as `popup.html?tabId=N`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildExtension,
  launchWithExtension,
  openDemoTab,
  setStoredLang,
  startDemo,
  verdictOf,
} from './harness';
import type { ChromeApi, DemoServer, ExtensionBrowser } from './harness';

declare const chrome: ChromeApi;

let demo: DemoServer;
let browser: ExtensionBrowser;
let connection: PuppeteerBrowser | undefined;

beforeAll(async () => {
  const extensionPath = await buildExtension();
  demo = await startDemo();
  browser = await launchWithExtension({ extensionPath });
  await setStoredLang(browser, 'en');
});

afterAll(async () => {
  await connection?.disconnect();
  await browser?.close();
  await demo?.close();
});

/** Puppeteer on the same Chromium (its DevTools port is written into the profile). */
async function puppeteerConnection(): Promise<PuppeteerBrowser> {
  if (connection) return connection;
  const file = join(browser.profile, 'DevToolsActivePort');
  if (!existsSync(file)) throw new Error('Chromium wrote no DevToolsActivePort');
  const [port, path] = readFileSync(file, 'utf8').split('\n');
  connection = await puppeteer.connect({
    browserWSEndpoint: `ws://127.0.0.1:${port}${path}`,
    defaultViewport: null,
  });
  return connection;
}

/** What a side panel page shows: its verdict, the site line, which tab it reads, its state. */
interface Shown {
  verdict: string | null;
  site: string;
  tabId: string | null;
  restricted: boolean;
  following: string;
  /** The page scrolls sideways: something is wider than the panel. */
  overflowsSideways: boolean;
}

const READ_SHOWN = (): Shown => ({
  verdict: document.querySelector('[data-testid="verdict"]')?.getAttribute('data-verdict') ?? null,
  site: document.querySelector('[data-testid="site"]')?.textContent ?? '',
  tabId:
    document.querySelector('[data-testid="side-panel-report"]')?.getAttribute('data-tab-id') ??
    null,
  restricted: document.querySelector('[data-testid="state-restricted"]') !== null,
  following: document.querySelector('[data-testid="side-panel-following"]')?.textContent ?? '',
  overflowsSideways: document.documentElement.scrollWidth > innerWidth,
});

/** Makes `tabId` the tab in front of its window, as a click on it does. */
async function activate(tabId: number): Promise<void> {
  await browser.serviceWorker.evaluate(
    (id) => chrome.tabs.update(id, { active: true }).then(() => undefined),
    tabId,
  );
}

/** Moves `tabId` into `windowId` (Playwright may open pages in windows of their own). */
async function moveInto(tabId: number, windowId: number): Promise<void> {
  await browser.serviceWorker.evaluate(
    ([id, win]) => chrome.tabs.move(id, { windowId: win, index: -1 }).then(() => undefined),
    [tabId, windowId] as const,
  );
}

const windowOf = (tabId: number) =>
  browser.serviceWorker.evaluate((id) => chrome.tabs.get(id).then((t) => t.windowId), tabId);

/** Clicks the popup's side panel button and returns the real side panel that opens. */
async function openRealSidePanel(tabId: number): Promise<PuppeteerPage> {
  const pptr = await puppeteerConnection();
  const url = `chrome-extension://${browser.extensionId}/sidepanel.html`;
  const opened = pptr.waitForTarget((t) => t.url() === url, { timeout: 15_000 });
  opened.catch(() => undefined);
  const popup = await browser.openExtensionPage('popup.html', tabId);
  const button = popup.locator('[data-testid="open-side-panel"]');
  expect(await button.getAttribute('data-kind')).toBe('side-panel');
  await button.click();
  const target = await opened;
  // The panel is no tab: it is a page target Playwright does not list.
  expect(browser.context.pages().some((p) => p.url() === url)).toBe(false);
  // The popup closes itself once the panel shows the same answer.
  await expect.poll(() => popup.isClosed(), { timeout: 5_000 }).toBe(true);
  const panel = await target.asPage();
  await panel.waitForSelector('[data-testid="popup"]', { timeout: 15_000 });
  return panel;
}

describe('the real side panel, opened from the popup', () => {
  let panel: PuppeteerPage;
  let bearer: { page: Page; tabId: number; url: string };
  let session: { page: Page; tabId: number; url: string };
  const shown = () => panel.evaluate(READ_SHOWN);

  beforeAll(async () => {
    bearer = await openDemoTab(browser, demo.urls.bearer.auto, { tag: 'sp' });
    // Not logged in yet: the session site's home page, whose verdict is "none".
    session = await openDemoTab(browser, demo.urls.session.home, {
      tag: 'sp',
      waitForLogin: false,
    });
    const windowId = await windowOf(bearer.tabId);
    await moveInto(session.tabId, windowId);
    await activate(bearer.tabId);
  });

  it('opens from the popup’s button, shows the tab in front, says it follows it, names its site', async () => {
    panel = await openRealSidePanel(bearer.tabId);
    // The popup was a tab of its own here; it closed, and the user comes back to the site's tab.
    await activate(bearer.tabId);
    await expect.poll(async () => (await shown()).verdict, { timeout: 15_000 }).toBe('token');
    const now = await shown();
    expect(now.tabId).toBe(String(bearer.tabId));
    expect(now.site).toContain(new URL(bearer.url).host);
    expect(now.following).toContain('Following the active tab');
    // The popup's 400 px body does not carry over: the panel fits whatever width it is given.
    expect(now.overflowsSideways).toBe(false);
  });

  it('follows tab switches: each tab brings its own verdict', async () => {
    await activate(session.tabId);
    await expect
      .poll(async () => (await shown()).tabId, { timeout: 10_000 })
      .toBe(String(session.tabId));
    await expect.poll(async () => (await shown()).verdict, { timeout: 15_000 }).toBe('none');
    expect((await shown()).site).toContain(new URL(session.url).host);

    await activate(bearer.tabId);
    await expect.poll(async () => (await shown()).verdict, { timeout: 15_000 }).toBe('token');
    expect((await shown()).tabId).toBe(String(bearer.tabId));
  });

  it('updates live when the followed tab logs in, without a switch or a reload', async () => {
    await activate(session.tabId);
    await expect.poll(async () => (await shown()).verdict, { timeout: 15_000 }).toBe('none');
    const status = await session.page.evaluate(async () => {
      const login = await fetch('/login', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
        body: new URLSearchParams({ username: 'demo', password: 'demo' }),
      });
      return login.status;
    });
    expect(status).toBeLessThan(400);
    await expect.poll(async () => (await shown()).verdict, { timeout: 15_000 }).toBe('session');
    expect((await shown()).tabId).toBe(String(session.tabId));
  });

  it('follows a navigation of the followed tab, and says so on a browser page', async () => {
    await activate(session.tabId);
    await session.page.goto('about:blank');
    await expect.poll(async () => (await shown()).restricted, { timeout: 15_000 }).toBe(true);
    expect((await shown()).verdict).toBeNull();

    await session.page.goto(demo.urls.bearer.auto);
    await expect.poll(async () => (await shown()).verdict, { timeout: 15_000 }).toBe('token');
  });
});

describe('sidepanel.html?tabId=N (pinned, like popup.html?tabId=N)', () => {
  it('shows that tab whichever tab is in front', async () => {
    const jwt = await openDemoTab(browser, demo.urls.jwtCookie.auto, { tag: 'pin' });
    const other = await openDemoTab(browser, demo.urls.plain.home, {
      tag: 'pin',
      waitForLogin: false,
    });
    const pinned = await browser.context.newPage();
    await pinned.goto(
      `chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${jwt.tabId}`,
    );
    expect(await verdictOf(pinned)).toBe('token-in-cookie');
    expect(await pinned.locator('[data-testid="side-panel-following"]').innerText()).toContain(
      'Showing one tab only',
    );
    await activate(other.tabId);
    await pinned.waitForTimeout(500);
    expect(await verdictOf(pinned)).toBe('token-in-cookie');
    expect(
      await pinned.locator('[data-testid="side-panel-report"]').getAttribute('data-tab-id'),
    ).toBe(String(jwt.tabId));
  });
});
