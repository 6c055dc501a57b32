/**
 * The sidebar in real Firefox ESR (the firefox-mv2 build's `sidebar_action`). The REAL sidebar is
 * driven: it is opened from the browser's parent process with Firefox's own
 * `SidebarController.show` (what View → Sidebar does; `sidebarAction.open()` would need a real
 * click, which the remote debugging protocol cannot give), and its page is then read as any add-on
 * page. Tabs are switched with `browser.tabs.update({ active: true })` from the background, as a
 * click on a tab does. The popup's button is checked to name the sidebar (its API detected).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from '../../demo/site.mjs';
import type { DemoServer } from '../../demo/site.mjs';
import { buildFirefoxAddon, launchFirefoxWithAddon } from './firefox/harness';
import type { AddonFrame, FirefoxWithAddon } from './firefox/harness';

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

/** What a side panel page shows, read in the page itself. */
const READ_SHOWN = `(() => ({
  verdict: document.querySelector('[data-testid="verdict"]')?.getAttribute('data-verdict') ?? null,
  site: document.querySelector('[data-testid="site"]')?.textContent ?? '',
  tabId: document.querySelector('[data-testid="side-panel-report"]')?.getAttribute('data-tab-id') ?? null,
  following: document.querySelector('[data-testid="side-panel-following"]')?.textContent ?? '',
}))()`;

interface Shown {
  verdict: string | null;
  site: string;
  tabId: string | null;
  following: string;
}

async function visit(url: string, waitForScript = true): Promise<{ page: Page; tabId: number }> {
  const page = await ff.visitDemo(url, waitForScript);
  return { page, tabId: await ff.tabIdOf(url) };
}

const inBackground = <T>(expression: string) => ff.evaluate<T>(ff.background, expression);

describe('Firefox: the sidebar', () => {
  let sidebar: AddonFrame;
  let bearer: { page: Page; tabId: number };
  let session: { page: Page; tabId: number };
  const shown = () => ff.evaluate<Shown>(sidebar, READ_SHOWN);
  const activate = (tabId: number) =>
    inBackground(`browser.tabs.update(${tabId}, { active: true }).then(() => true)`);

  beforeAll(async () => {
    bearer = await visit(`${demo.urls.bearer.auto}?sb=1`);
    session = await visit(`${demo.urls.session.home}?sb=2`, false);
    // One window for both, the sidebar's.
    const windowId = await inBackground<number>(
      `browser.tabs.get(${bearer.tabId}).then((t) => t.windowId)`,
    );
    await inBackground(
      `browser.tabs.move(${session.tabId}, { windowId: ${windowId}, index: -1 }).then(() => true)`,
    );
    await activate(bearer.tabId);
  }, 90_000);

  it('the popup offers to keep the answer open in the sidebar', async () => {
    const popup = await ff.openExtensionPage('popup.html', bearer.tabId);
    await expect
      .poll(
        () =>
          ff.evaluate<string | null>(
            popup,
            `document.querySelector('[data-testid="open-side-panel"]')?.getAttribute('data-kind') ?? null`,
          ),
        { timeout: 15_000 },
      )
      .toBe('sidebar');
    expect(
      await ff.evaluate<string>(
        popup,
        `document.querySelector('[data-testid="open-side-panel"]').textContent`,
      ),
    ).toBe('Keep open in the sidebar');
    await ff.closeAddonTabs();
    await activate(bearer.tabId);
  });

  it('opens as the real sidebar and shows the tab in front', async () => {
    const known = new Set(ff.inspector.pages().map((f) => f.actor));
    const opened = await ff.evaluateInParent<string | null>(`(() => {
      const win = Services.wm.getMostRecentWindow('navigator:browser');
      const controller = win.SidebarController ?? win.SidebarUI;
      if (!controller) return null;
      controller.show('tokki_tokki_dev-sidebar-action');
      return 'shown';
    })()`);
    expect(opened).toBe('shown');
    sidebar = await ff.inspector.waitForPage(
      (f) => f.url === `${ff.origin}/sidepanel.html` && !known.has(f.actor),
      30_000,
    );
    await expect.poll(async () => (await shown()).verdict, { timeout: 15_000 }).toBe('token');
    const now = await shown();
    expect(now.tabId).toBe(String(bearer.tabId));
    expect(now.following).toContain('Following the active tab');
    expect(now.site).toContain('bearer.localhost');
  });

  it('follows tab switches: each tab brings its own verdict', async () => {
    await activate(session.tabId);
    await expect
      .poll(async () => (await shown()).tabId, { timeout: 10_000 })
      .toBe(String(session.tabId));
    await expect.poll(async () => (await shown()).verdict, { timeout: 15_000 }).toBe('none');
    expect((await shown()).site).toContain('session.localhost');
    await activate(bearer.tabId);
    await expect.poll(async () => (await shown()).verdict, { timeout: 15_000 }).toBe('token');
  });

  it('updates live when the followed tab logs in', async () => {
    await activate(session.tabId);
    await expect.poll(async () => (await shown()).verdict, { timeout: 15_000 }).toBe('none');
    const status = await session.page.evaluate(async () => {
      const login = await fetch('/login', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
        body: new URLSearchParams({ username: 'demo', password: 'demo' }),
      });
      return login.status;
    });
    expect(status).toBeLessThan(400);
    await expect.poll(async () => (await shown()).verdict, { timeout: 15_000 }).toBe('session');
  });
});
