/**
 * The Decoder in real Chromium (`devtools-panel.html?tabId=N`) on the tricky inputs of issue 20:
 * each says what it is (`data-kind` on the result, and the headline's sentence in English and
 * Korean), with tokens made by the libraries that make them (jose, paseto, fernet, branca).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../lib/engine/i18n/catalogue';
import { translate } from '../../lib/engine/i18n/translate';
import type { Msg } from '../../lib/engine/model/report';
import {
  brancaToken,
  fernetToken,
  pasetoLocal,
  pasetoPublic,
  signAround,
  signedJwt,
} from '../unit/engine/decoder/real-tokens';
import {
  buildExtension,
  launchWithExtension,
  openDemoTab,
  setStoredLang,
  startDemo,
} from './harness';
import type { DemoServer, ExtensionBrowser } from './harness';

let demo: DemoServer;
let browser: ExtensionBrowser;
let panel: Page;
let tabId: number;

interface Case {
  name: string;
  input: () => Promise<string> | string;
  kind: string;
  headline: Msg;
  /** More that must be on screen: a selector and the text it holds. */
  shows?: [selector: string, text: string];
}

const NOW_S = Math.floor(Date.now() / 1000);
const ISSUED = '2025-12-31T23:00:00Z';
let inner = '';

const CASES: Case[] = [
  {
    name: 'nested JWT (cty: JWT)',
    input: async () => signAround(inner),
    kind: 'nested-jwt',
    headline: { key: 'decode.kind.nested-jwt', params: { cty: 'JWT' } },
    shows: ['[data-testid="decoder-nested-inner"] [data-claim="sub"]', 'alice'],
  },
  {
    name: 'PASETO v4.public',
    input: () => pasetoPublic(4, { sub: 'alice' }, '{"kid":"k1"}'),
    kind: 'paseto',
    headline: { key: 'decode.kind.paseto.public', params: { version: 'v4', algorithm: 'Ed25519' } },
    shows: ['[data-claim="sub"]', 'alice'],
  },
  {
    name: 'PASETO v3.local',
    input: () => pasetoLocal(3),
    kind: 'paseto',
    headline: {
      key: 'decode.kind.paseto.local',
      params: { version: 'v3', algorithm: 'AES-256-CTR + HMAC-SHA384' },
    },
  },
  {
    name: 'a JWT whose first letter is Cyrillic е',
    input: () => `\u0435${inner.slice(1)}`,
    kind: 'lookalike',
    headline: { key: 'decode.kind.lookalike' },
    shows: ['[data-testid="decoder-lookalike"]', 'U+0435 CYRILLIC SMALL LETTER IE'],
  },
  {
    name: '..',
    input: () => '..',
    kind: 'not-a-token',
    headline: { key: 'decode.kind.punctuation' },
  },
  {
    name: 'whitespace only',
    input: () => '   ',
    kind: 'empty',
    headline: { key: 'decode.kind.empty.whitespace', params: { count: 3 } },
  },
  {
    name: 'a URL with a token in its fragment',
    input: () => `https://app.example/cb#access_token=${inner}&token_type=Bearer`,
    kind: 'url',
    headline: { key: 'decode.kind.url', params: { host: 'app.example', count: 1 } },
    shows: ['[data-format="jws"]', '#access_token'],
  },
  {
    name: 'Fernet',
    input: () => fernetToken(ISSUED),
    kind: 'fernet',
    headline: { key: 'decode.kind.fernet' },
    shows: ['[data-testid="sealed-issued"]', '2025'],
  },
  {
    name: 'Branca',
    input: () => brancaToken(Date.parse(ISSUED) / 1000),
    kind: 'branca',
    headline: { key: 'decode.kind.branca' },
    shows: ['[data-testid="sealed-issued"]', '2025'],
  },
  {
    name: 'UUID v4',
    input: () => 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
    kind: 'uuid',
    headline: { key: 'decode.kind.uuid', params: { version: 4, variant: 'RFC 9562' } },
  },
  {
    name: 'SHA-256 hex digest',
    input: () => 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    kind: 'hex-digest',
    headline: { key: 'decode.kind.hex-digest', params: { bytes: 32, algorithm: 'SHA-256' } },
  },
  {
    name: 'base64 of JSON',
    input: () => btoa(JSON.stringify([{ theme: 'dark' }])),
    kind: 'base64-json',
    headline: { key: 'decode.kind.base64-json' },
    shows: ['[data-testid="decoded-json"]', '"theme": "dark"'],
  },
];

beforeAll(async () => {
  inner = await signedJwt('alice', NOW_S);
  demo = await startDemo();
  browser = await launchWithExtension({ extensionPath: await buildExtension() });
  ({ tabId } = await openDemoTab(browser, demo.urls.plain.home, { waitForLogin: false }));
}, 90_000);

afterAll(async () => {
  // close() fails the file if the extension sent anything over the network.
  await browser?.close();
  await demo?.close();
});

async function openDecoder(lang: 'en' | 'ko'): Promise<void> {
  await panel?.close();
  await setStoredLang(browser, lang);
  panel = await browser.openExtensionPage('devtools-panel.html', tabId);
  await panel.locator('[data-tab="decoder"]').click();
  await panel.waitForSelector('[role="tab"][aria-selected="true"][data-tab="decoder"]');
}

async function decode(c: Case, lang: 'en' | 'ko'): Promise<void> {
  await panel.getByTestId('decoder-input').fill(await c.input());
  const result = panel.locator(`[data-testid="decoder-result"][data-kind="${c.kind}"]`);
  await result.waitFor({ timeout: 10_000 });
  const headline = await result.locator('[data-testid="decoder-headline"]').first().innerText();
  expect(headline).toBe(translate(c.headline, lang, catalogue));
  expect(await result.innerText()).not.toMatch(/0 bits/);
  if (c.shows) {
    const [selector, text] = c.shows;
    expect(await result.locator(selector).first().innerText()).toContain(text);
  }
}

describe('Decoder breadth in Chromium', () => {
  describe('in English', () => {
    beforeAll(() => openDecoder('en'), 30_000);
    it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => decode(c, 'en'));
  });

  describe('in Korean', () => {
    beforeAll(() => openDecoder('ko'), 30_000);
    it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => decode(c, 'ko'));
  });
});
