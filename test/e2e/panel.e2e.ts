/**
 * The DevTools panel inside real DevTools (headless Chromium, puppeteer-core) on the demo logins:
 * verdict, cookie table, token cards, the access + refresh timeline after a real refresh, a
 * token-issuing response body seen through devtools.network, and a masked export.
 */
import type { Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, openRealDevToolsPanel, startDemo } from './harness';
import type { DemoServer, RealDevToolsPanel } from './harness';

let demo: DemoServer;
let extensionPath: string;

beforeAll(async () => {
  extensionPath = await buildExtension();
  // Short-lived access tokens, so a refresh happens while the test watches.
  demo = await startDemo({ accessTtlSeconds: 5 });
});

afterAll(async () => {
  await demo?.close();
});

/** Polls in the panel frame (the default rAF polling hangs inside DevTools frames). */
async function until(panel: Frame, fn: string, timeout = 30_000): Promise<void> {
  await panel.waitForFunction(fn, { polling: 100, timeout });
}

async function showTab(panel: Frame, tab: string): Promise<void> {
  await panel.evaluate((t) => {
    (document.querySelector(`[data-tab="${t}"]`) as HTMLElement | null)?.click();
  }, tab);
  await until(
    panel,
    `document.querySelector('[role="tab"][aria-selected="true"]')?.dataset.tab === ${JSON.stringify(tab)}`,
  );
}

const attr = (panel: Frame, selector: string, name: string) =>
  panel.evaluate((s, n) => document.querySelector(s)?.getAttribute(n) ?? null, selector, name);

async function openOn(url: string): Promise<RealDevToolsPanel> {
  const opened = await openRealDevToolsPanel({ extensionPath, url });
  await until(opened.panel, `document.querySelector('[data-testid="verdict"]') !== null`);
  return opened;
}

// Opening real DevTools takes long on a loaded 2-core machine; each test opens its own.
const SLOW = 150_000;

describe('DevTools panel in real Chromium DevTools', () => {
  it(
    'session login: verdict, the session cookie in the table, its token card',
    async () => {
      const dt = await openOn(demo.urls.session.auto);
      try {
        const { panel } = dt;
        // The panel names its tab from devtools.inspectedWindow, not from the URL.
        expect(panel.url()).not.toContain('tabId=');
        await until(
          panel,
          `document.querySelector('[data-testid="verdict"]')?.dataset.verdict === 'session'`,
        );
        await showTab(panel, 'cookies');
        await until(
          panel,
          `document.querySelector('[data-testid="cookie-row"][data-cookie="sessionid"]') !== null`,
        );
        expect(
          await attr(panel, '[data-cookie="sessionid"] [data-credential]', 'data-credential'),
        ).toBe('session-id');
        await showTab(panel, 'tokens');
        expect(await attr(panel, '[data-testid="token"]', 'data-location')).toBe('cookie-httponly');
      } finally {
        await dt.close();
      }
    },
    SLOW,
  );

  it(
    'bearer login: token verdict, a refresh in the timeline, the issuing body, a masked export',
    async () => {
      const dt = await openOn(demo.urls.bearer.auto);
      try {
        const { panel, page } = dt;
        await until(
          panel,
          `document.querySelector('[data-testid="verdict"]')?.dataset.verdict === 'token'`,
        );

        await showTab(panel, 'tokens');
        await until(
          panel,
          `[...document.querySelectorAll('[data-testid="token"]')].some((t) => t.dataset.tokenKind === 'access')`,
        );
        const kinds = await panel.evaluate(() =>
          [...document.querySelectorAll('[data-testid="token"]')].map(
            (t) => `${t.getAttribute('data-token-kind')}@${t.getAttribute('data-location')}`,
          ),
        );
        expect(kinds).toContain('refresh@cookie-httponly');

        // Wait for one refresh seen live: an access token whose life says what it replaced.
        await showTab(panel, 'flow');
        await until(
          panel,
          `[...document.querySelectorAll('[data-testid="flow-life"][data-kind="access"]')].some((l) => l.querySelector('[data-link="panel.flow.replaces"]') && l.querySelector('[data-link="panel.flow.renewedWith"]'))`,
          45_000,
        );
        const refreshSteps = await panel.evaluate(
          () =>
            document.querySelectorAll(
              '[data-testid="flow-life"][data-kind="refresh"] [data-stage="refreshed"]',
            ).length,
        );
        expect(refreshSteps).toBeGreaterThan(0);

        // devtools.network saw POST /refresh answer with a new access token.
        await showTab(panel, 'requests');
        await until(
          panel,
          `document.querySelectorAll('[data-testid="issuing-body"]').length > 0`,
          45_000,
        );
        const bodies = await panel.evaluate(() =>
          [...document.querySelectorAll('[data-testid="issuing-body"]')].map(
            (b) => b.textContent ?? '',
          ),
        );
        expect(bodies.some((b) => b.includes('/refresh'))).toBe(true);
        const rows = await panel.evaluate(
          () => document.querySelectorAll('[data-testid="request-row"]').length,
        );
        expect(rows).toBeGreaterThan(0);
        expect(rows).toBeLessThanOrEqual(100);

        // The export is masked: the live access token (read from the page itself) is not in it.
        await showTab(panel, 'export');
        await until(
          panel,
          `document.querySelector('[data-testid="export-preview"]')?.dataset.masked === 'true'`,
        );
        const token = await page.evaluate(() => localStorage.getItem('access_token'));
        expect(token).toMatch(/^eyJ/);
        const preview = await panel.evaluate(
          () => document.querySelector('[data-testid="export-preview"]')?.textContent ?? '',
        );
        expect(preview).toContain('Tokki');
        expect(preview).not.toContain(token!);
        expect(preview).not.toContain(token!.split('.')[2]!);
      } finally {
        await dt.close();
      }
    },
    SLOW,
  );

  it(
    'decoder: a pasted broken token shows the engine’s error code',
    async () => {
      const dt = await openOn(demo.urls.plain.home);
      try {
        const { panel } = dt;
        await showTab(panel, 'decoder');
        await panel.type('[data-testid="decoder-input"]', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIx');
        await until(
          panel,
          `document.querySelector('[data-testid="decoder-result"]')?.dataset.status === 'error'`,
        );
        expect(await attr(panel, '[data-testid="decoder-result"]', 'data-error-code')).toBe(
          'ERR_TRUNCATED',
        );
      } finally {
        await dt.close();
      }
    },
    SLOW,
  );
});
