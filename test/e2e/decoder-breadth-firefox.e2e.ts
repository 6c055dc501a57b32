/**
 * The Decoder in real Firefox (`devtools-panel.html?tabId=N` in a tab): three of issue 20's
 * tricky inputs (a nested JWT made by jose, a PASETO v4.public made by paseto, and `..`) each say
 * what they are, as in Chromium (decoder-breadth.e2e.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from '../../demo/site.mjs';
import type { DemoServer } from '../../demo/site.mjs';
import { catalogue } from '../../lib/engine/i18n/catalogue';
import { translate } from '../../lib/engine/i18n/translate';
import type { Msg } from '../../lib/engine/model/report';
import { pasetoPublic, signAround, signedJwt } from '../unit/engine/decoder/real-tokens';
import { buildFirefoxAddon, launchFirefoxWithAddon } from './firefox/harness';
import type { AddonFrame, FirefoxWithAddon } from './firefox/harness';

let demo: DemoServer;
let ff: FirefoxWithAddon;
let panel: AddonFrame;

beforeAll(async () => {
  demo = await startDemo();
  ff = await launchFirefoxWithAddon({ addonPath: buildFirefoxAddon() });
  await ff.setStoredLang('en');
  await ff.visitDemo(demo.urls.plain.home, false);
  panel = await ff.openExtensionPage('devtools-panel.html', await ff.tabIdOf(demo.urls.plain.home));
}, 150_000);

afterAll(async () => {
  await ff?.close();
  await demo?.close();
});

/** Pastes `value` into the Decoder as typing does and reads the result's kind and headline. */
function decodeScript(value: string): string {
  return `(async () => {
    const until = async (test, ms) => {
      const end = Date.now() + ms;
      while (!test()) {
        if (Date.now() > end) throw new Error('timed out');
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    await until(() => document.querySelector('[data-tab="decoder"]'), 15000);
    document.querySelector('[data-tab="decoder"]').click();
    await until(() => document.querySelector('[data-testid="decoder-input"]'), 5000);
    const field = document.querySelector('[data-testid="decoder-input"]');
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value').set.call(field, ${JSON.stringify(value)});
    field.dispatchEvent(new Event('input', { bubbles: true }));
    const result = () => document.querySelector('[data-testid="decoder-result"]');
    await until(() => result().querySelector('[data-testid="decoder-headline"]') && field.value === ${JSON.stringify(value)}, 5000);
    return {
      kind: result().dataset.kind,
      headline: result().querySelector('[data-testid="decoder-headline"]').textContent,
      text: result().textContent,
    };
  })()`;
}

interface Reading {
  kind: string;
  headline: string;
  text: string;
}

describe('Decoder breadth in Firefox', () => {
  const cases: [string, () => Promise<string> | string, string, Msg][] = [
    [
      'nested JWT',
      async () => signAround(await signedJwt('alice', Math.floor(Date.now() / 1000))),
      'nested-jwt',
      { key: 'decode.kind.nested-jwt', params: { cty: 'JWT' } },
    ],
    [
      'PASETO v4.public',
      () => pasetoPublic(4, { sub: 'alice' }),
      'paseto',
      { key: 'decode.kind.paseto.public', params: { version: 'v4', algorithm: 'Ed25519' } },
    ],
    ['..', () => '..', 'not-a-token', { key: 'decode.kind.punctuation' }],
  ];
  it.each(cases)('%s', async (_name, input, kind, headline) => {
    const reading = await ff.evaluate<Reading>(panel, decodeScript(await input()), 20_000);
    expect(reading.kind).toBe(kind);
    expect(reading.headline).toBe(translate(headline, 'en', catalogue));
    expect(reading.text).not.toMatch(/0 bits/);
  });
});
