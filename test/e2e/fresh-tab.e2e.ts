/**
 * A new tab straight onto a page that logs in by script the moment it loads, in real Chromium, many
 * times (the events that tell the capture about a navigation race one another): every request is
 * in the Requests tab of `devtools-panel.html?tabId=N`, nothing is dropped, the refresh is counted
 * once, and the popup's verdict is right; also for a single-page app that keeps its token in memory
 * and calls an API on another origin. Each run uses a hostname of its own (fresh-tab-site.mjs), so
 * each is a truly first visit.
 *
 * And the first tab of a browser that is still starting the extension: its page loads before the
 * service worker has registered its listeners, so the browser reports only part of it. Tokki must
 * then say that the page's start is missing (and a reload shows everything), never show the rest
 * as if it were the whole story.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, chromiumArgs } from '../../demo/chromium.mjs';
import { startFreshTabSite } from './fresh-tab-site.mjs';
import type { FreshTabSite } from './fresh-tab-site.mjs';
import {
  MISSED_START_NOTES,
  READ_POPUP_SCRIPT,
  droppedOf,
  expectedRequests,
  fifteenRuns,
  problemsOf,
  readPanelScript,
} from './fresh-tab-checks';
import type { FreshVariant, PanelReading, PopupReading } from './fresh-tab-checks';
import { buildExtension, launchWithExtension, openExtensionPage, setStoredLang } from './harness';
import type { ChromeApi, ExtensionBrowser } from './harness';

declare const chrome: ChromeApi;

let extensionPath: string;
let site: FreshTabSite;
let browser: ExtensionBrowser;
/** Hostname numbers: every run, in every test, visits a site never seen before. */
let runs = 0;

beforeAll(async () => {
  extensionPath = await buildExtension();
  site = await startFreshTabSite();
  browser = await launchWithExtension({ extensionPath });
  await setStoredLang(browser, 'en');
  await captureListening(browser.context);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * Waits until the extension's service worker has registered its webRequest listeners: the worker
 * target appears a moment before its script has run.
 */
async function captureListening(context: BrowserContext, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const worker = context.serviceWorkers()[0];
    const ready = await worker
      ?.evaluate(() => chrome.webRequest.onSendHeaders.hasListeners())
      .catch(() => false);
    if (ready) return;
    if (Date.now() > deadline) throw new Error('The extension never started listening');
    await new Promise((r) => setTimeout(r, 50));
  }
}

function urlsOf(variant: FreshVariant, n: number) {
  const page = variant === 'login' ? site.loginUrl(n) : site.appUrl(n);
  return { page, expected: expectedRequests(variant, page, site.apiOrigin(n)) };
}

async function waitForLogin(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.fresh !== undefined, null, {
    timeout: 20_000,
  });
  const state = await page.evaluate(() => document.documentElement.dataset.fresh);
  if (state !== 'done') throw new Error(`${page.url()} ended in "${state}"`);
}

/**
 * Opens a new tab straight onto `url`: even runs as `chrome.tabs.create({ url })` does (no page
 * before it), odd runs as a blank new tab whose address is then typed.
 */
async function openFreshTab(context: BrowserContext, url: string, n: number) {
  let page: Page;
  if (n % 2 === 0) {
    const opened = context.waitForEvent('page', { predicate: (p) => p.url() === url });
    const worker = context.serviceWorkers()[0]!;
    await worker.evaluate((u) => chrome.tabs.create({ url: u }).then(() => undefined), url);
    page = await opened;
  } else {
    page = await context.newPage();
    await page.goto(url);
  }
  await waitForLogin(page);
  return { page, tabId: await tabIdIn(context, url) };
}

async function tabIdIn(context: BrowserContext, url: string): Promise<number> {
  const worker = context.serviceWorkers()[0]!;
  const id = await worker.evaluate(
    (u) => chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url === u)?.id ?? null),
    url,
  );
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/** Reads the Requests tab of the panel and the popup for `tabId`, as extension pages in tabs. */
async function readUi(context: BrowserContext, extensionId: string, tabId: number, want: number) {
  const panelPage = await openExtensionPage(context, extensionId, 'devtools-panel.html', tabId);
  const panel = (await panelPage.evaluate(readPanelScript(want))) as PanelReading;
  await panelPage.close();
  const popupPage = await openExtensionPage(context, extensionId, 'popup.html', tabId);
  const popup = (await popupPage.evaluate(READ_POPUP_SCRIPT)) as PopupReading;
  await popupPage.close();
  return { panel, popup };
}

/** One run: a fresh tab onto a never-visited site; returns what is wrong, in words. */
async function freshRun(variant: FreshVariant): Promise<string[]> {
  const n = (runs += 1);
  const { page: url, expected } = urlsOf(variant, n);
  const { page, tabId } = await openFreshTab(browser.context, url, n);
  const { panel, popup } = await readUi(
    browser.context,
    browser.extensionId,
    tabId,
    expected.length,
  );
  await page.close();
  return problemsOf(variant, expected, panel, popup).map((p) => `run ${n} (${url}): ${p}`);
}

describe('a new tab straight onto a page that logs in at once', () => {
  it('same-origin login: all 5 requests, none dropped, 1 refresh, in 15 runs of 15', async () => {
    const { lost, total } = await fifteenRuns(() => freshRun('login'));
    expect(lost, `${lost.length}/${total} runs lost requests`).toEqual([]);
  }, 240_000);

  it('memory-only SPA calling an API on another origin: every Bearer request, verdict token, 15 of 15', async () => {
    const { lost, total } = await fifteenRuns(() => freshRun('spa'));
    expect(lost, `${lost.length}/${total} runs lost requests`).toEqual([]);
  }, 240_000);
});

/**
 * Launches Chromium with the extension in a fresh profile and, without waiting for its service
 * worker, sends the first tab straight to `url`: what a user meets right after installing or
 * updating Tokki, or starting the browser onto a page.
 */
async function coldStart(url: string) {
  const profile = mkdtempSync(join(tmpdir(), 'tokki-fresh-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(extensionPath),
  });
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await waitForLogin(page);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await captureListening(context);
    await worker.evaluate(() => chrome.storage.local.set({ settings: { lang: 'en' } }));
    return { context, page, extensionId: new URL(worker.url()).host, close };
  } catch (error) {
    await close();
    throw error;
  }
}

describe('the first tab of a browser that is still starting Tokki', () => {
  it.each(['login', 'spa'] as const)(
    '%s: what was missed is said, never hidden, and a reload shows every request',
    async (variant) => {
      const silent: string[] = [];
      const misworded: string[] = [];
      let seenPartly = 0;
      for (let i = 0; i < 3; i += 1) {
        const n = (runs += 1);
        const { page: url, expected } = urlsOf(variant, n);
        const cold = await coldStart(url);
        try {
          const tabId = await tabIdIn(cold.context, url);
          const first = await readUi(cold.context, cold.extensionId, tabId, expected.length);
          const problems = problemsOf(variant, expected, first.panel, first.popup);
          const said = first.popup.notes.some((note) => MISSED_START_NOTES.includes(note));
          if (problems.length > 0 && !said) silent.push(`run ${n}: ${problems.join('; ')}`);
          // Requests seen only at their end are no ring-buffer drops: never in its wording.
          if (droppedOf(first.panel) !== '0') misworded.push(`run ${n}: "${first.panel.count}"`);
          const partly = first.popup.notes.includes('seen-partly');
          if (partly !== /seen only in part/.test(first.panel.count)) {
            misworded.push(`run ${n}: note ${partly}, panel "${first.panel.count}"`);
          }
          if (partly) seenPartly += 1;
          await cold.page.reload();
          await waitForLogin(cold.page);
          const again = await readUi(cold.context, cold.extensionId, tabId, expected.length);
          const missing = expected.filter((want) => !again.panel.rows.includes(want));
          expect(missing, `run ${n} after a reload (panel: ${again.panel.count})`).toEqual([]);
          expect(again.popup.notes.filter((note) => MISSED_START_NOTES.includes(note))).toEqual([]);
        } finally {
          await cold.close();
        }
      }
      expect(silent, `${silent.length}/3 cold starts lost requests without saying so`).toEqual([]);
      expect(misworded, 'requests seen in part shown as drops, or said in one place only').toEqual(
        [],
      );
      console.info(`${variant}: ${seenPartly}/3 cold starts saw requests only in part`);
    },
    240_000,
  );
});
