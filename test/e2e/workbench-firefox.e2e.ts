/**
 * The workbench in real Firefox ESR (the MV2 build): it opens on its own and decodes a pasted JWT;
 * "Decode with Tokki" carries a selection made on a demo page to its Decoder; the menu items are
 * created without error (on the browser action's menu, `browser_action` in MV2); and the panel on
 * about:blank offers the Decoder and Learn. The Chromium file, workbench.e2e.ts, covers the rest.
 *
 * Firefox draws its context menus natively too: the click is made by calling, in the background
 * page, the handler the background registered with `contextMenus.onClicked` (exposed on its
 * global as `tokkiMenus`) with a real tab from `browser.tabs.get` and the page's real selection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from '../../demo/site.mjs';
import type { DemoServer } from '../../demo/site.mjs';
import { buildFirefoxAddon, launchFirefoxWithAddon } from './firefox/harness';
import type { AddonFrame, FirefoxWithAddon } from './firefox/harness';
import { until, type PanelDriver } from './panel-scenarios';

let demo: DemoServer;
let ff: FirefoxWithAddon;

beforeAll(async () => {
  demo = await startDemo();
  ff = await launchFirefoxWithAddon({ addonPath: buildFirefoxAddon() });
  await ff.setStoredLang('en');
}, 150_000);

afterAll(async () => {
  await ff?.close();
  await demo?.close();
});

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT made for this run, so finding it proves where the selection went. */
function freshJwt(sub: string): string {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url({ alg: 'HS256', typ: 'JWT' });
  const payload = b64url({ sub, iat: now, exp: now + 3600 });
  return `${header}.${payload}.${Buffer.from(`sig-${sub}`).toString('base64url')}`;
}

function driver(frame: AddonFrame): PanelDriver {
  return {
    evaluate: <T>(expression: string) => ff.evaluate<T>(frame, expression),
    type: async (selector, text) => {
      // What typing does to a React field: its own value setter, then the input event.
      await ff.evaluate(
        frame,
        `(() => {
          const field = document.querySelector(${JSON.stringify(selector)});
          Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value').set.call(
            field, ${JSON.stringify(text)});
          field.dispatchEvent(new Event('input', { bubbles: true }));
        })()`,
      );
    },
    pageStorage: () => Promise.reject(new Error('not needed')),
  };
}

/** Runs `action` in the background page and returns the workbench tab it opened. */
async function workbenchOpenedBy(action: string): Promise<PanelDriver> {
  const known = new Set(ff.inspector.pages().map((f) => f.actor));
  await ff.evaluate(ff.background, action);
  const frame = await ff.inspector.waitForPage(
    (f) => f.url.startsWith(`${ff.origin}/workbench.html`) && !known.has(f.actor),
  );
  const page = driver(frame);
  await until(page, `document.querySelector('[data-testid="workbench"]')`);
  return page;
}

const DECODED = `document.querySelector('[data-testid="decoder-result"]')?.dataset.status === 'ok'`;
const decodedSub = (page: PanelDriver) =>
  page.evaluate<string>(
    `document.querySelector('[data-testid="decoder-result"] [data-claim="sub"]')?.textContent ?? ''`,
  );

describe('the workbench in Firefox', () => {
  it('opens on its own and decodes a JWT pasted into it', async () => {
    const page = await workbenchOpenedBy(
      `browser.tabs.create({ url: '/workbench.html' }).then(() => 0)`,
    );
    expect(await page.evaluate<string>(`document.title`)).toBe('Tokki workbench');
    expect(
      await page.evaluate<string[]>(
        `[...document.querySelectorAll('[role="tab"]')].map((t) => t.dataset.section)`,
      ),
    ).toEqual(['decoder', 'har', 'learn']);
    expect(
      await page.evaluate<string>(`document.querySelector('[data-testid="har-input"]').type`),
    ).toBe('file');
    await page.type('[data-testid="decoder-input"]', freshJwt('firefox-pasted'));
    await until(page, DECODED);
    expect(await decodedSub(page)).toContain('firefox-pasted');
    await ff.closeAddonTabs();
  });

  it('creates its menu items without error, the toolbar one on the browser action', async () => {
    const created = await ff.evaluate<{ id: string; contexts: string[]; error?: string }[]>(
      ff.background,
      `tokkiMenus.created`,
    );
    expect(created).toEqual([
      { id: 'tokki-decode-selection', contexts: ['selection'] },
      { id: 'tokki-open-workbench', contexts: ['browser_action'] },
    ]);
  });

  it('"Decode with Tokki" on a selection on a demo page opens the workbench with it decoded', async () => {
    const url = `${demo.urls.plain.home}?selection=firefox`;
    const jwt = freshJwt('firefox-selected');
    const site = await ff.visitDemo(url, false);
    const selectionText = await site.evaluate((token) => {
      const p = document.createElement('p');
      p.textContent = token;
      document.body.append(p);
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    }, jwt);
    expect(selectionText).toBe(jwt);
    const tabId = await ff.tabIdOf(url);

    const page = await workbenchOpenedBy(
      `browser.tabs.get(${tabId}).then((tab) => tokkiMenus.click({ menuItemId: 'tokki-decode-selection', editable: false, pageUrl: ${JSON.stringify(url)}, selectionText: ${JSON.stringify(selectionText)} }, tab)).then(() => 0)`,
    );
    await until(page, DECODED);
    expect(
      await page.evaluate<string>(`document.querySelector('[data-testid="decoder-input"]').value`),
    ).toBe(jwt);
    expect(await decodedSub(page)).toContain('firefox-selected');
    expect(await page.evaluate<string>(`location.hash`)).toBe('#decoder');
    // security: nothing of it in storage.
    const stored = await ff.evaluate<string>(
      ff.background,
      `Promise.all([browser.storage.local.get(null), browser.storage.session?.get(null) ?? {}]).then((all) => JSON.stringify(all))`,
    );
    expect(stored).not.toContain(jwt.split('.')[1]);
    await ff.closeAddonTabs();
    await site.close();
  });

  it('the panel on about:blank offers the Decoder and Learn, and decodes', async () => {
    const blank = await ff.browser.newPage();
    await blank.goto('about:blank');
    const frame = await ff.openExtensionPage(
      'devtools-panel.html',
      await ff.tabIdOf('about:blank'),
    );
    const panel = driver(frame);
    await until(panel, `document.querySelector('[data-testid="state-restricted"]')`);
    expect(
      await panel.evaluate<string[]>(
        `[...document.querySelectorAll('[role="tab"][data-tab]')].map((t) => t.dataset.tab)`,
      ),
    ).toEqual(['decoder', 'learn']);
    await panel.type('[data-testid="decoder-input"]', freshJwt('firefox-blank'));
    await until(panel, DECODED);
    expect(await decodedSub(panel)).toContain('firefox-blank');
    await ff.closeAddonTabs();
    await blank.close();
  });
});
