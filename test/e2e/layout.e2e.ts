/**
 * Laid out for reading, as Chromium renders it (issue 5): the popup on every demo login in each
 * language, every panel tab (full width and docked to the side), and the hostile page's 4 KB
 * cookie and 1 MB value, revealed. No page
 * scrolls sideways, no Korean/English column is squeezed to a few words a line, and an evidence
 * sentence runs past its "×2" instead of sharing the line with it (layout-script.ts).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostileSite, type HostileSite } from '../../demo/hostile.mjs';
import { LAYOUT_SCRIPT, expectLaidOut, type LayoutReport } from './layout-script';
import {
  buildExtension,
  forEachPanelTab,
  launchWithExtension,
  openDemoTab,
  setStoredLang,
  startDemo,
  verdictOf,
  waitForWholePopup,
} from './harness';
import type { DemoServer, ExtensionBrowser } from './harness';

let demo: DemoServer;
let hostile: HostileSite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  demo = await startDemo();
  hostile = await startHostileSite();
  browser = await launchWithExtension({ extensionPath: await buildExtension() });
});

afterAll(async () => {
  await browser?.close();
  await hostile?.close();
  await demo?.close();
});

function layoutOf(page: Page): Promise<LayoutReport> {
  return page.evaluate(LAYOUT_SCRIPT) as Promise<LayoutReport>;
}

describe.each(['ko', 'en', 'both'] as const)('in %s', (lang) => {
  beforeAll(() => setStoredLang(browser, lang));

  it.each([
    ['bearer login', () => demo.urls.bearer.auto, true],
    ['session login', () => demo.urls.session.auto, true],
    ['JWT-in-cookie login', () => demo.urls.jwtCookie.auto, true],
    ['no login', () => demo.urls.plain.home, false],
  ] as const)('the popup on the %s reads without squeezing', async (name, url, login) => {
    const { tabId } = await openDemoTab(browser, url(), { waitForLogin: login });
    const popup = await browser.openExtensionPage('popup.html', tabId);
    await waitForWholePopup(popup);
    const layout = await layoutOf(popup);
    if (login) expect(layout.evidenceLines, name).toBeGreaterThan(0);
    if (lang === 'both') expect(layout.columns, name).toBeGreaterThan(1);
    expectLaidOut(layout, `popup, ${name}, ${lang}`);
    await popup.close();
  });
});

describe('in both languages', () => {
  beforeAll(() => setStoredLang(browser, 'both'));

  it('every panel tab on the bearer login reads without squeezing', async () => {
    const { tabId } = await openDemoTab(browser, demo.urls.bearer.auto);
    const panel = await browser.openExtensionPage('devtools-panel.html', tabId);
    await verdictOf(panel);
    let columns = 0;
    let values = 0;
    const tabs = await forEachPanelTab(panel, async (tab) => {
      const layout = await layoutOf(panel);
      columns += layout.columns;
      values += layout.values;
      expectLaidOut(layout, `panel ${tab} tab`);
    });
    expect(tabs.length).toBeGreaterThanOrEqual(8);
    expect(columns).toBeGreaterThan(10);
    expect(values, 'details values (token cards, the selected request)').toBeGreaterThan(5);
    await panel.close();
  });

  // Chrome docks DevTools to the right by default, often a few hundred pixels wide.
  it.each(['en', 'both'] as const)(
    'every panel tab in DevTools docked to the side (460 px), in %s, reads without squeezing',
    async (lang) => {
      await setStoredLang(browser, lang);
      const { tabId } = await openDemoTab(browser, demo.urls.bearer.auto);
      const panel = await browser.openExtensionPage('devtools-panel.html', tabId);
      await panel.setViewportSize({ width: 460, height: 800 });
      await verdictOf(panel);
      const tabs = await forEachPanelTab(panel, async (tab) => {
        expectLaidOut(await layoutOf(panel), `panel ${tab} tab, 460 px, ${lang}`);
      });
      expect(tabs.length).toBeGreaterThanOrEqual(8);
      await panel.close();
      await setStoredLang(browser, 'both');
    },
  );

  it('the hostile page’s long values, revealed, do not widen the popup or the panel', async () => {
    const { tabId } = await openDemoTab(browser, hostile.url);
    const popup = await browser.openExtensionPage('popup.html', tabId);
    await popup.waitForSelector('[data-testid="token"]', { timeout: 20_000 });
    const reveals = popup.getByRole('button', { name: /Reveal the value/ });
    expect(await reveals.count()).toBeGreaterThan(0);
    for (const reveal of await reveals.all()) await reveal.click();
    expectLaidOut(await layoutOf(popup), 'popup, hostile page, values revealed');
    await popup.close();

    const panel = await browser.openExtensionPage('devtools-panel.html', tabId);
    await verdictOf(panel);
    await panel.locator('[data-tab="cookies"]').click();
    await panel.locator('[data-testid="cookie-row"][data-cookie="big_session"]').click();
    const details = panel.locator('[data-testid="cookie-details"]');
    await details.getByRole('button', { name: /Reveal the value/ }).click();
    await details.getByRole('button', { name: /Show all/ }).click();
    expect((await layoutOf(panel)).values, 'the cookie’s token details').toBeGreaterThan(3);
    expectLaidOut(await layoutOf(panel), 'panel, the 4 KB cookie shown whole');
    await panel.close();
  });
});
