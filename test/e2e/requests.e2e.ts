/**
 * Requests, DevTools-grade, in real Chromium on the demo's bearer login: the issuing POST /login
 * is listed once the "credentials only" switch is off, the details show headers with credential
 * values masked, and Copy as cURL, revealed, sends the same request again (run with curl against
 * the demo server: the same answer; masked: refused). Docked to the side (460 px), the details
 * sit below the list and nothing scrolls sideways.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUT_SCRIPT, expectLaidOut, type LayoutReport } from './layout-script';
import {
  buildExtension,
  launchWithExtension,
  openDemoTab,
  setStoredLang,
  startDemo,
  verdictOf,
} from './harness';
import type { DemoServer, ExtensionBrowser } from './harness';

let demo: DemoServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  demo = await startDemo();
  browser = await launchWithExtension({ extensionPath: await buildExtension() });
  await setStoredLang(browser, 'en');
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** The panel on the bearer login's tab, on its Requests tab, at `width` px. */
async function requestsPanel(width: number): Promise<{ panel: Page; page: Page }> {
  const { page, tabId } = await openDemoTab(browser, demo.urls.bearer.auto);
  const panel = await browser.openExtensionPage('devtools-panel.html', tabId);
  await panel.setViewportSize({ width, height: 800 });
  await verdictOf(panel);
  await panel.locator('[data-tab="requests"]').click();
  await panel.waitForSelector('[data-testid="request-row"]');
  return { panel, page };
}

/** The row whose method and Name column (the path) are these. */
function rowOf(panel: Page, method: string, path: string) {
  return panel
    .locator('[data-testid="request-row"]')
    .filter({ has: panel.locator('.tp-req__method', { hasText: method }) })
    .filter({ has: panel.locator('.tp-req__url', { hasText: new RegExp(`^${path}$`) }) });
}

/** What the panel puts on the clipboard, kept in the page instead. */
async function catchCopies(panel: Page): Promise<() => Promise<string>> {
  await panel.evaluate(() => {
    const w = window as unknown as { copied: string[] };
    w.copied = [];
    navigator.clipboard.writeText = (text: string) => {
      w.copied.push(text);
      return Promise.resolve();
    };
  });
  return () =>
    panel.evaluate(() => (window as unknown as { copied: string[] }).copied.at(-1) ?? '');
}

/**
 * Runs a copied command with bash, as a developer pastes it: the status and the body. Not
 * blocking: the demo server answers from this same process.
 */
async function runCurl(command: string): Promise<{ status: number; body: string }> {
  const { stdout } = await promisify(execFile)(
    'bash',
    ['-c', `${command} -s -w '\\n%{http_code}'`],
    {
      encoding: 'utf8',
      timeout: 15_000,
    },
  );
  const cut = stdout.lastIndexOf('\n');
  return { status: Number(stdout.slice(cut + 1)), body: stdout.slice(0, cut) };
}

describe('Requests in real Chromium', () => {
  it('lists the issuing POST /login with the switch off; Copy as cURL, revealed, gets the same answer', async () => {
    const { panel, page } = await requestsPanel(1200);
    const token = await page.evaluate(() => localStorage.getItem('access_token'));
    expect(token).toBeTruthy();

    // Credentials only by default, saying what it hides and offering it.
    await expect
      .poll(() => panel.locator('[data-testid="requests-hidden"]').textContent())
      .toMatch(/\d+ requests? without credentials hidden/);
    const before = await panel
      .locator('[data-testid="request-grid"]')
      .getAttribute('aria-rowcount');
    await panel.locator('[data-testid="show-hidden-requests"]').click();
    await expect
      .poll(async () =>
        Number(await panel.locator('[data-testid="request-grid"]').getAttribute('aria-rowcount')),
      )
      .toBeGreaterThan(Number(before));
    await expect.poll(() => rowOf(panel, 'POST', '/login').count()).toBeGreaterThan(0);
    // Times to the millisecond.
    const time = await rowOf(panel, 'POST', '/login')
      .first()
      .locator('.tp-req__time')
      .textContent();
    expect(time).toMatch(/^\d\d:\d\d:\d\d\.\d{3}$/);

    // The API call with the access token: its headers masked until revealed.
    await rowOf(panel, 'GET', '/api/me').first().click();
    const details = panel.locator('[data-testid="request-details"]');
    await details.waitFor();
    expect(await details.locator('[data-credential="true"] [data-revealed="false"]').count()).toBe(
      await details.locator('[data-credential="true"]').count(),
    );
    expect(await details.textContent()).not.toContain(token);
    expect(await details.textContent()).toMatch(/done \+[\d.]+ ms/);
    // Wide: the details beside the list.
    const grid = (await panel.locator('[data-testid="request-grid"]').boundingBox())!;
    const box = (await details.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(grid.x + grid.width - 1);

    const copied = await catchCopies(panel);
    await panel.locator('[data-testid="copy-curl"]').click();
    const masked = await copied();
    expect(masked).toMatch(/^curl 'http:\/\/bearer\.localhost:\d+\/api\/me'/);
    expect(masked).not.toContain(token!);
    expect((await runCurl(masked)).status).toBe(401);

    await panel.locator('[data-testid="reveal-request"]').check();
    await panel.locator('[data-testid="copy-curl"]').click();
    const revealed = await copied();
    const sent = /authorization: (Bearer [^'\s]+)/i.exec(revealed)?.[1];
    expect(sent).toBeTruthy();
    const replay = await runCurl(revealed);
    const original = await page.evaluate(async (authorization) => {
      const response = await fetch('/api/me', { headers: { authorization } });
      return { status: response.status, body: await response.text() };
    }, sent!);
    expect(replay.status).toBe(200);
    expect(replay).toEqual(original);

    await panel.locator('[data-testid="copy-authorization"]').click();
    expect(await copied()).toBe(`Authorization: ${sent}`);
    await panel.close();
    await page.close();
  }, 120_000);

  it('docked to the side (460 px): the details sit below the list, nothing scrolls sideways', async () => {
    const { panel, page } = await requestsPanel(460);
    await panel.locator('[data-testid="request-row"]').first().click();
    const details = panel.locator('[data-testid="request-details"]');
    await details.waitFor();
    const grid = (await panel.locator('[data-testid="request-grid"]').boundingBox())!;
    const box = (await details.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(grid.y + grid.height - 1);
    expect(box.width).toBeLessThanOrEqual(460);
    const layout = (await panel.evaluate(LAYOUT_SCRIPT)) as LayoutReport;
    expectLaidOut(layout, 'Requests with a request selected, 460 px');
    await panel.close();
    await page.close();
  }, 120_000);
});
