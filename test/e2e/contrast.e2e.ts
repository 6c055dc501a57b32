/**
 * Good contrast, light and dark (issue 5), as Chromium renders it: every text the popup, the side
 * panel (`sidepanel.html?tabId=N`, on the demo logins and a browser page) and each tab of the panel
 * show meets WCAG AA against what is painted behind it. The workbench's sections are checked in
 * workbench.e2e.ts. theme-contrast.test.ts checks the palette's pairs; this checks the pairs the
 * views really use.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRAST_SCRIPT, expectReadable } from './contrast-script';
import type { ContrastReport } from './contrast-script';
import {
  buildExtension,
  forEachPanelTab,
  launchWithExtension,
  openDemoTab,
  startDemo,
  verdictOf,
  waitForWholePopup,
} from './harness';
import type { DemoServer, ExtensionBrowser } from './harness';
import { SIDE_PANEL_PAGES, openSidePanelPage, openSidePanelSubject } from './surface-pages';

let demo: DemoServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  demo = await startDemo();
  browser = await launchWithExtension({ extensionPath: await buildExtension() });
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

const SCHEMES = ['light', 'dark'] as const;

/** What {@link CONTRAST_SCRIPT} finds in the page as it is rendered now. */
async function contrastOf(page: Page): Promise<ContrastReport> {
  return (await page.evaluate(CONTRAST_SCRIPT)) as ContrastReport;
}

describe.each(SCHEMES)('%s scheme', (scheme) => {
  it.each([
    ['bearer login', () => demo.urls.bearer.auto],
    ['session login', () => demo.urls.session.auto],
    ['no login', () => demo.urls.plain.home],
  ] as const)('popup on the %s: every text meets AA', async (name, url) => {
    const { tabId } = await openDemoTab(browser, url(), { waitForLogin: name !== 'no login' });
    const popup = await browser.openExtensionPage('popup.html', tabId);
    await popup.emulateMedia({ colorScheme: scheme });
    await waitForWholePopup(popup);
    const report = await contrastOf(popup);
    expect(report.checked).toBeGreaterThan(10);
    expectReadable(report, `popup, ${name}, ${scheme}`);
    await popup.close();
  });

  it.each(SIDE_PANEL_PAGES)('side panel on the %s: every text meets AA', async (name, login) => {
    const tabId = await openSidePanelSubject(browser, demo, login);
    const side = await openSidePanelPage(browser, tabId);
    await side.emulateMedia({ colorScheme: scheme });
    const report = await contrastOf(side);
    expect(report.checked).toBeGreaterThan(login ? 10 : 3);
    expectReadable(report, `side panel, ${name}, ${scheme}`);
    await side.close();
  });

  // Inside DevTools the panel takes DevTools' own theme (<html data-theme>), which can differ
  // from the system's: the other palette on this scheme, as devtools-context.ts sets it.
  it.each([
    ['the system theme', undefined],
    ['DevTools in the other theme', scheme === 'light' ? 'dark' : 'light'],
  ] as const)(
    'panel on the bearer login, %s: every text of every tab meets AA',
    async (_, theme) => {
      const { tabId } = await openDemoTab(browser, demo.urls.bearer.auto);
      const panel = await browser.openExtensionPage('devtools-panel.html', tabId);
      await panel.emulateMedia({ colorScheme: scheme });
      await verdictOf(panel);
      if (theme) await panel.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      const tabs = await forEachPanelTab(panel, async (tab) => {
        const report = await contrastOf(panel);
        expect(report.checked, tab).toBeGreaterThan(3);
        expectReadable(report, `panel ${tab} tab, ${scheme}, theme ${theme ?? 'of the system'}`);
      });
      expect(tabs.length).toBeGreaterThanOrEqual(8);
      await panel.close();
    },
  );
});
