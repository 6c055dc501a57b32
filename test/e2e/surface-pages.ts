/**
 * The side panel and the workbench as the rendering checks (a11y, layout, contrast) open them in
 * Chromium, and the long token they paste into the Decoder (Firefox's checks paste it too).
 */
import type { Page } from 'playwright-core';
import { openDemoTab, tabIdOf, waitForWholePopup } from './harness';
import type { DemoServer, ExtensionBrowser } from './harness';

/** The widths the side panel is checked at: narrow (as Chrome opens it, dragged in) and wide. */
export const SIDE_PANEL_WIDTHS = [320, 600] as const;

/** The widths the workbench is checked at: a half-screen window and a laptop's whole screen. */
export const WORKBENCH_WIDTHS = [800, 1280] as const;

type Browser = Pick<ExtensionBrowser, 'context' | 'serviceWorker' | 'extensionId'>;

/**
 * Opens `sidepanel.html?tabId=N` (the pinned form) at `width` and waits for all of it: the
 * verdict and its counts, or, on a browser page, the note that Tokki cannot read it.
 */
export async function openSidePanelPage(
  browser: Browser,
  tabId: number,
  width: number = SIDE_PANEL_WIDTHS[0],
): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  await page.waitForSelector('[data-testid="popup"][data-surface="side-panel"]');
  await page.waitForSelector('[data-testid="verdict"], [data-testid="state-restricted"]', {
    timeout: 15_000,
  });
  if (await page.locator('[data-testid="verdict"]').count()) await waitForWholePopup(page);
  return page;
}

/** Opens a browser page no extension may read (chrome://version/) and returns its tab id. */
export async function openRestrictedTab(browser: Browser): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto('chrome://version/');
  return tabIdOf(browser.serviceWorker, 'chrome://version/');
}

/** The pages the side panel's rendering checks follow: two logins, and a browser page. */
export const SIDE_PANEL_PAGES = [
  ['bearer login', 'bearer'],
  ['session login', 'session'],
  ['browser page', undefined],
] as const;

/** Opens the demo's `login` page, logged in, or a browser page when none is named; its tab id. */
export async function openSidePanelSubject(
  browser: Browser,
  demo: DemoServer,
  login: 'bearer' | 'session' | undefined,
): Promise<number> {
  return login
    ? (await openDemoTab(browser, demo.urls[login].auto)).tabId
    : openRestrictedTab(browser);
}

/** Opens `workbench.html#<section>` at `width` and waits for it to render. */
export async function openWorkbenchPage(
  browser: Browser,
  section: 'decoder' | 'har' | 'learn',
  width: number,
): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`chrome-extension://${browser.extensionId}/workbench.html#${section}`);
  await page.waitForSelector(`[role="tab"][data-section="${section}"][aria-selected="true"]`);
  return page;
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A JWT as long as real ones get (about 3 KB): a claim that is one unbroken 1,200-character word,
 * a long URL, a list of scopes and a 512-byte signature, made fresh for the run.
 */
export function longJwt(): string {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url({ alg: 'RS512', typ: 'JWT', kid: 'k'.repeat(80) });
  const payload = b64url({
    sub: `user-${'x'.repeat(1200)}`,
    iss: `https://login.example.com/${'tenant/'.repeat(30)}`,
    aud: ['https://api.example.com', 'https://files.example.com'],
    scope: Array.from({ length: 40 }, (_, i) => `scope.read.${i}`).join(' '),
    iat: now,
    exp: now + 3600,
  });
  const signature = Buffer.alloc(512, 7).toString('base64url');
  return `${header}.${payload}.${signature}`;
}

/**
 * Source text: types `text` into the field at `selector` as a paste does to a React field (its
 * own value setter, then the input event), for pages only reachable by evaluating source text.
 */
export function pasteScript(selector: string, text: string): string {
  return `(() => {
    const field = document.querySelector(${JSON.stringify(selector)});
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value').set.call(
      field, ${JSON.stringify(text)});
    field.dispatchEvent(new Event('input', { bubbles: true }));
  })()`;
}

/** Source text: the Decoder has read what was pasted. */
export const DECODED_SCRIPT = `document.querySelector('[data-testid="decoder-result"]')?.dataset.status === 'ok'`;
