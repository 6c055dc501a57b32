/**
 * HAR import in the workbench (real Chromium with the extension): each HAR recorded from a demo
 * login (test/fixtures/har) gives the verdict the live panel gives on the same login, logged in
 * live in the same test; its tabs show its cookies, tokens and requests; bad files say why, and a
 * failed import leaves the one before it on screen.
 */
import {
  closeSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REPO_ROOT,
  buildExtension,
  launchWithExtension,
  openDemoTab,
  openExtensionPage,
  startDemo,
  verdictOf,
} from './harness';
import type { DemoServer, ExtensionBrowser } from './harness';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/har');

let demo: DemoServer;
let browser: ExtensionBrowser;
let tmp: string;

beforeAll(async () => {
  const extensionPath = await buildExtension();
  demo = await startDemo();
  browser = await launchWithExtension({ extensionPath });
  tmp = mkdtempSync(join(tmpdir(), 'tokki-har-e2e-'));
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** The workbench on its HAR section. */
async function openWorkbench(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto(`chrome-extension://${browser.extensionId}/workbench.html#har`);
  await page.waitForSelector('[data-testid="har-input"]', { state: 'attached' });
  return page;
}

/** Chooses `path` in the file input and waits for the import to end in a verdict or an error. */
async function importFile(page: Page, path: string): Promise<void> {
  await page.locator('[data-testid="har-input"]').setInputFiles(path);
  await page.waitForFunction(
    () =>
      !document.querySelector('[data-testid="har-progress"]') &&
      (document.querySelector('[data-testid="har-error"]') ||
        document.querySelector('[data-testid="har-summary"]')),
    null,
    { timeout: 30_000 },
  );
}

/** The live panel's verdict on a demo login, logged in now in this browser. */
async function liveVerdict(url: string, waitForLogin: boolean): Promise<string | null> {
  const { page, tabId } = await openDemoTab(browser, url, { tag: 'har', waitForLogin });
  const panel = await openExtensionPage(
    browser.context,
    browser.extensionId,
    'devtools-panel.html',
    tabId,
  );
  try {
    return await verdictOf(panel);
  } finally {
    await panel.close();
    await page.close();
  }
}

/** Counts of what the imported report's tabs list. */
async function tabCounts(
  page: Page,
): Promise<{ cookies: number; tokens: number; requests: number }> {
  const count = async (tab: string, selector: string) => {
    await page.locator(`[data-testid="har-import"] [role="tab"][data-tab="${tab}"]`).click();
    await page.waitForSelector(`[role="tab"][aria-selected="true"][data-tab="${tab}"]`);
    return page.locator(selector).count();
  };
  return {
    cookies: await count('cookies', '[data-testid="cookie-row"]'),
    tokens: await count('tokens', '[data-testid="token"]'),
    requests: await count('requests', '[data-testid="request-row"]'),
  };
}

describe('HAR import in the workbench (Chromium)', () => {
  it.each([
    ['session', 'chromium-session.har', (d: DemoServer) => d.urls.session.auto, true],
    ['bearer', 'chromium-bearer.har', (d: DemoServer) => d.urls.bearer.auto, true],
    ['jwt-cookie', 'chromium-jwt-cookie.har', (d: DemoServer) => d.urls.jwtCookie.auto, true],
    ['plain', 'chromium-plain.har', (d: DemoServer) => d.urls.plain.home, false],
  ])(
    '%s: the imported HAR gives the live panel’s verdict',
    async (login, file, url, waitForLogin) => {
      const live = await liveVerdict(url(demo), waitForLogin);
      const page = await openWorkbench();
      try {
        await importFile(page, join(FIXTURES, file));
        const imported = await page
          .locator('[data-testid="har-import"] [data-testid="verdict"]')
          .getAttribute('data-verdict');
        expect(imported).toBe(live);
        const counts = await tabCounts(page);
        expect(counts.requests).toBeGreaterThan(0);
        if (login !== 'plain') {
          expect(counts.tokens).toBeGreaterThan(0);
          // Every demo login but the bearer's sets its credential in a cookie; the bearer's
          // refresh token is a cookie too.
          expect(counts.cookies).toBeGreaterThan(0);
        }
        // Web storage is not in a HAR: the report says so instead of "nothing there".
        await page.locator('[data-testid="har-import"] [data-tab="overview"]').click();
        const storage = page.locator(
          '[data-testid="har-import"] .tp-unavailable [data-unavailable="storage"]',
        );
        await expect.poll(() => storage.textContent()).toContain('HAR');
      } finally {
        await page.close();
      }
    },
    120_000,
  );

  it('security: the imported session id stays masked on screen and in the export', async () => {
    const path = join(FIXTURES, 'chromium-session.har');
    const har = JSON.parse(readFileSync(path, 'utf8')) as {
      log: { entries: { response: { headers: { name: string; value: string }[] } }[] };
    };
    const setCookie = har.log.entries
      .flatMap((e) => e.response.headers)
      .find((h) => /^set-cookie$/i.test(h.name) && h.value.startsWith('sessionid='));
    const sid = /^sessionid=([^;]+)/.exec(setCookie?.value ?? '')?.[1] ?? '';
    expect(sid.length).toBeGreaterThan(20);
    const page = await openWorkbench();
    try {
      await importFile(page, path);
      const scope = page.locator('[data-testid="har-import"]');
      for (const tab of ['overview', 'cookies', 'tokens', 'requests', 'flow']) {
        await scope.locator(`[role="tab"][data-tab="${tab}"]`).click();
        expect(await scope.innerText()).not.toContain(sid.slice(0, 12));
      }
      await scope.locator('[role="tab"][data-tab="export"]').click();
      const preview = page.locator('[data-testid="export-preview"][data-masked="true"]');
      expect(await preview.innerText()).not.toContain(sid.slice(0, 12));
      expect(await preview.innerText()).toContain('sessionid');
    } finally {
      await page.close();
    }
  }, 120_000);

  it('sites are grouped by the background’s Public Suffix List: two github.io sites stay two', async () => {
    const page = await openWorkbench();
    // kim.github.io and lee.github.io each log in with a cookie of their own. By the guess they
    // would be one site, github.io, each seeing the other's cookie.
    const path = join(FIXTURES, 'github-pages.har');
    try {
      await importFile(page, path);
      const summary = page.locator('[data-testid="har-summary"]');
      expect(await summary.getAttribute('data-site')).toBe('kim.github.io');
      const picker = page.locator('[data-testid="har-site-picker"]');
      expect(
        await picker
          .locator('option')
          .evaluateAll((all) => all.map((o) => o.getAttribute('value'))),
      ).toEqual(['kim.github.io', 'lee.github.io']);
      await page.locator('[data-testid="har-import"] [data-tab="cookies"]').click();
      const cookieRows = page.locator('[data-testid="har-import"] [data-testid="cookie-row"]');
      await expect.poll(() => cookieRows.count()).toBeGreaterThan(0);
      const rows = await cookieRows.allTextContents();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toContain('kim.github.io');
      await picker.selectOption('lee.github.io');
      await expect.poll(() => summary.getAttribute('data-site')).toBe('lee.github.io');
    } finally {
      await page.close();
    }
  }, 120_000);

  it('bad files say why, and the import before them stays on screen', async () => {
    const page = await openWorkbench();
    const write = (name: string, text: string) => {
      const path = join(tmp, name);
      writeFileSync(path, text);
      return path;
    };
    const session = join(FIXTURES, 'chromium-session.har');
    // A 200 MB file, sparse: refused by its size before a byte is read.
    const huge = join(tmp, 'huge.har');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
    const cases: [string, string][] = [
      [write('notes.har', 'these are my notes, not a HAR'), 'not-json'],
      [write('other.har', '{"name": "package", "version": "1.0.0"}'), 'not-har'],
      [write('cut.har', '{"log": {"entries": [{"request": {"url": "https://a.test/"'), 'truncated'],
      [write('empty.har', '{"log": {"version": "1.2", "entries": []}}'), 'empty'],
      [huge, 'too-large'],
    ];
    try {
      await importFile(page, session);
      const verdict = page.locator('[data-testid="har-import"] [data-testid="verdict"]');
      expect(await verdict.getAttribute('data-verdict')).toBe('session');
      for (const [path, reason] of cases) {
        await importFile(page, path);
        await expect
          .poll(() => page.locator('[data-testid="har-error"]').getAttribute('data-reason'))
          .toBe(reason);
        expect(await verdict.getAttribute('data-verdict')).toBe('session');
      }
    } finally {
      await page.close();
    }
  }, 120_000);
});
