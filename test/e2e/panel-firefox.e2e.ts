/**
 * The DevTools panel inside real Firefox DevTools (firefox-esr, the toolbox opened on the demo
 * tab and the Tokki panel clicked): the same checks as the Chromium panel test (panel.e2e.ts),
 * through Firefox's own devtools.inspectedWindow and devtools.network.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from '../../demo/site.mjs';
import type { DemoServer } from '../../demo/site.mjs';
import { buildFirefoxAddon, launchFirefoxWithAddon } from './firefox/harness';
import type { AddonFrame, FirefoxWithAddon } from './firefox/harness';

let demo: DemoServer;
let ff: FirefoxWithAddon;

beforeAll(async () => {
  // Short-lived access tokens, so a refresh happens while the test watches.
  demo = await startDemo({ accessTtlSeconds: 5 });
  ff = await launchFirefoxWithAddon({ addonPath: buildFirefoxAddon() });
  await ff.evaluate(ff.background, `browser.storage.local.set({ settings: { lang: 'en' } })`);
}, 150_000);

// Each test's tab (and the toolbox docked in it) closes after it.
afterEach(async () => {
  const pages = await ff.browser.pages();
  await Promise.all(pages.slice(1).map((page) => page.close().catch(() => undefined)));
});

afterAll(async () => {
  await ff?.close();
  await demo?.close();
});

/** Opens `url` in a new tab in front, waits for its demo login, and opens the Tokki panel on it. */
async function panelOn(url: string): Promise<{ page: Page; panel: AddonFrame }> {
  const page = await ff.browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.tokkiDemo !== undefined, {
    polling: 100,
    timeout: 20_000,
  });
  const panel = await ff.openDevToolsPanel();
  await until(panel, `document.querySelector('[data-testid="verdict"]') !== null`);
  return { page, panel };
}

/** Polls `expression` (source text) in the panel until it is truthy. */
async function until(panel: AddonFrame, expression: string, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await ff.evaluate<boolean>(panel, `Boolean(${expression})`).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out in the panel waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

async function showTab(panel: AddonFrame, tab: string): Promise<void> {
  const selector = JSON.stringify(`[data-tab="${tab}"]`);
  await ff.evaluate(panel, `document.querySelector(${selector})?.click()`);
  await until(
    panel,
    `document.querySelector('[role="tab"][aria-selected="true"]')?.dataset.tab === ${JSON.stringify(tab)}`,
  );
}

const attr = (panel: AddonFrame, selector: string, name: string) =>
  ff.evaluate<string | null>(
    panel,
    `document.querySelector(${JSON.stringify(selector)})?.getAttribute(${JSON.stringify(name)}) ?? null`,
  );

describe('DevTools panel in real Firefox DevTools', () => {
  it('session login: verdict, the session cookie in the table, its token card', async () => {
    const { panel } = await panelOn(demo.urls.session.auto);
    // The panel names its tab from devtools.inspectedWindow, not from the URL.
    expect(panel.url).not.toContain('tabId=');
    const inspected = await ff.evaluate<number>(panel, 'browser.devtools.inspectedWindow.tabId');
    expect(await ff.tabIdOf(demo.urls.session.auto)).toBe(inspected);
    await until(
      panel,
      `document.querySelector('[data-testid="verdict"]')?.dataset.verdict === 'session'`,
    );
    await showTab(panel, 'cookies');
    await until(
      panel,
      `document.querySelector('[data-testid="cookie-row"][data-cookie="sessionid"]') !== null`,
    );
    expect(
      await attr(panel, '[data-cookie="sessionid"] [data-credential]', 'data-credential'),
    ).toBe('session-id');
    await showTab(panel, 'tokens');
    expect(await attr(panel, '[data-testid="token"]', 'data-location')).toBe('cookie-httponly');
  });

  it('bearer login: token verdict, a refresh in the timeline, the issuing body, a masked export', async () => {
    const { page, panel } = await panelOn(demo.urls.bearer.auto);
    await until(
      panel,
      `document.querySelector('[data-testid="verdict"]')?.dataset.verdict === 'token'`,
    );

    await showTab(panel, 'tokens');
    await until(
      panel,
      `[...document.querySelectorAll('[data-testid="token"]')].some((t) => t.dataset.tokenKind === 'access')`,
    );
    const kinds = await ff.evaluate<string[]>(
      panel,
      `[...document.querySelectorAll('[data-testid="token"]')].map(
        (t) => t.getAttribute('data-token-kind') + '@' + t.getAttribute('data-location'))`,
    );
    expect(kinds).toContain('refresh@cookie-httponly');

    // One refresh seen live: an access token whose life says what it replaced.
    await showTab(panel, 'flow');
    await until(
      panel,
      `[...document.querySelectorAll('[data-testid="flow-life"][data-kind="access"]')].some((l) => l.querySelector('[data-link="panel.flow.replaces"]') && l.querySelector('[data-link="panel.flow.renewedWith"]'))`,
      45_000,
    );

    // Firefox's devtools.network saw POST /refresh answer with a new access token.
    await showTab(panel, 'requests');
    await until(
      panel,
      `document.querySelectorAll('[data-testid="issuing-body"]').length > 0`,
      45_000,
    );
    const bodies = await ff.evaluate<string[]>(
      panel,
      `[...document.querySelectorAll('[data-testid="issuing-body"]')].map((b) => b.textContent ?? '')`,
    );
    expect(bodies.some((b) => b.includes('/refresh'))).toBe(true);

    // The export is masked: the live access token (read from the page itself) is not in it.
    await showTab(panel, 'export');
    await until(
      panel,
      `document.querySelector('[data-testid="export-preview"]')?.dataset.masked === 'true'`,
    );
    const token = await page.evaluate(() => localStorage.getItem('access_token'));
    expect(token).toMatch(/^eyJ/);
    const preview = await ff.evaluate<string>(
      panel,
      `document.querySelector('[data-testid="export-preview"]')?.textContent ?? ''`,
    );
    expect(preview).toContain('Tokki');
    expect(preview).not.toContain(token!);
    expect(preview).not.toContain(token!.split('.')[2]!);
  });

  it('decoder: a pasted broken token shows the engine’s error code', async () => {
    const { panel } = await panelOn(demo.urls.plain.home);
    await showTab(panel, 'decoder');
    // What typing does: the field's own value setter, then the input event React listens for.
    await ff.evaluate(
      panel,
      `(() => {
        const field = document.querySelector('[data-testid="decoder-input"]');
        Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value').set.call(
          field, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIx');
        field.dispatchEvent(new Event('input', { bubbles: true }));
      })()`,
    );
    await until(
      panel,
      `document.querySelector('[data-testid="decoder-result"]')?.dataset.status === 'error'`,
    );
    expect(await attr(panel, '[data-testid="decoder-result"]', 'data-error-code')).toBe(
      'ERR_TRUNCATED',
    );
  });
});
