import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildExtension,
  launchWithExtension,
  openRealDevToolsPanel,
  startDemo,
  tabIdOf,
  waitForDemoDone,
} from './harness';
import type { ChromeApi, DemoServer, ExtensionBrowser } from './harness';

declare const chrome: ChromeApi;

let extensionPath: string;
let demo: DemoServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  extensionPath = await buildExtension();
  demo = await startDemo();
  browser = await launchWithExtension({ extensionPath });
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

describe('the extension in Chromium', () => {
  it('starts its service worker and asks for exactly the permissions the README explains', async () => {
    const manifest = await browser.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(
      ['contextMenus', 'cookies', 'scripting', 'sidePanel', 'storage', 'tabs', 'webRequest'].sort(),
    );
    expect(manifest.host_permissions).toEqual(['<all_urls>']);
    expect(manifest.devtools_page).toBe('devtools.html');
    expect(manifest.icons).toMatchObject({ '16': expect.any(String), '128': expect.any(String) });

    const granted = await browser.serviceWorker.evaluate(() => chrome.permissions.getAll());
    expect(granted.origins).toContain('<all_urls>');
  });

  it('can read the cookies of a demo site from the background', async () => {
    const page = await browser.context.newPage();
    await page.goto(demo.urls.session.auto);
    await waitForDemoDone(page);
    const cookies = await browser.serviceWorker.evaluate(
      (url: string) => chrome.cookies.getAll({ url }),
      demo.urls.session.home,
    );
    expect(cookies.find((c) => c.name === 'sessionid')).toMatchObject({
      httpOnly: true,
      secure: true,
      session: true,
    });
    await page.close();
  });

  it('renders the popup and the panel page for a demo tab', async () => {
    const page = await browser.context.newPage();
    await page.goto(demo.urls.bearer.auto);
    await waitForDemoDone(page);
    const tabId = await tabIdOf(browser.serviceWorker, demo.urls.bearer.auto);

    const errors: string[] = [];
    for (const name of ['popup.html', 'devtools-panel.html'] as const) {
      const ext = await browser.openExtensionPage(name, tabId);
      ext.on('pageerror', (error) => errors.push(`${name}: ${error.message}`));
      const testId = name === 'popup.html' ? 'popup' : 'panel';
      await ext.locator(`[data-testid=${testId}]`).waitFor({ state: 'visible' });
      expect(await ext.locator(`[data-testid=${testId}]`).innerText()).not.toBe('');
      await ext.close();
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the real DevTools panel', () => {
  it('shows a "Tokki" panel whose frame loads and knows the inspected tab', async () => {
    const devtools = await openRealDevToolsPanel({ extensionPath, url: demo.urls.plain.home });
    try {
      await devtools.panel.waitForSelector('[data-testid=panel]', { timeout: 30_000 });
      const tabId = await devtools.panel.evaluate(
        () =>
          (globalThis as unknown as { chrome: ChromeApi }).chrome.devtools.inspectedWindow.tabId,
      );
      expect(typeof tabId).toBe('number');
    } finally {
      await devtools.close();
    }
  }, 120_000);
});
