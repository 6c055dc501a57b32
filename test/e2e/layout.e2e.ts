/**
 * Laid out for reading, as Chromium renders it (issue 5): the popup on every demo login in each
 * language, every panel tab (full width and docked to the side), the side panel
 * (`sidepanel.html?tabId=N`) on the logins and a browser page at 320 and 600 px in each language,
 * the workbench's sections at 800 and 1280 px (the Decoder holding a 3 KB JWT), and the hostile
 * page's 4 KB cookie and 1 MB value, revealed, in the popup, the side panel and the panel. No page
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
import {
  SIDE_PANEL_PAGES,
  SIDE_PANEL_WIDTHS,
  WORKBENCH_WIDTHS,
  longJwt,
  openSidePanelPage,
  openSidePanelSubject,
  openWorkbenchPage,
} from './surface-pages';

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

describe.each(['ko', 'en', 'both'] as const)('side panel in %s', (lang) => {
  beforeAll(() => setStoredLang(browser, lang));

  it.each(SIDE_PANEL_PAGES)(
    'on the %s, 320 and 600 px wide, reads without squeezing',
    async (name, login) => {
      const tabId = await openSidePanelSubject(browser, demo, login);
      for (const width of SIDE_PANEL_WIDTHS) {
        const side = await openSidePanelPage(browser, tabId, width);
        expect(await side.evaluate(() => innerWidth)).toBe(width);
        const layout = await layoutOf(side);
        if (login) expect(layout.evidenceLines, name).toBeGreaterThan(0);
        if (lang === 'both') expect(layout.columns, name).toBeGreaterThan(login ? 1 : 0);
        expectLaidOut(layout, `side panel, ${name}, ${width} px, ${lang}`);
        await side.close();
      }
    },
  );
});

describe.each(['en', 'both'] as const)('workbench in %s', (lang) => {
  beforeAll(() => setStoredLang(browser, lang));

  it.each(WORKBENCH_WIDTHS)(
    'the Decoder holding a 3 KB JWT, %i px wide, reads without squeezing',
    async (width) => {
      const page = await openWorkbenchPage(browser, 'decoder', width);
      await page.locator('[data-testid="decoder-input"]').fill(longJwt());
      const result = page.locator('[data-testid="decoder-result"][data-status="ok"]').first();
      await result.waitFor({ timeout: 10_000 });
      // The 1,200-character claim is on the page, not cut away.
      expect(await result.innerText()).toContain('x'.repeat(200));
      expectLaidOut(await layoutOf(page), `workbench Decoder, ${width} px, ${lang}`);
      await page.close();
    },
  );

  it.each(['har', 'learn'] as const)(
    'the %s section at 800 px reads without squeezing',
    async (section) => {
      const page = await openWorkbenchPage(browser, section, WORKBENCH_WIDTHS[0]);
      expectLaidOut(await layoutOf(page), `workbench ${section}, 800 px, ${lang}`);
      await page.close();
    },
  );
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

  it('the hostile page’s long values, revealed, do not widen the popup, the side panel or the panel', async () => {
    const { tabId } = await openDemoTab(browser, hostile.url);
    const popup = await browser.openExtensionPage('popup.html', tabId);
    await popup.waitForSelector('[data-testid="token"]', { timeout: 20_000 });
    const reveals = popup.getByRole('button', { name: /Reveal the value/ });
    expect(await reveals.count()).toBeGreaterThan(0);
    for (const reveal of await reveals.all()) await reveal.click();
    expectLaidOut(await layoutOf(popup), 'popup, hostile page, values revealed');
    await popup.close();

    const side = await openSidePanelPage(browser, tabId, SIDE_PANEL_WIDTHS[0]);
    const sideReveals = side.getByRole('button', { name: /Reveal the value/ });
    expect(await sideReveals.count()).toBeGreaterThan(0);
    for (const reveal of await sideReveals.all()) await reveal.click();
    expectLaidOut(await layoutOf(side), 'side panel, 320 px, hostile page, values revealed');
    await side.close();

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
