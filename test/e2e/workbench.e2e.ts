/**
 * The workbench page in real Chromium: it opens on its own and decodes a pasted JWT; its sections
 * answer the address and the keyboard; the popup and the panel open it; the panel on a browser
 * page offers the Decoder and Learn; and "Decode with Tokki" carries a selection from a demo page
 * to the Decoder without storing it.
 *
 * Chromium draws context menus natively, where no automation reaches. So the menu click is made
 * as the browser makes it: the background's own click handler (the one it registered with
 * `contextMenus.onClicked`, exposed on its global as `tokkiMenus`) is called in the service
 * worker with a real tab from `chrome.tabs.get` and the `info` Chromium would pass (menuItemId,
 * selectionText read from the page's real selection). That the items exist is checked with
 * `chrome.contextMenus.update`, which fails for an unknown id (there is no getAll).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CONTRAST_SCRIPT, expectReadable } from './contrast-script';
import type { ContrastReport } from './contrast-script';
import {
  buildExtension,
  launchWithExtension,
  openRealDevToolsPanel,
  startDemo,
  tabIdOf,
} from './harness';
import type { ChromeApi, DemoServer, ExtensionBrowser } from './harness';
import { restartServiceWorker } from './snapshot-helper';

declare const chrome: ChromeApi;

interface MenuProbe {
  created: { id: string; contexts: string[]; error?: string }[];
  click: (info: object, tab?: object) => Promise<void>;
}
declare const tokkiMenus: MenuProbe;

let demo: DemoServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  const extensionPath = await buildExtension();
  demo = await startDemo();
  browser = await launchWithExtension({ extensionPath });
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT made for this run, so finding it anywhere proves where the selection went. */
function freshJwt(sub: string): string {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url({ alg: 'HS256', typ: 'JWT' });
  const payload = b64url({ sub, iat: now, exp: now + 3600 });
  return `${header}.${payload}.${Buffer.from(`sig-${sub}`).toString('base64url')}`;
}

function workbenchUrl(hash = ''): string {
  return `chrome-extension://${browser.extensionId}/workbench.html${hash}`;
}

async function openWorkbench(hash = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto(workbenchUrl(hash));
  await page.waitForSelector('[data-testid="workbench"]');
  return page;
}

/** Waits for the next tab whose address is the workbench's, opened by something else. */
async function nextWorkbenchTab(action: () => Promise<unknown>): Promise<Page> {
  const opened = browser.context.waitForEvent('page', {
    predicate: (p) => p.url().includes('/workbench.html'),
    timeout: 15_000,
  });
  await action();
  const page = await opened;
  await page.waitForSelector('[data-testid="workbench"]');
  return page;
}

async function decoded(page: Page) {
  const result = page.locator('[data-testid="decoder-result"]').first();
  await expect.poll(() => result.getAttribute('data-status'), { timeout: 10_000 }).toBe('ok');
  return {
    format: await result
      .locator('[data-testid="decoded-item"]')
      .first()
      .getAttribute('data-format'),
    sub: await result.locator('[data-claim="sub"]').first().innerText(),
  };
}

async function selectedSection(page: Page) {
  return page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-section');
}

describe('the workbench on its own', () => {
  it('opens at workbench.html and decodes a JWT pasted into it', async () => {
    const page = await openWorkbench();
    expect(await selectedSection(page)).toBe('decoder');
    expect(await page.title()).toBe('Tokki workbench');
    const jwt = freshJwt('pasted-user');
    await page.locator('[data-testid="decoder-input"]').fill(jwt);
    const shown = await decoded(page);
    expect(shown.format).toBe('jws');
    expect(shown.sub).toContain('pasted-user');
    await page.close();
  });

  it('#har shows the HAR file input and #learn the lessons', async () => {
    const page = await openWorkbench('#har');
    expect(await selectedSection(page)).toBe('har');
    const input = page.locator('[data-testid="har-input"]');
    expect(await input.getAttribute('type')).toBe('file');
    await page.goto(workbenchUrl('#learn'));
    await page.reload();
    expect(await selectedSection(page)).toBe('learn');
    expect(await page.locator('[data-testid="learn-topic"]:visible').count()).toBeGreaterThan(3);
    await page.close();
  });

  it('moves between its sections with the keyboard alone', async () => {
    const page = await openWorkbench('#decoder');
    // From the page's start, Tab reaches the language switch's buttons and then the one tab stop.
    await page.locator('body').focus();
    let focused: string | null = null;
    for (let i = 0; i < 8 && focused !== 'decoder'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(
        () => document.activeElement?.getAttribute('data-section') ?? null,
      );
    }
    expect(focused).toBe('decoder');
    await page.keyboard.press('ArrowRight');
    expect(await selectedSection(page)).toBe('har');
    expect(await page.evaluate(() => location.hash)).toBe('#har');
    expect(await page.locator('[data-testid="har-input"]').isVisible()).toBe(true);
    await page.keyboard.press('End');
    expect(await selectedSection(page)).toBe('learn');
    await page.keyboard.press('ArrowRight');
    expect(await selectedSection(page)).toBe('decoder');
    await page.keyboard.press('ArrowLeft');
    expect(await selectedSection(page)).toBe('learn');
    await page.keyboard.press('Home');
    expect(await selectedSection(page)).toBe('decoder');
    // The focus ring is drawn on the focused tab.
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).not.toBe('none');
    // Tab leaves the tab list for the section: the Decoder's text box.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'decoder-input',
    );
    await page.close();
  });
});

describe.each(['light', 'dark'] as const)('the workbench in the %s scheme', (scheme) => {
  it('every text of every section meets WCAG AA, the notes included', async () => {
    // A spent one-time id: the page asks, finds nothing, and shows its warning.
    const page = await openWorkbench('#decoder&handoff=spent');
    await page.emulateMedia({ colorScheme: scheme });
    await page.locator('[data-testid="handoff"][data-state="missing"]').waitFor();
    await page.locator('[data-testid="decoder-input"]').fill(freshJwt('contrast-user'));
    await decoded(page);
    for (const section of ['decoder', 'har', 'learn']) {
      await page.locator(`[role="tab"][data-section="${section}"]`).click();
      const report = (await page.evaluate(CONTRAST_SCRIPT)) as ContrastReport;
      expect(report.checked, section).toBeGreaterThan(3);
      expectReadable(report, `workbench ${section}, ${scheme}`);
    }
    await page.close();
  });
});

describe('the ways into the workbench', () => {
  it('the popup on a browser page offers it, and its button opens it', async () => {
    const blank = await browser.context.newPage();
    await blank.goto('about:blank');
    const tabId = await tabIdOf(browser.serviceWorker, 'about:blank');
    const popup = await browser.openExtensionPage('popup.html', tabId);
    await popup.waitForSelector('[data-testid="state-restricted"]', { timeout: 15_000 });
    const workbench = await nextWorkbenchTab(() =>
      popup.locator('[data-testid="open-workbench"]').click(),
    );
    expect(new URL(workbench.url()).hash).toBe('#decoder');
    await workbench.close();
    await popup.close();
    await blank.close();
  });

  it('the popup on a site offers it beside the inspector', async () => {
    const url = `${demo.urls.plain.home}?popup=1`;
    const site = await browser.context.newPage();
    await site.goto(url);
    const tabId = await tabIdOf(browser.serviceWorker, url);
    const popup = await browser.openExtensionPage('popup.html', tabId);
    const button = popup.locator('[data-testid="open-inspector"] [data-testid="open-workbench"]');
    await button.waitFor({ timeout: 15_000 });
    const workbench = await nextWorkbenchTab(() => button.click());
    expect(await selectedSection(workbench)).toBe('decoder');
    await workbench.close();
    await popup.close();
    await site.close();
  });

  it('the panel on about:blank offers the Decoder and Learn, decodes, and links to the workbench', async () => {
    const blank = await browser.context.newPage();
    await blank.goto('about:blank');
    const tabId = await tabIdOf(browser.serviceWorker, 'about:blank');
    const panel = await browser.openExtensionPage('devtools-panel.html', tabId);
    await panel.waitForSelector('[data-testid="state-restricted"]', { timeout: 15_000 });
    const tabs = await panel
      .locator('[role="tab"][data-tab]')
      .evaluateAll((all) => all.map((t) => t.getAttribute('data-tab')));
    expect(tabs).toEqual(['decoder', 'learn']);
    await panel.locator('[data-testid="decoder-input"]').fill(freshJwt('blank-page-user'));
    expect((await decoded(panel)).sub).toContain('blank-page-user');
    await panel.locator('[data-tab="learn"]').click();
    expect(await panel.locator('[data-testid="learn-topic"]').count()).toBeGreaterThan(3);
    expect(
      await panel
        .locator('[data-testid="learn-example"]')
        .evaluateAll((all) => all.map((e) => e.getAttribute('data-source'))),
    ).not.toContain('site');

    const workbench = await nextWorkbenchTab(() =>
      panel.locator('[data-testid="open-workbench"]').click(),
    );
    expect(await selectedSection(workbench)).toBe('decoder');
    await workbench.close();
    await panel.close();
    await blank.close();
  });
});

describe('the panel inside real DevTools', () => {
  it('its header link opens the workbench in a browser tab', async () => {
    const devtools = await openRealDevToolsPanel({
      extensionPath: await buildExtension(),
      url: demo.urls.plain.home,
    });
    try {
      const link = await devtools.panel.waitForSelector('[data-testid="open-workbench"]', {
        timeout: 30_000,
      });
      const opened = devtools.browser.waitForTarget((t) => t.url().includes('/workbench.html'), {
        timeout: 15_000,
      });
      await link!.click();
      const target = await opened;
      expect(target.type()).toBe('page');
      expect(new URL(target.url()).pathname).toBe('/workbench.html');
      const workbench = await target.page();
      expect(await workbench!.waitForSelector('[data-testid="decoder-input"]')).toBeTruthy();
    } finally {
      await devtools.close();
    }
  }, 120_000);
});

describe('"Decode with Tokki" on a selection', () => {
  const ids = ['tokki-decode-selection', 'tokki-open-workbench'];

  /** True when Chromium knows a menu item of that id (update fails for an unknown one). */
  const itemsExist = () =>
    browser.serviceWorker.evaluate(async (wanted) => {
      const found: boolean[] = [];
      for (const id of wanted)
        found.push(
          await chrome.contextMenus.update(id, {}).then(
            () => true,
            () => false,
          ),
        );
      return found;
    }, ids);

  it('creates its two menu items without error, and again after the service worker restarts', async () => {
    await expect
      .poll(() => browser.serviceWorker.evaluate(() => tokkiMenus.created), { timeout: 10_000 })
      .toEqual([
        { id: 'tokki-decode-selection', contexts: ['selection'] },
        { id: 'tokki-open-workbench', contexts: ['action'] },
      ]);
    expect(await itemsExist()).toEqual([true, true]);
    expect(
      await browser.serviceWorker.evaluate(() => chrome.contextMenus.onClicked.hasListeners()),
    ).toBe(true);

    const page = await browser.context.newPage();
    await page.goto(demo.urls.plain.home);
    // The page's reload is an event for the stopped worker (webRequest), which starts it again.
    const worker = await restartServiceWorker(browser.context, page, 15_000, {
      afterStop: () => page.reload(),
    });
    browser.serviceWorker = worker;
    // A restarted worker creates them anew: no "duplicate id", and they are still there.
    await expect
      .poll(() => worker.evaluate(() => tokkiMenus.created), { timeout: 10_000 })
      .toHaveLength(2);
    expect(await worker.evaluate(() => tokkiMenus.created.filter((r) => r.error))).toEqual([]);
    expect(await itemsExist()).toEqual([true, true]);
    await page.close();
  });

  it('opens the workbench beside the page with the selected token decoded, and stores it nowhere', async () => {
    const jwt = freshJwt('selected-user');
    const pageUrl = `${demo.urls.plain.home}?selection=1`;
    const page = await browser.context.newPage();
    await page.goto(pageUrl);
    // The token as text on the demo page, selected as a user's drag would select it.
    const selectionText = await page.evaluate((token) => {
      const p = document.createElement('p');
      p.id = 'tokki-e2e-token';
      p.textContent = token;
      document.body.append(p);
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    }, jwt);
    expect(selectionText).toBe(jwt);
    const tabId = await tabIdOf(browser.serviceWorker, pageUrl);

    await browser.serviceWorker.evaluate(() => {
      const seen: string[] = [];
      (globalThis as { e2eOpened?: string[] }).e2eOpened = seen;
      chrome.tabs.onCreated.addListener((tab) => seen.push(tab.pendingUrl ?? tab.url ?? ''));
    });
    const workbench = await nextWorkbenchTab(() =>
      browser.serviceWorker.evaluate(
        async ({ id, text, url }) => {
          const tab = await chrome.tabs.get(id);
          const info = {
            menuItemId: 'tokki-decode-selection',
            editable: false,
            pageUrl: url,
            selectionText: text,
          };
          await tokkiMenus.click(info, tab);
        },
        { id: tabId, text: selectionText, url: pageUrl },
      ),
    );

    await expect
      .poll(() => workbench.locator('[data-testid="decoder-input"]').inputValue(), {
        timeout: 10_000,
      })
      .toBe(jwt);
    const shown = await decoded(workbench);
    expect(shown.format).toBe('jws');
    expect(shown.sub).toContain('selected-user');
    expect(await workbench.locator('[data-testid="handoff"]').getAttribute('data-state')).toBe(
      'received',
    );

    // Beside the page it came from, and the address names only the section.
    const [source, opened] = await browser.serviceWorker.evaluate(
      async ({ from, url }) => {
        const [tab] = await chrome.tabs.query({ url: `${url}*` });
        return [await chrome.tabs.get(from), tab!];
      },
      { from: tabId, url: workbenchUrl() },
    );
    expect(opened.index).toBe(source.index + 1);
    expect(opened.url).toBe(workbenchUrl('#decoder'));

    // security: the text was in no address and in no storage.
    const openedUrls = await browser.serviceWorker.evaluate(
      () => (globalThis as { e2eOpened?: string[] }).e2eOpened ?? [],
    );
    expect(openedUrls).toHaveLength(1);
    expect(openedUrls[0]).toMatch(/workbench\.html#decoder&handoff=[0-9a-f-]{36}$/);
    expect(openedUrls[0]).not.toContain(jwt.split('.')[1]);
    const stored = await browser.serviceWorker.evaluate(async () =>
      JSON.stringify([
        await chrome.storage.local.get(null),
        await chrome.storage.session.get(null),
      ]),
    );
    expect(stored).not.toContain(jwt.split('.')[1]);

    // The one-time id is spent: opening its address again finds nothing, and says so.
    const again = await openWorkbench(new URL(openedUrls[0]!).hash);
    const note = again.locator('[data-testid="handoff"]');
    await note.waitFor({ timeout: 10_000 });
    expect(await note.getAttribute('data-state')).toBe('missing');
    expect(await again.locator('[data-testid="decoder-input"]').inputValue()).toBe('');

    await again.close();
    await workbench.close();
    await page.close();
  });

  it('"Open Tokki workbench" on the toolbar button opens it empty', async () => {
    const workbench = await nextWorkbenchTab(() =>
      browser.serviceWorker.evaluate(() =>
        tokkiMenus.click({ menuItemId: 'tokki-open-workbench', editable: false }),
      ),
    );
    expect(await selectedSection(workbench)).toBe('decoder');
    expect(await workbench.locator('[data-testid="decoder-input"]').inputValue()).toBe('');
    expect(await workbench.locator('[data-testid="handoff"]').count()).toBe(0);
    await workbench.close();
  });
});
