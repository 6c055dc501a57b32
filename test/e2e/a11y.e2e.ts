/**
 * Labelled for screen readers (issue 5), as Chromium exposes the pages to them: in the
 * accessibility tree Chromium computes for the popup, the side panel (`sidepanel.html?tabId=N`,
 * on the bearer and session logins and on a browser page), each panel tab and each workbench
 * section (the Decoder holding a long JWT), in Korean and in English, every control (button,
 * link, field, tab, …) and every image that is not decoration has a name, and the verdict is a
 * heading. By keyboard alone, Tab reaches every control of the popup, the side panel and each
 * workbench section, and each shows a focus ring.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOCUSED_CONTROL_SCRIPT, expectTabWalk, tabStopsScript } from './focus-script';
import type { FocusedControl } from './focus-script';
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
import { longJwt, openRestrictedTab, openSidePanelPage, openWorkbenchPage } from './surface-pages';

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

/** Roles a screen reader announces by name: without one the user hears only "button". */
const NAMED_ROLES = new Set([
  'button',
  'link',
  'textbox',
  'searchbox',
  'combobox',
  'checkbox',
  'radio',
  'switch',
  'tab',
  'menuitem',
  'slider',
  'spinbutton',
  'listbox',
  'option',
  'treeitem',
  'image',
  'img',
  'dialog',
  'tabpanel',
]);

interface AxNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  backendDOMNodeId?: number;
}

/** The controls and images in the page's accessibility tree that have no name. */
async function unnamed(page: Page): Promise<string[]> {
  const cdp = await browser.context.newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const missing: string[] = [];
    for (const node of nodes) {
      const role = node.role?.value ?? '';
      if (node.ignored || !NAMED_ROLES.has(role) || node.name?.value.trim()) continue;
      const { node: dom } = (await cdp.send('DOM.describeNode', {
        backendNodeId: node.backendDOMNodeId,
      })) as { node: { nodeName: string; attributes?: string[] } };
      const pairs = dom.attributes ?? [];
      const attributes = pairs
        .filter((_, i) => i % 2 === 0)
        .map((key, i) => `${key}="${pairs[2 * i + 1]}"`)
        .join(' ');
      missing.push(`${role}: <${dom.nodeName.toLowerCase()} ${attributes}>`);
    }
    return missing;
  } finally {
    await cdp.detach();
  }
}

/** What a screen reader can say of the page: each node's role and name, ignored ones left out. */
async function spoken(page: Page): Promise<{ role: string; name: string }[]> {
  const cdp = await browser.context.newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    return nodes
      .filter((n) => !n.ignored)
      .map((n) => ({ role: n.role?.value ?? '', name: n.name?.value ?? '' }));
  } finally {
    await cdp.detach();
  }
}

describe.each(['en', 'ko'] as const)('in %s', (lang) => {
  it.each([
    ['bearer login', () => demo.urls.bearer.auto, true],
    ['session login', () => demo.urls.session.auto, true],
    ['no login', () => demo.urls.plain.home, false],
  ] as const)('popup on the %s: every control has a name', async (_, url, login) => {
    await setStoredLang(browser, lang);
    const { tabId } = await openDemoTab(browser, url(), { waitForLogin: login });
    const popup = await browser.openExtensionPage('popup.html', tabId);
    await waitForWholePopup(popup);
    expect(await popup.getAttribute('html', 'lang')).toBe(lang);
    expect(await popup.getByRole('heading', { name: /.+/ }).count()).toBeGreaterThan(0);
    // The verdict is announced as a heading, so it can be jumped to.
    expect(await popup.locator('[data-testid="verdict"] h2').count()).toBe(1);
    expect(await popup.getByRole('button').count()).toBeGreaterThan(0);
    expect(await unnamed(popup)).toEqual([]);
    await popup.close();
  });

  it('panel on the bearer login: every control of every tab has a name', async () => {
    await setStoredLang(browser, lang);
    const { tabId } = await openDemoTab(browser, demo.urls.bearer.auto);
    const panel = await browser.openExtensionPage('devtools-panel.html', tabId);
    await verdictOf(panel);
    const tabs = await forEachPanelTab(panel, async (tab) => {
      expect(await unnamed(panel), `${tab} tab`).toEqual([]);
      // A tab's count is read apart from its name: "Tokens, 3", not "Tokens3".
      const glued = (await spoken(panel)).filter(
        (n) => n.role === 'tab' && /\p{L}\d/u.test(n.name),
      );
      expect(glued, `${tab} tab`).toEqual([]);
    });
    expect(tabs.length).toBeGreaterThanOrEqual(8);
    await panel.close();
  });

  it.each([
    ['bearer login', () => demo.urls.bearer.auto],
    ['session login', () => demo.urls.session.auto],
    ['browser page', undefined],
  ] as const)('side panel on the %s: every control has a name', async (name, url) => {
    await setStoredLang(browser, lang);
    const tabId = url
      ? (await openDemoTab(browser, url())).tabId
      : await openRestrictedTab(browser);
    const side = await openSidePanelPage(browser, tabId);
    expect(await side.getAttribute('html', 'lang')).toBe(lang);
    if (url) expect(await side.locator('[data-testid="verdict"] h2').count(), name).toBe(1);
    else expect(await side.locator('[data-testid="state-restricted"]').count(), name).toBe(1);
    expect(await side.getByRole('button').count()).toBeGreaterThan(0);
    expect(await unnamed(side)).toEqual([]);
    await side.close();
  });

  it.each(['decoder', 'har', 'learn'] as const)(
    'workbench %s section: every control has a name',
    async (section) => {
      await setStoredLang(browser, lang);
      const page = await openWorkbenchPage(browser, section, 1280);
      if (section === 'decoder') await pasteLongJwt(page);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.getByRole('tab').count()).toBe(3);
      expect(await unnamed(page)).toEqual([]);
      await page.close();
    },
  );
});

/** Pastes {@link longJwt} into the Decoder and waits for its reading. */
async function pasteLongJwt(page: Page): Promise<void> {
  await page.locator('[data-testid="decoder-input"]').fill(longJwt());
  await page
    .locator('[data-testid="decoder-result"][data-status="ok"]')
    .first()
    .waitFor({ timeout: 10_000 });
}

/**
 * Presses Tab until focus comes back round and returns, for each control it landed on, whether
 * the control showed a focus ring (an outline or a box shadow) while it had focus.
 */
async function tabThrough(page: Page): Promise<FocusedControl[]> {
  const seen: FocusedControl[] = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const focused = (await page.evaluate(FOCUSED_CONTROL_SCRIPT)) as FocusedControl | null;
    if (!focused) continue;
    if (seen[0]?.control === focused.control) break;
    seen.push(focused);
  }
  return seen;
}

/**
 * Fails unless Tab reaches each of the page's controls, in the document's order and nothing
 * else, and each shows a focus ring.
 */
async function expectKeyboardReachable(page: Page, what: string): Promise<void> {
  const controls = (await page.evaluate(tabStopsScript('chromium'))) as string[];
  expect(controls.length, what).toBeGreaterThan(0);
  expectTabWalk(await tabThrough(page), controls, what);
}

describe('by keyboard alone', () => {
  beforeAll(() => setStoredLang(browser, 'en'));

  it('popup: Tab reaches every control, and each shows where focus is', async () => {
    const { tabId } = await openDemoTab(browser, demo.urls.bearer.auto);
    const popup = await browser.openExtensionPage('popup.html', tabId);
    await waitForWholePopup(popup);
    await expectKeyboardReachable(popup, 'popup');
    await popup.close();
  });

  it.each([
    ['bearer login', () => demo.urls.bearer.auto],
    ['session login', () => demo.urls.session.auto],
    ['browser page', undefined],
  ] as const)(
    'side panel on the %s: Tab reaches every control, and each shows where focus is',
    async (name, url) => {
      const tabId = url
        ? (await openDemoTab(browser, url())).tabId
        : await openRestrictedTab(browser);
      const side = await openSidePanelPage(browser, tabId);
      await expectKeyboardReachable(side, `side panel, ${name}`);
      await side.close();
    },
  );

  it.each(['decoder', 'har', 'learn'] as const)(
    'workbench %s section: Tab reaches every control, and each shows where focus is',
    async (section) => {
      const page = await openWorkbenchPage(browser, section, 1280);
      if (section === 'decoder') await pasteLongJwt(page);
      await expectKeyboardReachable(page, `workbench, ${section}`);
      await page.close();
    },
  );
});
