/**
 * Verify in real Firefox ESR, in the panel page opened on a demo tab: a token the demo's issuer
 * signed is valid with the keys fetched after the click and its confirm, and invalid once one
 * character of its payload changes; an HS256 token is valid with its secret; the guessable-secret
 * worker runs and finds the demo's secret (the Chromium file, verify.e2e.ts, covers the rest).
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from '../../demo/site.mjs';
import type { DemoServer } from '../../demo/site.mjs';
import { WEAK_DEMO_SECRET } from '../../demo/verify-tokens.mjs';
import { buildFirefoxAddon, launchFirefoxWithAddon } from './firefox/harness';
import type { AddonFrame, FirefoxWithAddon } from './firefox/harness';
import { until, type PanelDriver } from './panel-scenarios';
import { issuerKeys, verifyLoginCookies, withOneCharChanged } from './verify-scenarios';

let demo: DemoServer;
let ff: FirefoxWithAddon;
let frame: AddonFrame;
let panel: PanelDriver;

beforeAll(async () => {
  demo = await startDemo();
  ff = await launchFirefoxWithAddon({ addonPath: buildFirefoxAddon() });
  await ff.setStoredLang('en');
  await ff.visitDemo(demo.urls.plain.home, false);
  frame = await ff.openExtensionPage('devtools-panel.html', await ff.tabIdOf(demo.urls.plain.home));
  panel = {
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
  await until(panel, `document.querySelector('[data-tab="decoder"]')`);
  await panel.evaluate(`document.querySelector('[data-tab="decoder"]').click()`);
  await until(panel, `document.querySelector('[data-testid="decoder-input"]')`);
}, 150_000);

afterAll(async () => {
  await ff?.close();
  await demo?.close();
});

const click = (testId: string) =>
  panel.evaluate(`document.querySelector('[data-testid="${testId}"]').click()`);
const resultStatus = () =>
  panel.evaluate<string | null>(
    `document.querySelector('[data-testid="verify-result"]')?.dataset.status ?? null`,
  );

async function paste(token: string) {
  await panel.type('[data-testid="decoder-input"]', token);
  await until(panel, `document.querySelector('[data-testid="verify-key"]')`);
}

async function verifyWith(key: string): Promise<string | null> {
  await panel.type('[data-testid="verify-key"]', key);
  await click('verify-run');
  await until(panel, `document.querySelector('[data-testid="verify-result"]')`);
  return resultStatus();
}

describe('Verify in real Firefox', () => {
  it('the issuer’s keys, fetched after the click and confirm, say valid; one payload character changed says invalid', async () => {
    const { id_token: idToken } = await verifyLoginCookies(demo.urls, demo.port);
    await paste(idToken!);
    await click('verify-fetch-issuer');
    const shown = await panel.evaluate<string>(
      `document.querySelector('[data-testid="verify-fetch-plan"]').dataset.url`,
    );
    expect(shown).toBe(demo.urls.verify.configuration);
    await click('verify-fetch-confirm');
    await until(panel, `document.querySelector('[data-testid="verify-result"]')`);
    expect(await resultStatus()).toBe('valid');
    expect(
      await panel.evaluate<string>(
        `document.querySelector('[data-testid="verify-result"]').dataset.keyFrom`,
      ),
    ).toBe('issuer');

    await paste(withOneCharChanged(idToken!));
    const { jwksText } = await issuerKeys(demo.urls);
    expect(await verifyWith(jwksText)).toBe('invalid');
  });

  it('an HS256 token is valid with its secret and invalid with another', async () => {
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const input = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: 'minji' })}`;
    const secret = 'firefox-verifies-too';
    await paste(`${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`);
    expect(await verifyWith(secret)).toBe('valid');
    await panel.type('[data-testid="verify-key"]', 'another');
    await click('verify-run');
    await until(
      panel,
      `document.querySelector('[data-testid="verify-result"]')?.dataset.status === 'invalid'`,
    );
  });

  it('the guessable-secret check runs in its worker in Firefox too and finds the demo’s secret', async () => {
    const { weak_token: weakToken } = await verifyLoginCookies(demo.urls, demo.port);
    await paste(weakToken!);
    await click('weak-secret-run');
    await until(
      panel,
      `document.querySelector('[data-testid="weak-secret-result"]')?.dataset.status === 'found'`,
    );
    const secret = await panel.evaluate<string>(
      `document.querySelector('[data-testid="weak-secret-result"]').dataset.secret`,
    );
    expect(secret).toBe(WEAK_DEMO_SECRET);
  });
});
