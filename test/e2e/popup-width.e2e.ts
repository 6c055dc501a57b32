/**
 * The popup at its 400 px width in real Chromium, on every demo login and every lab stack, in
 * both languages side by side (its widest text): it never scrolls sideways, and the token cards
 * fill its width. Real stacks keep tokens under keys of a hundred characters (MSAL, Cognito,
 * Firebase's IndexedDB path); none of them may widen the page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStacks, onlyFromEnv, startLab } from '../lab/lab.mjs';
import type { RunningLab } from '../lab/lab.mjs';
import {
  buildExtension,
  launchWithExtension,
  setStoredLang,
  startDemo,
  tabIdOf,
  waitForDemoDone,
} from './harness';
import type { DemoServer, ExtensionBrowser } from './harness';

/** The toolbar popup's width (popup.css `body { width: 400px }`). */
const POPUP = { width: 400, height: 600 };

const only = onlyFromEnv();
const stacks = await loadStacks(only);

let demo: DemoServer;
let lab: RunningLab;
let browser: ExtensionBrowser;

beforeAll(async () => {
  const extensionPath = await buildExtension();
  [demo, lab, browser] = await Promise.all([
    startDemo(),
    startLab({ only }),
    launchWithExtension({ extensionPath }),
  ]);
  await setStoredLang(browser, 'both');
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await lab?.close();
  await demo?.close();
});

interface Fit {
  verdict: string | undefined;
  tokens: number;
  scrollWidth: number;
  clientWidth: number;
  /** Token cards narrower than the popup's content box, with their widths. */
  narrowCards: { kind: string | null; width: number; room: number }[];
}

/** Reads how the popup fits its width, once its full summary (counts, tokens) is on screen. */
const READ_FIT = `(() => {
  const root = document.documentElement;
  const frame = document.querySelector('.tk-popup') ?? document.body;
  const style = getComputedStyle(frame);
  const room = frame.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const cards = [...document.querySelectorAll('[data-testid="token"]')];
  return {
    verdict: document.querySelector('[data-testid="verdict"]')?.getAttribute('data-verdict') ?? undefined,
    tokens: cards.length,
    scrollWidth: root.scrollWidth,
    clientWidth: root.clientWidth,
    narrowCards: cards
      .map((c) => ({ kind: c.getAttribute('data-token-kind'), width: c.getBoundingClientRect().width, room }))
      .filter((c) => c.width < c.room - 1),
  };
})()`;

async function popupFit(url: string, expected: string | undefined): Promise<Fit> {
  const tabId = await tabIdOf(browser.serviceWorker, url);
  const popup: Page = await browser.context.newPage();
  try {
    await popup.setViewportSize(POPUP);
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    // The summary after the verdict renders in a second pass: wait for its counts.
    await popup.waitForSelector('[data-testid="counts"]');
    let fit = (await popup.evaluate(READ_FIT)) as Fit;
    for (let i = 0; i < 40 && expected !== undefined && fit.verdict !== expected; i++) {
      await popup.waitForTimeout(250);
      fit = (await popup.evaluate(READ_FIT)) as Fit;
    }
    return fit;
  } finally {
    await popup.close();
  }
}

function expectFits(fit: Fit, what: string): void {
  expect
    .soft(fit.scrollWidth, `${what}: the popup scrolls sideways`)
    .toBeLessThanOrEqual(fit.clientWidth);
  expect.soft(fit.clientWidth, `${what}: the popup's width`).toBe(POPUP.width);
  expect.soft(fit.narrowCards, `${what}: token cards narrower than the popup`).toEqual([]);
}

describe('the popup at 400 px never scrolls sideways', () => {
  it.each(['session', 'bearer', 'jwtCookie'] as const)(
    'demo %s login',
    async (login) => {
      const url = demo.urls[login].auto;
      const page = await browser.context.newPage();
      try {
        await page.goto(url);
        await waitForDemoDone(page);
        const fit = await popupFit(url, undefined);
        expect(fit.verdict).not.toBe('none');
        expectFits(fit, `demo ${login}`);
      } finally {
        await page.close();
      }
    },
    60_000,
  );

  it.each(stacks.map((s) => [s.id, s.expect.verdict] as const))(
    'lab stack %s (%s)',
    async (id, verdict) => {
      const running = lab.started(id);
      const page = await browser.context.newPage();
      try {
        await page.goto(running.url);
        const ended = await page.waitForFunction(
          () => document.documentElement.dataset.tokkiLab,
          null,
          { timeout: 30_000 },
        );
        expect(await ended.jsonValue()).toBe('done');
        const fit = await popupFit(running.url, verdict);
        expect(fit.verdict).toBe(verdict);
        expectFits(fit, `lab ${id}`);
      } finally {
        await page.close();
      }
    },
    60_000,
  );
});
