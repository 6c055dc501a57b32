/**
 * The guessable-secret search of HS384/HS512 tokens runs in WebAssembly inside the real extension
 * (its worker under the extension pages' CSP), in real Chromium: the built worker says it used
 * `wasm`, and the Decoder finds an HS512 token's guessable secret and not an HS384 token's strong
 * one. The demo's own tokens are HS256 (verify.e2e.ts), which the JS HMAC searches.
 */
import { createHmac } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEAK_DEMO_SECRET } from '../../demo/verify-tokens.mjs';
import { buildExtension, launchWithExtension, openDemoTab, startDemo } from './harness';
import type { DemoServer, ExtensionBrowser } from './harness';
import { hmacToken, runBuiltWorker } from './weak-secret-tokens';

let demo: DemoServer;
let extensionPath: string;
let browser: ExtensionBrowser;
let panel: Page;

beforeAll(async () => {
  extensionPath = await buildExtension();
  demo = await startDemo();
  browser = await launchWithExtension({ extensionPath });
  const { tabId } = await openDemoTab(browser, demo.urls.plain.home, { tag: 'weak-secret-wasm' });
  panel = await browser.openExtensionPage('devtools-panel.html', tabId);
  await panel.locator('[data-tab="decoder"]').click();
  await panel.getByTestId('decoder-input').waitFor();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

describe('guessable secrets of HS384/HS512 in real Chromium', () => {
  it('the extension’s own worker searches HS384 and HS512 in WebAssembly, not the JS fallback', async () => {
    const worker = readdirSync(join(extensionPath, 'assets')).find((f) =>
      f.startsWith('weak-secret-worker-'),
    );
    for (const alg of ['HS384', 'HS512'] as const) {
      const done = await panel.evaluate(runBuiltWorker, {
        url: `/assets/${worker}`,
        token: hmacToken(alg, WEAK_DEMO_SECRET),
      });
      expect(done).toMatchObject({ engine: 'wasm', outcome: { status: 'found' } });
    }
  });

  it('security: the Decoder finds an HS512 token’s guessable secret, and not an HS384 token’s strong one', async () => {
    const input = panel.getByTestId('decoder-input');
    await input.fill(hmacToken('HS512', WEAK_DEMO_SECRET));
    await panel.getByTestId('weak-secret-run').click();
    const found = panel.locator('[data-testid="weak-secret-result"][data-status="found"]');
    await found.waitFor({ timeout: 30_000 });
    expect(await found.getAttribute('data-secret')).toBe(WEAK_DEMO_SECRET);

    await input.fill(hmacToken('HS384', createHmac('sha256', 'strong').digest('base64url')));
    await panel.getByTestId('weak-secret-run').click();
    const notFound = panel.locator('[data-testid="weak-secret-result"][data-status="not-found"]');
    await notFound.waitFor({ timeout: 60_000 });
    expect(await notFound.getAttribute('data-secret')).toBeNull();
  });
});
