/**
 * HAR import in Firefox's workbench page: a HAR that Firefox itself exported of the demo's bearer
 * login (test/fixtures/har/firefox-bearer.har) gives the verdict the live panel gives on the same
 * login in this Firefox.
 *
 * Re-recording the fixture (`TOKKI_RECORD_HAR=1`, or when it is missing): the real toolbox opens
 * on a tab with the Network monitor, the tab logs in, and the toolbox's own HAR export (the code
 * behind "Save All As HAR", `toolbox.getHARFromNetMonitor()`) is written to the fixture.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from '../../demo/site.mjs';
import type { DemoServer } from '../../demo/site.mjs';
import { REPO_ROOT, buildFirefoxAddon, launchFirefoxWithAddon } from './firefox/harness';
import type { AddonFrame, FirefoxWithAddon } from './firefox/harness';

const FIXTURE = join(REPO_ROOT, 'test/fixtures/har/firefox-bearer.har');

let demo: DemoServer;
let ff: FirefoxWithAddon;

beforeAll(async () => {
  demo = await startDemo();
  ff = await launchFirefoxWithAddon({ addonPath: buildFirefoxAddon() });
}, 150_000);

afterAll(async () => {
  await ff?.close();
  await demo?.close();
});

async function poll<T>(
  read: () => Promise<T>,
  ok: (v: T) => boolean,
  timeout = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Firefox's own HAR export of the bearer login, written to the fixture. */
async function recordFirefoxHar(): Promise<void> {
  const page = await ff.browser.newPage();
  await page.goto('about:blank');
  const out = join(tmpdir(), `tokki-firefox-${Date.now()}.har`);
  // Keep the log across the login's page loads, as "Persist Logs" does.
  await ff.evaluateInParent(`(async () => {
    Services.prefs.setBoolPref('devtools.netmonitor.persistlog', true);
    const { require } = ChromeUtils.importESModule('resource://devtools/shared/loader/Loader.sys.mjs');
    const { gDevTools } = require('devtools/client/framework/devtools');
    const tab = Services.wm.getMostRecentWindow('navigator:browser').gBrowser.selectedTab;
    await gDevTools.showToolboxForTab(tab, { toolId: 'netmonitor' });
    return true;
  })()`);
  await page.goto(demo.urls.bearer.auto);
  await page.waitForFunction(() => document.documentElement.dataset.tokkiDemo === 'done', {
    polling: 100,
    timeout: 20_000,
  });
  await new Promise((r) => setTimeout(r, 1000));
  await ff.evaluateInParent(
    `(async () => {
      const { require } = ChromeUtils.importESModule('resource://devtools/shared/loader/Loader.sys.mjs');
      const { gDevTools } = require('devtools/client/framework/devtools');
      const tab = Services.wm.getMostRecentWindow('navigator:browser').gBrowser.selectedTab;
      const toolbox = gDevTools.getToolboxForTab(tab);
      const har = await toolbox.getHARFromNetMonitor();
      await IOUtils.writeUTF8(${JSON.stringify(out)}, JSON.stringify(har.log ? har : { log: har }, null, 2));
      await toolbox.destroy();
      return true;
    })()`,
    60_000,
  );
  writeFileSync(FIXTURE, `${readFileSync(out, 'utf8')}\n`);
  await page.close();
}

/** The verdict an add-on page shows in `scope`, once it shows one. */
function verdictIn(frame: AddonFrame, scope = ''): Promise<string | null> {
  return poll(
    () =>
      ff.evaluate<string | null>(
        frame,
        `document.querySelector('${scope} [data-testid="verdict"]')?.dataset.verdict ?? null`,
      ),
    (v) => v !== null,
  );
}

/**
 * Opens the workbench (it ignores ?tabId; its HAR section stays mounted while another is shown)
 * and chooses a file named `name` holding `text` in its input, as the file picker hands it over.
 */
async function importInWorkbench(tabId: number, name: string, text: string): Promise<AddonFrame> {
  const workbench = await ff.openExtensionPage('workbench.html' as 'popup.html', tabId);
  await poll(
    () => ff.evaluate<boolean>(workbench, `!!document.querySelector('[data-testid="har-input"]')`),
    Boolean,
  );
  await ff.evaluate(
    workbench,
    `(() => {
      const input = document.querySelector('[data-testid="har-input"]');
      const data = new DataTransfer();
      data.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(name)}, { type: 'application/json' }));
      input.files = data.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    })()`,
  );
  return workbench;
}

describe('HAR import in Firefox', () => {
  it('a HAR Firefox exported of the bearer login gives the live panel’s verdict', async () => {
    if (process.env.TOKKI_RECORD_HAR === '1' || !existsSync(FIXTURE)) await recordFirefoxHar();
    const har = readFileSync(FIXTURE, 'utf8');
    expect(JSON.parse(har).log.creator.name).toMatch(/Firefox/);

    await ff.visitDemo(demo.urls.bearer.auto);
    const tabId = await ff.tabIdOf(demo.urls.bearer.auto);
    const panel = await ff.openExtensionPage('devtools-panel.html', tabId);
    const live = await verdictIn(panel);
    expect(live).toBe('token');

    const workbench = await importInWorkbench(tabId, 'firefox-bearer.har', har);
    expect(await verdictIn(workbench, '[data-testid="har-import"]')).toBe(live);
    const summary = await ff.evaluate<string | null>(
      workbench,
      `document.querySelector('[data-testid="har-summary"]')?.dataset.site ?? null`,
    );
    expect(summary).toBe('bearer.localhost');
  }, 180_000);

  it('sites are grouped by the background’s Public Suffix List: two github.io sites stay two', async () => {
    const har = readFileSync(join(REPO_ROOT, 'test/fixtures/har/github-pages.har'), 'utf8');
    const workbench = await importInWorkbench(0, 'github-pages.har', har);
    const sites = await poll(
      () =>
        ff.evaluate<string[]>(
          workbench,
          `[...document.querySelectorAll('[data-testid="har-site-picker"] option')].map((o) => o.value)`,
        ),
      (v) => v.length > 0,
    );
    expect(sites).toEqual(['kim.github.io', 'lee.github.io']);
  }, 120_000);
});
