/**
 * The shared end-to-end harness: build the extension once, launch real Chromium with it, start the
 * demo site, find tab ids, open extension pages and the real DevTools panel.
 *
 * Typical use:
 * ```ts
 * const extensionPath = await buildExtension();
 * const demo = await startDemo();
 * const browser = await launchWithExtension({ extensionPath });
 * const page = await browser.context.newPage();
 * await page.goto(demo.urls.session.auto);
 * await waitForDemoDone(page);
 * const tabId = await tabIdOf(browser.serviceWorker, demo.urls.session.auto);
 * const popup = await openExtensionPage(browser.context, browser.extensionId, 'popup.html', tabId);
 * ```
 * Always `close()` what you launch (in `afterAll`/`finally`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import type { Browser as PuppeteerBrowser, Frame, Page as PuppeteerPage } from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs, launchChromiumWithExtension } from '../../demo/chromium.mjs';
import type { LaunchedChromium } from '../../demo/chromium.mjs';
import type { Browser } from 'wxt/browser';

/**
 * Code passed to `serviceWorker.evaluate` runs inside the extension, where `chrome` exists;
 * this gives it types. Other e2e files can do the same: `declare const chrome: ChromeApi`.
 */
declare const chrome: ChromeApi;
/** The type of the extension API (`chrome` / `browser`) for code run inside the extension. */
export type ChromeApi = typeof Browser;

export { startDemo } from '../../demo/site.mjs';
export type { DemoServer, DemoStats } from '../../demo/site.mjs';
export { demoUrls } from '../../demo/urls.mjs';
export type { DemoUrls } from '../../demo/urls.mjs';
export { CHROMIUM_PATH };

/** The repository root (the harness lives in test/e2e). */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** Where the chrome-mv3 build lands: `$TOKKI_OUT_DIR/chrome-mv3`, else `.output/chrome-mv3`. */
export function extensionPathFor(outDir = process.env.TOKKI_OUT_DIR ?? '.output'): string {
  return resolve(REPO_ROOT, outDir, 'chrome-mv3');
}

let built: string | undefined;

/**
 * Builds the chrome-mv3 extension once per process and returns its absolute path.
 * Skips the build when `TOKKI_SKIP_BUILD=1` and the folder exists (the `test:e2e` script builds
 * first and sets it, so test files do not rebuild one after another).
 */
export async function buildExtension(): Promise<string> {
  const path = extensionPathFor();
  if (built === path) return path;
  const manifest = join(path, 'manifest.json');
  if (!(process.env.TOKKI_SKIP_BUILD === '1' && existsSync(manifest))) {
    execFileSync(join(REPO_ROOT, 'node_modules/.bin/wxt'), ['build'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  if (!existsSync(manifest)) throw new Error(`No extension build at ${path}`);
  built = path;
  return path;
}

/** A Chromium with the extension loaded; see {@link launchWithExtension}. */
export type ExtensionBrowser = LaunchedChromium;

/**
 * Launches Chromium (playwright-core, headless by default) in a fresh temporary profile with the
 * extension loaded, and waits for its service worker.
 * `serviceWorker.evaluate(() => chrome.…)` runs code in the extension's background.
 */
export async function launchWithExtension(options: {
  extensionPath: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
}): Promise<ExtensionBrowser> {
  return launchChromiumWithExtension(options);
}

/** Waits until a demo page's script has finished (`<html data-tokki-demo="done">`). */
export async function waitForDemoDone(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.tokkiDemo !== undefined, null, {
    timeout,
  });
  const state = await page.evaluate(() => document.documentElement.dataset.tokkiDemo);
  if (state !== 'done') {
    const result = await page.textContent('#result').catch(() => null);
    throw new Error(`Demo page ${page.url()} ended in "${state}": ${result ?? ''}`);
  }
}

/**
 * The id of the tab showing `url` (exact match, or the first tab whose URL starts with it),
 * asked from the extension's background with `chrome.tabs.query`. Polls briefly because a tab's
 * URL is set a moment after navigation starts.
 */
export async function tabIdOf(
  serviceWorker: Worker,
  url: string,
  timeout = 10_000,
): Promise<number> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const id = await serviceWorker.evaluate(async (wanted: string) => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url === wanted) ?? tabs.find((t) => t.url?.startsWith(wanted));
      return tab?.id ?? null;
    }, url);
    if (id !== null) return id;
    if (Date.now() > deadline) throw new Error(`No tab shows ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The extension pages that accept `?tabId=N` for the tab they inspect. */
export type ExtensionPageName = 'popup.html' | 'devtools-panel.html';

/** The viewport each extension page is meant for (popup ≈ 420×600, panel ≈ 1200×800). */
export const PAGE_VIEWPORTS: Record<ExtensionPageName, { width: number; height: number }> = {
  'popup.html': { width: 420, height: 600 },
  'devtools-panel.html': { width: 1200, height: 800 },
};

/**
 * Opens `chrome-extension://<id>/<page>?tabId=N` in a new tab (at that page's usual viewport)
 * and waits for it to load. Note: there `chrome.devtools` is undefined; the page reads the tab
 * to inspect from `?tabId=`.
 */
export async function openExtensionPage(
  context: BrowserContext,
  extensionId: string,
  page: ExtensionPageName,
  tabId: number,
): Promise<Page> {
  const tab = await context.newPage();
  await tab.setViewportSize(PAGE_VIEWPORTS[page]);
  await tab.goto(`chrome-extension://${extensionId}/${page}?tabId=${tabId}`);
  return tab;
}

/** The real DevTools panel opened by {@link openRealDevToolsPanel}. */
export interface RealDevToolsPanel {
  browser: PuppeteerBrowser;
  /** The inspected page (already at `url`). */
  page: PuppeteerPage;
  /** The DevTools front-end page itself. */
  devtools: PuppeteerPage;
  /** The extension's panel frame (devtools-panel.html): `chrome.devtools.*` is real here. */
  panel: Frame;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Launches Chromium with puppeteer-core, opens `url`, opens DevTools on it and shows the
 * extension's panel (title "Tokki"), returning the panel's frame once it has loaded.
 * In that frame use `waitForFunction(fn, { polling: 100 })`: the default rAF polling hangs there.
 */
export async function openRealDevToolsPanel(options: {
  extensionPath: string;
  url: string;
  panelTitle?: string;
  timeout?: number;
}): Promise<RealDevToolsPanel> {
  const { extensionPath, url, panelTitle = 'Tokki', timeout = 45_000 } = options;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    enableExtensions: [extensionPath],
    // The extension is loaded by enableExtensions; keep only the quiet/offline flags.
    args: chromiumArgs(extensionPath).filter((a) => !a.includes('extension')),
  });
  try {
    const extensionId = await waitForExtensionId(browser, extensionPath, timeout);
    const page = await browser.newPage();
    await page.goto(url);
    const devtools = await page.openDevTools();
    // DevTools names an extension panel by its origin followed by its title.
    const panelId = `chrome-extension://${extensionId}${panelTitle}`;
    await showDevToolsPanel(devtools, panelId, timeout);
    const panel = await waitForFrame(devtools, 'devtools-panel.html', timeout);
    return {
      browser,
      page,
      devtools,
      panel,
      extensionId,
      close: () => browser.close().catch(() => undefined),
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Source text, not a function: vitest rewrites `import()` inside test code into its own loader,
 * which does not exist in the DevTools page. The front end's modules import relative to it.
 */
function showPanelScript(panelId: string): string {
  return `(async (id) => {
    const legacy = await import('./ui/legacy/legacy.js');
    const inspector = legacy.InspectorView.InspectorView.instance();
    if (!inspector.tabbedPane.tabIds().includes(id)) return false;
    await inspector.showPanel(id);
    return true;
  })(${JSON.stringify(panelId)})`;
}

/**
 * Polls the DevTools front end until the extension's panel is registered, then shows it.
 * Polled with evaluate (not waitForFunction): the front end's modules import relative to the
 * page, and the first calls throw until DevTools has finished starting.
 */
async function showDevToolsPanel(
  devtools: PuppeteerPage,
  panelId: string,
  timeout: number,
): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const shown = await devtools.evaluate(showPanelScript(panelId)).catch(() => false);
    if (shown) return;
    if (Date.now() > deadline) throw new Error(`DevTools never registered the panel ${panelId}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function waitForExtensionId(
  browser: PuppeteerBrowser,
  extensionPath: string,
  timeout: number,
): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const extensions = await browser.extensions();
    for (const [id, extension] of extensions) {
      if (resolve(extension.path) === resolve(extensionPath) || extensions.size === 1) return id;
    }
    if (Date.now() > deadline) throw new Error('The extension did not load in DevTools Chromium');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function waitForFrame(page: PuppeteerPage, urlPart: string, timeout: number): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes(urlPart));
    if (frame) {
      await frame.waitForFunction(() => document.readyState === 'complete', {
        polling: 100,
        timeout: Math.max(1000, deadline - Date.now()),
      });
      return frame;
    }
    if (Date.now() > deadline) throw new Error(`No DevTools frame with ${urlPart}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
