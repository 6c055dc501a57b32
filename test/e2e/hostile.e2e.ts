/**
 * security: a hostile page (demo/hostile.mjs) plants markup, javascript: URLs, a right-to-left
 * override, zero-width look-alikes, a 4 KB cookie, a 1 MB stored value and a JWT that is not
 * UTF-8. In real Chromium, the popup and every panel tab show it as text: no element from page
 * data, no dialog, no raw bidi control, the interface stays left-to-right, "show all" works.
 * The panel's Decoder, inside real DevTools, gives each pasted malformed value its reason.
 */
import type { Page } from 'playwright-core';
import type { Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PANEL_TABS } from '../../components/panel/panel-store';
import { HOSTILE, startHostileSite, type HostileSite } from '../../demo/hostile.mjs';
import { MALFORMED_CASES } from '../fixtures/malformed/cases';
import {
  buildExtension,
  launchWithExtension,
  openRealDevToolsPanel,
  tabIdOf,
  waitForDemoDone,
  setStoredLang,
} from './harness';
import type { ExtensionBrowser } from './harness';

let site: HostileSite;
let extensionPath: string;
let browser: ExtensionBrowser;
const dialogs: string[] = [];

beforeAll(async () => {
  extensionPath = await buildExtension();
  site = await startHostileSite();
  browser = await launchWithExtension({ extensionPath });
  await setStoredLang(browser, 'en');
  // Any alert/confirm/prompt anywhere (page, popup, panel) is a script that ran: record it.
  browser.context.on('page', (p) =>
    p.on('dialog', (d) => {
      dialogs.push(`${p.url()}: ${d.message()}`);
      void d.dismiss();
    }),
  );
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** What a hostile value must never produce in an extension page, read from its DOM. */
async function safetyOf(page: Page) {
  return page.evaluate(() => {
    // The extension's own scripts and images come from its package (src="/…"): allowed.
    const injected = document.querySelectorAll(
      'img:not([src^="/"]), script:not([src]), svg, iframe, object, embed, b, a[href^="javascript:"], [onerror], [onload]',
    );
    const text = document.body.innerText;
    return {
      injected: [...injected].map((e) => `${e.tagName} ${e.getAttribute('src') ?? ''}`),
      rawInvisible: /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u3164\uFEFF]/.test(text),
      marks: [...document.querySelectorAll('[data-invisible]')].map((e) =>
        e.getAttribute('data-invisible'),
      ),
      dir: getComputedStyle(document.body).direction,
      htmlDir: document.documentElement.dir,
      text,
    };
  });
}

async function visitHostile(): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(site.url);
  await waitForDemoDone(page);
  return tabIdOf(browser.serviceWorker, site.url);
}

describe('security: hostile page values in real Chromium', () => {
  it('the popup shows them as text, marks invisible characters, stays left-to-right', async () => {
    const tabId = await visitHostile();
    const popup = await browser.openExtensionPage('popup.html', tabId);
    await popup.waitForSelector('[data-testid="verdict"]', { timeout: 20_000 });
    await popup.waitForSelector('[data-testid="token"]', { timeout: 20_000 });
    for (const reveal of await popup.getByRole('button', { name: /Reveal the value/ }).all()) {
      await reveal.click();
    }
    const safety = await safetyOf(popup);
    expect(safety.injected).toEqual([]);
    expect(safety.rawInvisible).toBe(false);
    expect(safety.dir).toBe('ltr');
    expect(safety.htmlDir).not.toBe('rtl');
    // The stored token's place names the page's key, tags and all, as text.
    expect(safety.text).toContain(HOSTILE.bold);
    expect(dialogs).toEqual([]);
    await popup.close();
  }, 90_000);

  it('every panel tab shows them as text; look-alikes differ; "show all" reveals the rest', async () => {
    const tabId = await visitHostile();
    const panel = await browser.openExtensionPage('devtools-panel.html', tabId);
    await panel.waitForSelector('[data-testid="panel"][data-status="ready"]', { timeout: 20_000 });
    for (const tab of PANEL_TABS) {
      await panel.locator(`[data-tab="${tab}"]`).click();
      await panel.waitForSelector(`[role="tab"][aria-selected="true"][data-tab="${tab}"]`);
      const safety = await safetyOf(panel);
      expect(safety.injected, tab).toEqual([]);
      expect(safety.rawInvisible, tab).toBe(false);
      expect(safety.dir, tab).toBe('ltr');
    }

    await panel.locator('[data-tab="cookies"]').click();
    const names = await panel
      .locator('[data-testid="cookie-row"] td:first-child')
      .evaluateAll((cells) => cells.map((c) => c.textContent));
    expect(names).toContain('sid');
    expect(names).toContain('s⟨U+200B⟩id');
    expect(names).toContain('gpj.⟨U+202E⟩exe.session');
    expect(names).toContain(HOSTILE.script);

    // The 4 KB cookie: revealed, it is cut; "show all" shows every character.
    await panel.locator('[data-testid="cookie-row"][data-cookie="big_session"]').click();
    const details = panel.locator('[data-testid="cookie-details"]');
    await details.getByRole('button', { name: /Reveal the value/ }).click();
    const value = details.locator('[data-testid="masked-value-text"]');
    expect((await value.innerText()).length).toBeLessThan(200);
    await details.getByRole('button', { name: /Show all/ }).click();
    expect(await value.innerText()).toBe(HOSTILE.bigCookie);

    // A 30 KB claim is cut in the token view, and shown whole on request.
    await panel.locator('[data-tab="tokens"]').click();
    const big = panel.locator('[data-claim="big"] .tp-json__value').first();
    expect(await big.innerText()).not.toContain('END');
    await big.getByTestId('value-show-all').click();
    expect(await big.innerText()).toContain('long-claim-END');

    // The JWT that is not UTF-8: U+FFFD where the bytes break, and the reason.
    const broken = panel.locator('[data-testid="token-error"][data-error-code="ERR_BAD_UTF8"]');
    expect(await broken.count()).toBeGreaterThan(0);
    const card = panel.locator('[data-testid="token"]', { has: broken }).first();
    expect(await card.innerText()).toContain('\uFFFD');

    const safety = await safetyOf(panel);
    expect(safety.injected).toEqual([]);
    expect(safety.marks).toContain('U+200B');
    expect(dialogs).toEqual([]);
    await panel.close();
  }, 120_000);
});

/** One case of each reason, plus the odd-but-readable ones. */
const SAMPLE = (() => {
  const seen = new Set<string>();
  return MALFORMED_CASES.filter((c) => {
    if (c.input.length > 100_000) return false; // typing 1 MB through CDP proves nothing more
    const key = c.expect === 'decoded' ? `decoded:${c.id}` : c.expect;
    if (seen.has(key) && c.expect !== 'decoded') return false;
    seen.add(key);
    return true;
  }).slice(0, 24);
})();

describe('the real DevTools panel’s Decoder on the malformed corpus', () => {
  it('gives each pasted case its reason and keeps working', async () => {
    const dt = await openRealDevToolsPanel({ extensionPath, url: site.url });
    try {
      const { panel } = dt;
      const until = (fn: string) => panel.waitForFunction(fn, { polling: 100, timeout: 30_000 });
      await until(`document.querySelector('[data-tab="decoder"]') !== null`);
      await panel.evaluate(() =>
        (document.querySelector('[data-tab="decoder"]') as HTMLElement).click(),
      );
      await until(`document.querySelector('[data-testid="decoder-input"]') !== null`);
      for (const c of SAMPLE) {
        const result = await pasteInto(panel, c.input);
        if (c.expect === 'decoded') {
          expect(result.status, c.id).toBe('ok');
          expect(result.format, c.id).toBe(c.format);
        } else if (c.input.trim() !== '') {
          expect(result.code, c.id).toBe(c.expect);
          expect(result.text, c.id).toContain(c.expect);
        }
        expect(result.injected, c.id).toBe(0);
      }
    } finally {
      await dt.close();
    }
  }, 180_000);
});

/** Sets the textarea as a paste would (React sees an input event) and reads the result. */
async function pasteInto(panel: Frame, value: string) {
  await panel.evaluate((v) => {
    const area = document.querySelector('[data-testid="decoder-input"]') as HTMLTextAreaElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setter.call(area, v);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
  await panel.waitForFunction(
    (v) =>
      (document.querySelector('[data-testid="decoder-input"]') as HTMLTextAreaElement).value === v,
    { polling: 100, timeout: 10_000 },
    value,
  );
  return panel.evaluate(() => {
    const result = document.querySelector('[data-testid="decoder-result"]') as HTMLElement;
    return {
      status: result.dataset.status,
      code: result.dataset.errorCode,
      format: result.querySelector('[data-testid="decoded-item"]')?.getAttribute('data-format'),
      text: result.innerText,
      injected: result.querySelectorAll('img, script, iframe, a[href^="javascript:"]').length,
    };
  });
}
