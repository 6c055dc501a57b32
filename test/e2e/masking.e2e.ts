/**
 * security: on each demo login, in real Chromium, the raw credential values (read from the
 * browser itself: cookies through chrome.cookies, tokens from the page's storage) appear nowhere
 * in the popup, in any panel tab (cookie details opened), in the JSON or Markdown export or in the
 * copied report, until the user reveals one value; then exactly that one appears.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildExtension,
  launchWithExtension,
  startDemo,
  tabIdOf,
  waitForDemoDone,
  setStoredLang,
} from './harness';
import type { ChromeApi, DemoServer, ExtensionBrowser } from './harness';

declare const chrome: ChromeApi;

const PANEL_TABS = ['overview', 'cookies', 'tokens', 'requests', 'flow', 'decoder', 'learn'];
/** Shorter values are hidden whole and could match ordinary words; the masks show no prefix. */
const MIN_SECRET = 16;

let demo: DemoServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  const extensionPath = await buildExtension();
  demo = await startDemo();
  browser = await launchWithExtension({ extensionPath });
  await setStoredLang(browser, 'both');
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** Every raw value the page holds: cookie values (all of them, HttpOnly too) and stored tokens. */
async function rawSecrets(page: Page, url: string): Promise<string[]> {
  const cookies = await browser.serviceWorker.evaluate(
    async (u) => (await chrome.cookies.getAll({ url: u })).map((c) => c.value),
    url,
  );
  const stored = await page.evaluate(() =>
    [localStorage, sessionStorage].flatMap((area) =>
      Object.keys(area).map((k) => area.getItem(k) ?? ''),
    ),
  );
  // Stored values may be JSON around the token: take every token-shaped run.
  const inStorage = stored.flatMap((v) => v.match(/[\w.~+/=-]{16,}/g) ?? []);
  return [...new Set([...cookies, ...inStorage])].filter((v) => v.length >= MIN_SECRET);
}

/** A value counts as shown if its head (what a reveal shows first) or its tail is on screen. */
const shownIn = (text: string, secret: string) =>
  text.includes(secret.slice(0, 100)) || text.includes(secret.slice(-16));

const visibleText = (p: Page) => p.evaluate(() => document.body.innerText);

async function panelTexts(panel: Page): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const tab of PANEL_TABS) {
    await panel.locator(`[data-tab="${tab}"]`).click();
    await panel.waitForSelector(`[role="tab"][aria-selected="true"][data-tab="${tab}"]`);
    texts[tab] = await visibleText(panel);
  }
  // Each cookie's details (value, meaning, decoded forms, its token) one after another.
  await panel.locator('[data-tab="cookies"]').click();
  const rows = await panel.locator('[data-testid="cookie-row"]').all();
  for (const [i, row] of rows.entries()) {
    await row.click();
    await panel.waitForSelector('[data-testid="cookie-details"]');
    texts[`cookie ${i}`] = await visibleText(panel);
  }
  return texts;
}

async function exportTexts(panel: Page): Promise<Record<string, string>> {
  await panel.locator('[data-tab="export"]').click();
  await panel.waitForSelector('[data-testid="export-preview"][data-masked="true"]');
  await panel.evaluate(() => {
    // The copied report: caught on its way to the clipboard.
    navigator.clipboard.writeText = async (text: string) => {
      (window as unknown as { copied: string }).copied = text;
    };
  });
  const texts: Record<string, string> = {};
  for (const format of ['markdown', 'json']) {
    await panel.locator(`[role="radio"][data-format="${format}"]`).click();
    await panel.waitForSelector(`[data-testid="export-preview"][data-format="${format}"]`);
    texts[`export ${format}`] = await panel.locator('[data-testid="export-preview"]').innerText();
    await panel.getByTestId('export-copy').click();
    await panel.waitForFunction(() => (window as unknown as { copied?: string }).copied);
    texts[`copied ${format}`] = await panel.evaluate(
      () => (window as unknown as { copied: string }).copied,
    );
    await panel.evaluate(() => delete (window as unknown as { copied?: string }).copied);
  }
  return texts;
}

function expectNoneShown(texts: Record<string, string>, secrets: string[]): void {
  for (const [where, text] of Object.entries(texts)) {
    const leaked = secrets.filter((s) => shownIn(text, s)).map((s) => `${s.slice(0, 12)}…`);
    expect(leaked, `${where} shows a raw value`).toEqual([]);
  }
}

describe.each([
  ['session', () => demo.urls.session.auto],
  ['bearer', () => demo.urls.bearer.auto],
  ['jwt-cookie', () => demo.urls.jwtCookie.auto],
])('security: %s login', (_name, urlOf) => {
  it('raw values stay masked everywhere until one is revealed, then only that one shows', async () => {
    const url = urlOf();
    const page = await browser.context.newPage();
    await page.goto(url);
    await waitForDemoDone(page);
    const tabId = await tabIdOf(browser.serviceWorker, url);
    const secrets = await rawSecrets(page, url);
    expect(secrets.length).toBeGreaterThan(0);

    const popup = await browser.openExtensionPage('popup.html', tabId);
    await popup.waitForSelector('[data-testid="token"]', { timeout: 20_000 });
    expectNoneShown({ popup: await visibleText(popup) }, secrets);

    const panel = await browser.openExtensionPage('devtools-panel.html', tabId);
    await panel.waitForSelector('[data-testid="panel"][data-status="ready"]', { timeout: 20_000 });
    expectNoneShown(await panelTexts(panel), secrets);
    expectNoneShown(await exportTexts(panel), secrets);

    // Reveal one value in the popup: exactly that one is on screen.
    const row = popup.locator('[data-testid="token"]').first();
    await row
      .getByRole('button', { name: /Reveal the value|값 보기/ })
      .first()
      .click();
    const popupText = await visibleText(popup);
    expect(secrets.filter((s) => shownIn(popupText, s))).toHaveLength(1);

    // And in the panel: one token card revealed, one value shown; the export stays masked.
    await panel.locator('[data-tab="tokens"]').click();
    await panel.waitForSelector('[data-testid="token"]');
    await panel
      .locator('[data-testid="token"]')
      .first()
      .getByRole('button', { name: /Reveal the value|값 보기/ })
      .first()
      .click();
    const panelText = await visibleText(panel);
    expect(secrets.filter((s) => shownIn(panelText, s))).toHaveLength(1);
    expectNoneShown(await exportTexts(panel), secrets);

    await Promise.all([popup.close(), panel.close(), page.close()]);
  }, 120_000);
});
