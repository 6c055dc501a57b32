/**
 * Verify in real Chromium against the demo's verify.localhost: a token valid with the issuer's
 * keys, fetched only after the click and its confirmation (the egress recorder sees exactly the
 * discovery document and the JWKS, and nothing before); invalid after one character of the payload
 * changes; the guessable secret found; the strong one not found, the search finishing; algorithm
 * confusion flagged as critical, never valid; and, in real DevTools, the JWKS the page fetched
 * used offline.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEAK_DEMO_SECRET } from '../../demo/verify-tokens.mjs';
import {
  buildExtension,
  launchWithExtension,
  openDemoTab,
  openRealDevToolsPanel,
  startDemo,
} from './harness';
import type { DemoServer, ExtensionBrowser } from './harness';
import { confusedToken, issuerKeys, withOneCharChanged } from './verify-scenarios';

let demo: DemoServer;
let extensionPath: string;
let browser: ExtensionBrowser;
let panel: Page;
let idToken: string;

beforeAll(async () => {
  extensionPath = await buildExtension();
  demo = await startDemo();
  browser = await launchWithExtension({ extensionPath });
  const { tabId } = await openDemoTab(browser, demo.urls.verify.auto, { tag: 'verify' });
  const cookies = await browser.context.cookies(demo.urls.verify.origin);
  idToken = cookies.find((c) => c.name === 'id_token')!.value;
  panel = await browser.openExtensionPage('devtools-panel.html', tabId);
  await panel.waitForSelector('[data-testid="verdict"]', { timeout: 20_000 });
}, 90_000);

afterAll(async () => {
  // close() fails the file if the extension made any request the tests did not take.
  await browser?.close();
  await demo?.close();
});

async function showTab(tab: 'tokens' | 'decoder') {
  await panel.locator(`[data-tab="${tab}"]`).click();
  await panel.waitForSelector(`[role="tab"][aria-selected="true"][data-tab="${tab}"]`);
}

/** The token card whose payload names `sub`. */
async function tokenCard(sub: string): Promise<Locator> {
  await showTab('tokens');
  const card = panel.locator('[data-testid="token"]', { hasText: `"${sub}"` });
  await card.waitFor();
  return card;
}

/** Pastes `token` in the Decoder and verifies it with `key`; returns the result element. */
async function verifyInDecoder(token: string, key: string): Promise<Locator> {
  await showTab('decoder');
  await panel.getByTestId('decoder-input').fill(token);
  const card = panel.getByTestId('decoded-item');
  await card.getByTestId('verify-key').fill(key);
  await card.getByTestId('verify-run').click();
  const result = card.getByTestId('verify-result');
  await result.waitFor();
  return result;
}

describe('Verify in real Chromium', () => {
  it('security: valid with the issuer’s keys, fetched only after the click and the confirm, and only those two URLs', async () => {
    const card = await tokenCard('demo-issuer');
    await card.getByTestId('verify-fetch-issuer').click();
    const plan = card.getByTestId('verify-fetch-plan');
    await expect.poll(() => plan.getAttribute('data-url')).toBe(demo.urls.verify.configuration);
    await expect.poll(() => plan.textContent()).toContain(demo.urls.verify.configuration);
    // Shown, not fetched: give a request the time to show up, then check none did.
    await panel.waitForTimeout(500);
    expect(browser.egress.egress).toEqual([]);

    await card.getByTestId('verify-fetch-confirm').click();
    const result = card.locator('[data-testid="verify-result"][data-status="valid"]');
    await result.waitFor({ timeout: 15_000 });
    expect(await result.getAttribute('data-key-from')).toBe('issuer');
    expect(await result.textContent()).toContain(demo.urls.verify.jwks);
    await expect
      .poll(() => browser.egress.egress.map((e) => e.url))
      .toEqual([demo.urls.verify.configuration, demo.urls.verify.jwks]);
    browser.egress.take();
  });

  it('invalid after one character of the payload changes (Decoder)', async () => {
    const { jwksText } = await issuerKeys(demo.urls);
    const valid = await verifyInDecoder(idToken, jwksText);
    expect(await valid.getAttribute('data-status')).toBe('valid');
    const changed = await verifyInDecoder(withOneCharChanged(idToken), jwksText);
    await expect.poll(() => changed.getAttribute('data-status')).toBe('invalid');
    // The decoded token stays on screen beside the verdict.
    expect(await panel.getByTestId('decoded-item').getAttribute('data-format')).toBe('jws');
  });

  it('security: the guessable secret is found, a critical finding, masked until revealed', async () => {
    const card = await tokenCard('demo-weak-secret');
    await card.getByTestId('weak-secret-run').click();
    const result = card.locator('[data-testid="weak-secret-result"][data-status="found"]');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.getAttribute('data-secret')).toBe(WEAK_DEMO_SECRET);
    expect(await result.getAttribute('data-severity')).toBe('critical');
    expect(await result.textContent()).not.toContain(WEAK_DEMO_SECRET);
    await result.locator('[data-testid="masked-value"] button[aria-pressed="false"]').click();
    await expect.poll(() => result.textContent()).toContain(WEAK_DEMO_SECRET);
  });

  it('a strong secret is not found, and the search finishes', async () => {
    const card = await tokenCard('demo-strong-secret');
    await card.getByTestId('weak-secret-run').click();
    const result = card.locator('[data-testid="weak-secret-result"][data-status="not-found"]');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.getAttribute('data-secret')).toBeNull();
    expect(await card.getByTestId('weak-secret-progress').count()).toBe(0);
  });

  it('security: an HS256 token signed with the issuer’s public key PEM is algorithm confusion, critical, never valid', async () => {
    const { pem } = await issuerKeys(demo.urls);
    const forged = confusedToken(pem, { sub: 'admin', iss: demo.urls.verify.issuer });
    const result = await verifyInDecoder(forged, pem);
    expect(await result.getAttribute('data-status')).toBe('error');
    expect(await result.getAttribute('data-error-code')).toBe('ERR_KEY_ALG_MISMATCH');
    expect(await result.getAttribute('data-algorithm-confusion')).toBe('true');
    expect(await result.getAttribute('data-severity')).toBe('critical');
  });

  it('in real DevTools, the JWKS the page fetched verifies the issuer’s token offline', async () => {
    const dt = await openRealDevToolsPanel({ extensionPath, url: demo.urls.verify.auto });
    try {
      const inPanel = (fn: string) =>
        dt.panel.waitForFunction(fn, { polling: 100, timeout: 30_000 });
      await inPanel(`document.querySelector('[data-testid="verdict"]') !== null`);
      // The app fetches its keys while DevTools watches (as an OpenID client library does).
      await dt.page.evaluate(() => fetch('/.well-known/jwks.json').then((r) => r.text()));
      await dt.panel.evaluate(() =>
        (document.querySelector('[data-tab="tokens"]') as HTMLElement).click(),
      );
      const card = `[...document.querySelectorAll('[data-testid="token"]')].find((c) => c.textContent.includes('"demo-issuer"'))`;
      await inPanel(`${card}?.querySelector('[data-testid="verify-page-jwks"]')`);
      const url = await dt.panel.evaluate(
        `${card}.querySelector('[data-testid="verify-page-jwks"]').dataset.url`,
      );
      expect(url).toBe(`${demo.urls.verify.origin}/.well-known/jwks.json`);
      await dt.panel.evaluate(`${card}.querySelector('[data-testid="verify-page-jwks"]').click()`);
      await inPanel(`${card}.querySelector('[data-testid="verify-result"]')`);
      const result = await dt.panel.evaluate(
        `({ ...${card}.querySelector('[data-testid="verify-result"]').dataset })`,
      );
      expect(result).toMatchObject({ status: 'valid', keyFrom: 'page-body' });
    } finally {
      // close() also fails the test if the extension made any request.
      await dt.close();
    }
  }, 150_000);
});
