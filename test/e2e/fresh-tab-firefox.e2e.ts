/**
 * The fresh-tab test (fresh-tab.e2e.ts) in real Firefox ESR: a new tab straight onto a page that
 * logs in by script at once, 15 times (six one after another, then three at a time), read where
 * the user looks: the Requests tab of `devtools-panel.html?tabId=N` and the popup's verdict. Also
 * the memory-only single-page app whose Bearer requests go to an API on another site.
 *
 * Not here: the first tab of a browser still starting the add-on. Firefox loads the temporary
 * add-on into a running browser, so no page can be on its way before the add-on is.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFreshTabSite } from './fresh-tab-site.mjs';
import type { FreshTabSite } from './fresh-tab-site.mjs';
import {
  READ_POPUP_SCRIPT,
  expectedRequests,
  fifteenRuns,
  problemsOf,
  readPanelScript,
} from './fresh-tab-checks';
import type { FreshVariant, PanelReading, PopupReading } from './fresh-tab-checks';
import { buildFirefoxAddon, launchFirefoxWithAddon } from './firefox/harness';
import type { FirefoxWithAddon } from './firefox/harness';

let site: FreshTabSite;
let ff: FirefoxWithAddon;
let runs = 0;

beforeAll(async () => {
  site = await startFreshTabSite();
  ff = await launchFirefoxWithAddon({ addonPath: buildFirefoxAddon() });
  await ff.setStoredLang('en');
}, 150_000);

afterAll(async () => {
  await ff?.close();
  await site?.close();
});

async function waitForLogin(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.fresh !== undefined, {
    polling: 100,
    timeout: 20_000,
  });
  const state = await page.evaluate(() => document.documentElement.dataset.fresh);
  if (state !== 'done') throw new Error(`${page.url()} ended in "${state}"`);
}

/**
 * Opens a new tab straight onto `address`: even runs with `browser.tabs.create({ url })` from the
 * background (no page before it), odd runs as a blank new tab whose address is then typed.
 */
async function openFreshTab(address: string, n: number): Promise<Page> {
  if (n % 2 === 0) {
    const target = ff.browser.waitForTarget((t) => t.url() === address, { timeout: 20_000 });
    await ff.evaluate(
      ff.background,
      `browser.tabs.create({ url: ${JSON.stringify(address)} }).then(() => true)`,
    );
    const page = await (await target).page();
    if (!page) throw new Error(`No page for ${address}`);
    return page;
  }
  const page = await ff.browser.newPage();
  await page.goto(address);
  return page;
}

/** One run: a fresh tab onto a never-visited site; returns what is wrong, in words. */
async function freshRun(variant: FreshVariant): Promise<string[]> {
  const n = (runs += 1);
  const address = variant === 'login' ? site.loginUrl(n) : site.appUrl(n);
  const expected = expectedRequests(variant, address, site.apiOrigin(n));
  const page = await openFreshTab(address, n);
  await waitForLogin(page);
  const tabId = await ff.tabIdOf(address);
  const panelFrame = await ff.openExtensionPage('devtools-panel.html', tabId);
  const panel = await ff.evaluate<PanelReading>(
    panelFrame,
    readPanelScript(expected.length),
    30_000,
  );
  const popupFrame = await ff.openExtensionPage('popup.html', tabId);
  const popup = await ff.evaluate<PopupReading>(popupFrame, READ_POPUP_SCRIPT, 30_000);
  await page.close();
  return problemsOf(variant, expected, panel, popup).map((p) => `run ${n} (${address}): ${p}`);
}

describe('Firefox: a new tab straight onto a page that logs in at once', () => {
  it('same-origin login: all 5 requests, none dropped, 1 refresh, in 15 runs of 15', async () => {
    const { lost, total } = await fifteenRuns(
      () => freshRun('login'),
      () => ff.closeAddonTabs(),
    );
    expect(lost, `${lost.length}/${total} runs lost requests`).toEqual([]);
  }, 300_000);

  it('memory-only SPA calling an API on another site: every Bearer request, verdict token, 15 of 15', async () => {
    const { lost, total } = await fifteenRuns(
      () => freshRun('spa'),
      () => ff.closeAddonTabs(),
    );
    expect(lost, `${lost.length}/${total} runs lost requests`).toEqual([]);
  }, 300_000);
});
