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
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import puppeteer, { Connection } from 'puppeteer-core';
import { NodeWebSocketTransport } from 'puppeteer-core/internal/node/NodeWebSocketTransport.js';
import type { Browser as PuppeteerBrowser, Frame, Page as PuppeteerPage } from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs } from '../../demo/chromium.mjs';
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
export type { DemoServer } from '../../demo/site.mjs';
export { CHROMIUM_PATH };

/** The repository root (the harness lives in test/e2e). */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** Where the chrome-mv3 build lands: `$TOKKI_OUT_DIR/chrome-mv3`, else `.output/chrome-mv3`. */
function extensionPathFor(outDir = process.env.TOKKI_OUT_DIR ?? '.output'): string {
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
export type ExtensionBrowser = LaunchedChromium & {
  /** Records the extension's own network requests; `close()` fails when there were any. */
  egress: EgressRecorder;
  /** {@link openExtensionPage} in this browser (as the Firefox harness's method of that name). */
  openExtensionPage(page: ExtensionPageName, tabId: number): Promise<Page>;
};

/**
 * Launches Chromium (playwright-core, headless by default) in a fresh temporary profile with the
 * extension loaded, and waits for its service worker.
 * `serviceWorker.evaluate(() => chrome.…)` runs code in the extension's background.
 *
 * security: the extension's targets are recorded from the first moment (see {@link EgressRecorder});
 * `close()` throws, failing the test file, if the extension sent anything over the network.
 */
export async function launchWithExtension(options: {
  extensionPath: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
}): Promise<ExtensionBrowser> {
  const { extensionPath, headless = true, viewport } = options;
  const profile = mkdtempSync(join(tmpdir(), 'tokki-profile-'));
  const removeProfile = () => rmSync(profile, { recursive: true, force: true });
  // A second DevTools client (the recorder) needs a port; 0 lets Chromium pick a free one.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    args: [...chromiumArgs(extensionPath), '--remote-debugging-port=0'],
    ...(viewport ? { viewport } : {}),
  });
  let egress: EgressRecorder | undefined;
  try {
    egress = await recordEgressOverWebSocket(await devToolsEndpoint(profile));
    const serviceWorker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    const recorder = egress;
    const close = async () => {
      await context.close().catch(() => undefined);
      recorder.stop();
      removeProfile();
      recorder.assertNoEgress();
    };
    return {
      context,
      serviceWorker,
      extensionId,
      profile,
      close,
      egress: recorder,
      openExtensionPage: (page, tabId) => openExtensionPage(context, extensionId, page, tabId),
    };
  } catch (error) {
    egress?.stop();
    await context.close().catch(() => undefined);
    removeProfile();
    throw error;
  }
}

/** Chromium writes the port and path of its DevTools endpoint into the profile once it listens. */
async function devToolsEndpoint(profile: string, timeout = 10_000): Promise<string> {
  const file = join(profile, 'DevToolsActivePort');
  const deadline = Date.now() + timeout;
  for (;;) {
    const [port, path] = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
    if (port && path) return `ws://127.0.0.1:${port}${path}`;
    if (Date.now() > deadline) throw new Error('Chromium did not open its DevTools port');
    await new Promise((r) => setTimeout(r, 50));
  }
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

let demoTabsOpened = 0;

/**
 * Opens a demo page in a new tab with a unique `tag=N` query (so its tab id can be found among
 * the others) and, unless told not to, waits for its login to finish.
 */
export async function openDemoTab(
  browser: Pick<ExtensionBrowser, 'context' | 'serviceWorker'>,
  url: string,
  { tag = 'e2e', waitForLogin = true }: { tag?: string; waitForLogin?: boolean } = {},
): Promise<{ page: Page; tabId: number; url: string }> {
  const unique = `${url}${url.includes('?') ? '&' : '?'}${tag}=${(demoTabsOpened += 1)}`;
  const page = await browser.context.newPage();
  await page.goto(unique);
  if (waitForLogin) await waitForDemoDone(page);
  return { page, tabId: await tabIdOf(browser.serviceWorker, unique), url: unique };
}

/** Saves the popup's and panel's language as the language switch does (storage.local). */
export async function setStoredLang(
  browser: Pick<ExtensionBrowser, 'serviceWorker'>,
  lang: 'ko' | 'en' | 'both',
): Promise<void> {
  await browser.serviceWorker.evaluate(
    async (l) => chrome.storage.local.set({ settings: { lang: l } }),
    lang,
  );
}

/**
 * Shows each tab the panel page offers, one after another, as a click on it does, and calls
 * `visit` once each is selected. Returns the tabs, as read from the page.
 */
export async function forEachPanelTab(
  panel: Page,
  visit: (tab: string) => Promise<void>,
): Promise<string[]> {
  const tabs = await panel
    .locator('[role="tab"][data-tab]')
    .evaluateAll((all) => all.map((t) => t.getAttribute('data-tab')!));
  for (const tab of tabs) {
    await panel.locator(`[data-tab="${tab}"]`).click();
    await panel.waitForSelector(`[role="tab"][aria-selected="true"][data-tab="${tab}"]`);
    await visit(tab);
  }
  return tabs;
}

/** Chrome's per-extension "Site access" setting, as the user picks it in the extension's details. */
export type SiteAccess = 'ON_CLICK' | 'ON_ALL_SITES';

/**
 * Switches the extension's site access through chrome://extensions' own API (what the user does
 * in the extension's details). `close()` restores access on all sites and closes that page.
 */
export async function siteAccessControl(
  browser: Pick<ExtensionBrowser, 'context' | 'extensionId'>,
): Promise<{ set(access: SiteAccess): Promise<void>; close(): Promise<void> }> {
  const settings = await browser.context.newPage();
  await settings.goto('chrome://extensions/');
  const set = (hostAccess: SiteAccess) =>
    settings.evaluate(
      ([id, access]) =>
        (
          globalThis as unknown as {
            chrome: {
              developerPrivate: { updateExtensionConfiguration(c: object): Promise<void> };
            };
          }
        ).chrome.developerPrivate.updateExtensionConfiguration({
          extensionId: id,
          hostAccess: access,
        }),
      [browser.extensionId, hostAccess] as const,
    );
  return {
    set,
    close: async () => {
      await set('ON_ALL_SITES');
      await settings.close();
    },
  };
}

/** The extension pages that accept `?tabId=N` for the tab they inspect. */
export type ExtensionPageName = 'popup.html' | 'devtools-panel.html';

/** The viewport each extension page is meant for (popup ≈ 420×600, panel ≈ 1200×800). */
const PAGE_VIEWPORTS: Record<ExtensionPageName, { width: number; height: number }> = {
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

/** The real toolbar popup opened by {@link openToolbarPopup}. */
export interface ToolbarPopup {
  /** The popup's page: a puppeteer page, since Playwright lists only pages that live in tabs. */
  popup: PuppeteerPage;
  /** Closes the popup and lets go of it; the browser keeps running. */
  close(): Promise<void>;
}

/**
 * Opens the extension's real toolbar popup over the active tab, as a click on its button does
 * (`chrome.action.openPopup()`), and waits for the popup to render. The popup has no `?tabId`:
 * it inspects whichever tab is active, as it does for a user.
 */
export async function openToolbarPopup(
  browser: Pick<ExtensionBrowser, 'serviceWorker' | 'profile' | 'extensionId'>,
): Promise<ToolbarPopup> {
  const connection = await puppeteer.connect({
    browserWSEndpoint: await devToolsEndpoint(browser.profile),
    defaultViewport: null,
  });
  try {
    const url = `chrome-extension://${browser.extensionId}/popup.html`;
    const opened = connection.waitForTarget((t) => t.url() === url, { timeout: 15_000 });
    // Awaited below, unless opening fails first: then its rejection must not go unhandled.
    opened.catch(() => undefined);
    const failure = await browser.serviceWorker.evaluate(() =>
      chrome.action.openPopup().then(
        () => '',
        (e: unknown) => String(e),
      ),
    );
    if (failure) throw new Error(`chrome.action.openPopup() failed: ${failure}`);
    const popup = await (await opened).asPage();
    await popup.waitForSelector('[data-testid="popup"]', { timeout: 15_000 });
    return {
      popup,
      close: async () => {
        await popup.close().catch(() => undefined);
        await connection.disconnect();
      },
    };
  } catch (error) {
    await connection.disconnect();
    throw error;
  }
}

/** The verdict a Tokki page shows (`data-verdict`), waiting up to 15 s for it to appear. */
export function verdictOf(page: Page): Promise<string | null> {
  return page.locator('[data-testid="verdict"]').getAttribute('data-verdict', { timeout: 15_000 });
}

/**
 * Waits for all of the popup: its verdict renders first and the rest (counts, tokens, findings)
 * in a second render a moment later, so a check of "everything" must wait for that one too.
 */
export async function waitForWholePopup(popup: Page): Promise<void> {
  await verdictOf(popup);
  await popup.waitForSelector('[data-testid="counts"]', { timeout: 15_000 });
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
  /** Records the extension's own network requests; `close()` fails when there were any. */
  egress: EgressRecorder;
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
    const egress = await recordEgressInPuppeteer(browser);
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
      egress,
      close: async () => {
        await browser.close().catch(() => undefined);
        egress.stop();
        egress.assertNoEgress();
      },
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

/* ------------------------------------------------------------------------------------------------
 * Zero egress: every Chromium the harness launches records, through CDP, the network requests of
 * the extension's own targets (service worker, popup, panel, devtools pages) and fails on close if
 * any of them reached for a URL outside the extension.
 * --------------------------------------------------------------------------------------------- */

/** One request an extension target made to a URL outside the extension. */
interface EgressEvent {
  kind: 'request' | 'websocket';
  url: string;
  /** CDP target type: `service_worker`, `page`, `iframe`, `worker`, … */
  targetType: string;
  /** The target's URL when the request was sent. */
  targetUrl: string;
  /** For page requests: the document the request was made for. */
  documentUrl?: string;
  /** CDP session and request id, to match the request's later failure. */
  requestId?: string;
}

/** URLs an extension may load without anything leaving the machine. */
function isExtensionLocalUrl(url: string): boolean {
  return /^(chrome-extension|data|blob):/i.test(url);
}

const isExtensionUrl = (url: string | undefined) => !!url && url.startsWith('chrome-extension://');

/** The part of a CDP connection or session the recorder needs (both puppeteer types fit). */
interface CdpChannel {
  send(method: string, params?: object): Promise<unknown>;
  on(event: string, handler: (payload: never) => void): unknown;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface AttachedEvent {
  sessionId: string;
  targetInfo: TargetInfo;
  waitingForDebugger: boolean;
}

/**
 * Records, through CDP, every network request of the extension's targets. It auto-attaches to
 * every target (browser-wide, then recursively inside pages for out-of-process frames and
 * workers) with `waitForDebuggerOnStart`, so a worker's very first fetch is seen, and enables
 * `Network` on each before letting it run. Web pages are attached too (a tab can become an
 * extension page later), but only requests made for an extension document, or by an extension
 * worker, count.
 */
class EgressRecorder {
  /** Requests of extension targets to non-extension URLs. Empty is the only good answer. */
  readonly egress: EgressEvent[] = [];
  /** Ids of the extension targets seen, so a test can tell the recorder watched something. */
  readonly extensionTargets = new Set<string>();
  /** Every request URL an extension target made, local ones included (proof of coverage). */
  readonly extensionRequests: string[] = [];
  /** Requests Chrome itself refused before sending (CSP, …): seen, but nothing left. */
  readonly blocked: EgressEvent[] = [];
  /**
   * Uncaught exceptions and console errors of the extension's service worker, seen through the
   * same CDP sessions (Runtime.exceptionThrown, console.error), for tests that expect none.
   */
  readonly workerErrors: string[] = [];
  private readonly urls = new Map<string, string>();
  private closeChannel: () => void = () => undefined;

  private constructor(private readonly sessionOf: (id: string) => CdpChannel | null) {}

  /**
   * Starts recording on a browser-level channel: a puppeteer `Connection` to the browser, or a
   * browser target session. `sessionOf` resolves flattened child session ids.
   */
  static async start(
    root: CdpChannel,
    sessionOf: (id: string) => CdpChannel | null,
    close?: () => void,
  ): Promise<EgressRecorder> {
    const recorder = new EgressRecorder(sessionOf);
    if (close) recorder.closeChannel = close;
    const remember = ({ targetInfo }: { targetInfo: TargetInfo }) => {
      recorder.urls.set(targetInfo.targetId, targetInfo.url);
      if (isExtensionUrl(targetInfo.url)) recorder.extensionTargets.add(targetInfo.targetId);
    };
    root.on('Target.targetCreated', remember);
    root.on('Target.targetInfoChanged', remember);
    root.on('Target.attachedToTarget', (event: AttachedEvent) => void recorder.instrument(event));
    await root.send('Target.setDiscoverTargets', { discover: true });
    await root.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: true,
      flatten: true,
    });
    return recorder;
  }

  /** Throws when any extension target made a request outside the extension. */
  assertNoEgress(): void {
    if (this.egress.length === 0) return;
    const lines = this.egress.map(
      (e) => `  ${e.kind} ${e.url} from ${e.targetType} ${e.documentUrl ?? e.targetUrl}`,
    );
    throw new Error(`security: the extension made network requests:\n${lines.join('\n')}`);
  }

  /**
   * Returns what was recorded so far and forgets it; for tests that make the extension reach out
   * on purpose, to prove the recorder sees it.
   */
  take(): EgressEvent[] {
    return this.egress.splice(0);
  }

  /** Stops listening (the browser may already be gone). */
  stop(): void {
    this.closeChannel();
  }

  private async instrument({ sessionId, targetInfo, waitingForDebugger }: AttachedEvent) {
    const session = this.sessionOf(sessionId);
    if (!session) return;
    this.urls.set(targetInfo.targetId, targetInfo.url);
    if (isExtensionUrl(targetInfo.url)) this.extensionTargets.add(targetInfo.targetId);
    const currentUrl = () => this.urls.get(targetInfo.targetId) ?? targetInfo.url;
    const isWorker = targetInfo.type.endsWith('worker');
    const note = (
      kind: EgressEvent['kind'],
      url: string,
      documentUrl?: string,
      requestId?: string,
    ) => {
      // A page target counts by the document the request is for (a tab that showed the popup
      // may navigate to a web page later); a worker by its own script URL.
      const fromExtension = isWorker ? isExtensionUrl(currentUrl()) : isExtensionUrl(documentUrl);
      if (!fromExtension) return;
      this.extensionRequests.push(url);
      if (isExtensionLocalUrl(url)) return;
      this.egress.push({
        kind,
        url,
        targetType: targetInfo.type,
        targetUrl: currentUrl(),
        ...(documentUrl ? { documentUrl } : {}),
        ...(requestId ? { requestId } : {}),
      });
    };
    // Chrome reports requests it blocked itself (CSP, mixed content) as sent, then failed with a
    // blockedReason: nothing left the machine, so they are not egress.
    session.on('Network.loadingFailed', (event: { requestId: string; blockedReason?: string }) => {
      if (!event.blockedReason) return;
      const id = `${sessionId}:${event.requestId}`;
      const at = this.egress.findIndex((e) => e.requestId === id);
      if (at >= 0) this.blocked.push(...this.egress.splice(at, 1));
    });
    session.on(
      'Network.requestWillBeSent',
      (event: { requestId: string; request: { url: string }; documentURL?: string }) =>
        note(
          'request',
          event.request.url,
          event.documentURL ?? (isWorker ? undefined : currentUrl()),
          `${sessionId}:${event.requestId}`,
        ),
    );
    // WebSockets carry no documentURL: the target's own URL decides.
    session.on('Network.webSocketCreated', (event: { url: string }) =>
      note('websocket', event.url, currentUrl()),
    );
    session.on('Target.attachedToTarget', (event: AttachedEvent) => void this.instrument(event));
    if (isWorker) {
      const fromExtension = () => isExtensionUrl(currentUrl());
      session.on(
        'Runtime.exceptionThrown',
        (event: { exceptionDetails: { text?: string; exception?: { description?: string } } }) => {
          if (!fromExtension()) return;
          const { text, exception } = event.exceptionDetails;
          this.workerErrors.push(`${text ?? ''} ${exception?.description ?? ''}`.trim());
        },
      );
      session.on(
        'Runtime.consoleAPICalled',
        (event: { type: string; args: { value?: unknown; description?: string }[] }) => {
          if (!fromExtension() || event.type !== 'error') return;
          this.workerErrors.push(event.args.map((a) => a.description ?? String(a.value)).join(' '));
        },
      );
    }
    await Promise.all([
      isWorker ? session.send('Runtime.enable').catch(() => undefined) : undefined,
      session.send('Network.enable').catch(() => undefined),
      // Out-of-process frames (the DevTools panel) and dedicated workers are children of a page.
      isWorker
        ? undefined
        : session
            .send('Target.setAutoAttach', {
              autoAttach: true,
              waitForDebuggerOnStart: true,
              flatten: true,
            })
            .catch(() => undefined),
    ]);
    if (waitingForDebugger)
      await session.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
  }
}

/** Starts an {@link EgressRecorder} over a WebSocket to Chromium's DevTools endpoint. */
async function recordEgressOverWebSocket(endpoint: string): Promise<EgressRecorder> {
  const transport = await NodeWebSocketTransport.create(endpoint);
  const connection = new Connection(endpoint, transport);
  return EgressRecorder.start(
    connection as unknown as CdpChannel,
    (id) => connection.session(id) as unknown as CdpChannel | null,
    () => connection.dispose(),
  );
}

/** Starts an {@link EgressRecorder} on a browser puppeteer launched. */
async function recordEgressInPuppeteer(browser: PuppeteerBrowser): Promise<EgressRecorder> {
  const root = await browser.target().createCDPSession();
  const connection = root.connection();
  return EgressRecorder.start(
    root as unknown as CdpChannel,
    (id) => (connection?.session(id) as unknown as CdpChannel | null) ?? null,
    () => void root.detach().catch(() => undefined),
  );
}
