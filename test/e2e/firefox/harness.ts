/**
 * The Firefox end-to-end harness: build the firefox-mv2 add-on, launch Debian's firefox-esr with
 * puppeteer-core over WebDriver BiDi, install the build as a temporary add-on, and look inside it
 * over the remote debugging protocol (BiDi refuses `moz-extension://` pages).
 *
 * ```ts
 * const ff = await launchFirefoxWithAddon({ addonPath: await buildFirefoxAddon() });
 * const page = await ff.browser.newPage();
 * await page.goto(demo.urls.session.auto);
 * const tabId = await ff.tabIdOf(demo.urls.session.auto);
 * const popup = await ff.openExtensionPage('popup.html', tabId);
 * const verdict = await ff.evaluate(popup, `document.querySelector('[data-testid="verdict"]')?.dataset.verdict`);
 * await ff.close();
 * ```
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import type { Snapshot } from '../../../lib/engine/model/snapshot';
import { AddonInspector } from './addon-inspector';
import type { AddonFrame } from './addon-inspector';
import { parentProcess, showExtensionPanelScript } from './devtools-toolbox';
import { RdpClient } from './rdp-client';

export type { AddonFrame } from './addon-inspector';

/** Debian's Firefox ESR; we never download a browser. */
const FIREFOX_PATH = process.env.TOKKI_FIREFOX ?? '/usr/bin/firefox-esr';

/** The repository root (the harness lives in test/e2e/firefox). */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

/** Where the firefox-mv2 build lands: `$TOKKI_OUT_DIR/firefox-mv2`, else `.output/firefox-mv2`. */
function firefoxAddonPath(outDir = process.env.TOKKI_OUT_DIR ?? '.output'): string {
  return resolve(REPO_ROOT, outDir, 'firefox-mv2');
}

/**
 * Builds the Firefox add-on (`wxt build -b firefox`) unless `TOKKI_SKIP_BUILD=1` and a build exists,
 * and returns its absolute path.
 */
export function buildFirefoxAddon(): string {
  const path = firefoxAddonPath();
  const manifest = join(path, 'manifest.json');
  if (!(process.env.TOKKI_SKIP_BUILD === '1' && existsSync(manifest))) {
    execFileSync(join(REPO_ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  if (!existsSync(manifest)) throw new Error(`No Firefox build at ${path}`);
  return path;
}

/** A running Firefox with the add-on installed; see {@link launchFirefoxWithAddon}. */
export interface FirefoxWithAddon {
  browser: Browser;
  inspector: AddonInspector;
  /** The add-on's background page (MV2 event page): `browser.*` is all there. */
  background: AddonFrame;
  /** `moz-extension://<uuid>` of this run (the UUID is random per profile). */
  origin: string;
  /** Evaluates source text in an add-on page and returns its JSON value. */
  evaluate<T>(frame: AddonFrame, expression: string, timeout?: number): Promise<T>;
  /**
   * Opens a demo page in a new tab (in front) and, unless told not to, waits for its script to
   * log in; throws when the demo page reports anything but done.
   */
  visitDemo(url: string, waitForLogin?: boolean): Promise<Page>;
  /** Id of the newest tab showing `url` (exact, else prefix), asked from the background. */
  tabIdOf(url: string, timeout?: number): Promise<number>;
  /** Opens `<page>?tabId=N` with `browser.tabs.create` from the background and returns its frame. */
  openExtensionPage(
    page: 'popup.html' | 'devtools-panel.html' | 'sidepanel.html',
    tabId: number,
  ): Promise<AddonFrame>;
  /**
   * Opens the real toolbar popup over the active tab, as a click on the button does
   * (`browserAction.openPopup()`), and returns its frame. It has no `?tabId`: it inspects the
   * active tab.
   */
  openToolbarPopup(): Promise<AddonFrame>;
  /**
   * Opens the real DevTools toolbox on the tab in front and shows the extension's panel (title
   * `title`), as F12 and a click on the panel's tab do; returns the panel page (no `?tabId`:
   * `devtools.inspectedWindow` names the tab).
   */
  openDevToolsPanel(title?: string): Promise<AddonFrame>;
  /**
   * Makes web content, add-on pages included, match `(prefers-color-scheme: <scheme>)`, as the
   * user's choice in Settings → Website appearance does; pages already open follow at once.
   */
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /**
   * Evaluates source text in the browser's parent process (browser.xhtml: `Services`,
   * `ChromeUtils`, `gBrowser` of its window), where Firefox's own accessibility and input services
   * are; returns its JSON value.
   */
  evaluateInParent<T>(expression: string, timeout?: number): Promise<T>;
  /** Closes every tab showing one of the add-on's pages (popups and panels opened in tabs). */
  closeAddonTabs(): Promise<void>;
  /** Saves the popup's and panel's language as the language switch does (storage.local). */
  setStoredLang(lang: 'ko' | 'en' | 'both'): Promise<void>;
  /** Closes Firefox and the debugger socket; safe to call twice. */
  close(): Promise<void>;
}

/** A free TCP port on loopback for the debugger server. */
async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Launches headless firefox-esr (fresh profile), installs the add-on at `addonPath` as a temporary
 * add-on and attaches the debugger to it. Always `close()` it (in `afterAll`/`finally`).
 */
export async function launchFirefoxWithAddon(options: {
  addonPath: string;
  timeout?: number;
}): Promise<FirefoxWithAddon> {
  const { addonPath, timeout = 45_000 } = options;
  const manifest = JSON.parse(readFileSync(join(addonPath, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error('The Firefox manifest has no gecko id');
  const port = await freePort();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Firefox starts slowly on a loaded 2-core machine; puppeteer's own default is 30 s.
    timeout: 90_000,
    protocolTimeout: 90_000,
    args: [`--start-debugger-server=${port}`],
    extraPrefsFirefox: {
      'devtools.debugger.remote-enabled': true,
      'devtools.chrome.enabled': true,
      'devtools.debugger.prompt-connection': false,
      // Firefox opens a popup from code only after a click, unless this is set.
      'extensions.openPopupWithoutUserGesture.enabled': true,
    },
  });
  let client: RdpClient | undefined;
  const close = async () => {
    client?.close();
    await browser.close().catch(() => undefined);
    // Puppeteer's BiDi socket can outlive close(): drop it so the node process can exit.
    browser.disconnect().catch(() => undefined);
    const proc = browser.process();
    if (proc && proc.exitCode === null) proc.kill('SIGKILL');
  };
  try {
    await browser.installExtension(addonPath);
    client = await RdpClient.connect(port, timeout);
    const rdp = client;
    const inspector = await AddonInspector.attach(client, addonId, timeout);
    const background = await inspector.waitForPage(
      (f) => f.url.startsWith('moz-extension://') && f.url.includes('background'),
      timeout,
    );
    // Node's URL gives "null" as the origin of non-special schemes such as moz-extension:.
    const origin = /^moz-extension:\/\/[^/]+/.exec(background.url)?.[0] ?? '';
    const evaluate = <T>(frame: AddonFrame, expression: string, t?: number) =>
      inspector.evaluate<T>(frame, expression, t);

    const tabIdOf = async (url: string, t = 10_000): Promise<number> => {
      const deadline = Date.now() + t;
      for (;;) {
        const id = await evaluate<number | null>(
          background,
          `(async (wanted) => {
            // Newest first: an older tab may still show the same URL.
            const tabs = (await browser.tabs.query({})).sort((a, b) => b.id - a.id);
            const tab = tabs.find((t) => t.url === wanted) ?? tabs.find((t) => t.url?.startsWith(wanted));
            return tab?.id ?? null;
          })(${JSON.stringify(url)})`,
        );
        if (id !== null) return id;
        if (Date.now() > deadline) throw new Error(`No tab shows ${url}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };

    const openExtensionPage = async (page: string, tabId: number): Promise<AddonFrame> => {
      const path = `/${page}?tabId=${tabId}`;
      const known = new Set(inspector.pages().map((f) => f.actor));
      await evaluate(
        background,
        `browser.tabs.create({ url: ${JSON.stringify(path)} }).then((t) => t.id)`,
      );
      // A page opened earlier at the same URL is another tab: wait for the new target.
      return inspector.waitForPage(
        (f) => f.url === `${origin}${path}` && !known.has(f.actor),
        timeout,
      );
    };

    const visitDemo = async (url: string, waitForLogin = true): Promise<Page> => {
      const page = await browser.newPage();
      await page.goto(url);
      if (waitForLogin) {
        await page.waitForFunction(() => document.documentElement.dataset.tokkiDemo !== undefined, {
          polling: 100,
          timeout: 20_000,
        });
        const state = await page.evaluate(() => document.documentElement.dataset.tokkiDemo);
        if (state !== 'done') throw new Error(`Demo page ${url} ended in "${state}"`);
      }
      return page;
    };

    const openToolbarPopup = async (): Promise<AddonFrame> => {
      const known = new Set(inspector.pages().map((f) => f.actor));
      const failure = await evaluate<string>(
        background,
        `browser.browserAction.openPopup().then(() => '', (e) => String(e))`,
      );
      if (failure) throw new Error(`browserAction.openPopup() failed: ${failure}`);
      return inspector.waitForPage(
        (f) => f.url === `${origin}/popup.html` && !known.has(f.actor),
        timeout,
      );
    };

    const openDevToolsPanel = async (title = 'Tokki'): Promise<AddonFrame> => {
      const known = new Set(inspector.pages().map((f) => f.actor));
      const parent = await parentProcess(rdp);
      const tool = await evaluate<string | null>(
        parent,
        showExtensionPanelScript(title, timeout),
        timeout + 5000,
      );
      if (!tool) throw new Error(`Firefox DevTools never showed a panel titled ${title}`);
      return inspector.waitForPage(
        (f) => f.url === `${origin}/devtools-panel.html` && !known.has(f.actor),
        timeout,
      );
    };

    const evaluateInParent = async <T>(expression: string, t?: number): Promise<T> =>
      evaluate<T>(await parentProcess(rdp), expression, t);

    const setColorScheme = async (scheme: 'light' | 'dark'): Promise<void> => {
      // 0 dark, 1 light (2 and 3 follow the browser or system theme).
      const value = scheme === 'dark' ? 0 : 1;
      await evaluateInParent(
        `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${value})`,
      );
    };

    const closeAddonTabs = async (): Promise<void> => {
      await evaluate(
        background,
        `browser.tabs.query({}).then((tabs) => browser.tabs.remove(
          tabs.filter((t) => t.url?.startsWith(${JSON.stringify(origin)})).map((t) => t.id)))`,
      );
    };

    const setStoredLang = async (lang: 'ko' | 'en' | 'both'): Promise<void> => {
      await evaluate(
        background,
        `browser.storage.local.set({ settings: { lang: ${JSON.stringify(lang)} } })`,
      );
    };

    return {
      browser,
      inspector,
      background,
      origin,
      evaluate,
      visitDemo,
      tabIdOf,
      openExtensionPage,
      openToolbarPopup,
      openDevToolsPanel,
      setColorScheme,
      evaluateInParent,
      closeAddonTabs,
      setStoredLang,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * The snapshot of `tabId`, exactly as the UI receives it: a typed `getSnapshot` message (the
 * @webext-core/messaging wire format) sent from an add-on page, `from`.
 */
export async function getSnapshotFrom(
  ff: FirefoxWithAddon,
  from: AddonFrame,
  tabId: number,
): Promise<Snapshot> {
  const reply = await ff.evaluate<{ res?: Snapshot; err?: { message?: string } } | null>(
    from,
    `browser.runtime.sendMessage({ id: 1, type: 'getSnapshot', data: { tabId: ${tabId} }, timestamp: Date.now() })`,
  );
  if (!reply?.res) throw new Error(`getSnapshot failed: ${JSON.stringify(reply?.err)}`);
  return reply.res;
}
