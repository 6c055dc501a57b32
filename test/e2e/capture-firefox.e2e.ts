/**
 * Capture in Firefox with its own APIs (no extraHeaders; Set-Cookie lines joined by newlines;
 * fetch typed xmlhttprequest): the refresh flow's form fields, one Set-Cookie per cookie, a site
 * change, a closed tab and a restricted page. popup-firefox.e2e.ts covers the verdicts.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from '../../demo/site.mjs';
import type { DemoServer } from '../../demo/site.mjs';
import type { Snapshot } from '../../lib/engine/model/snapshot';
import { buildFirefoxAddon, launchFirefoxWithAddon } from './firefox/harness';
import type { AddonFrame, FirefoxWithAddon } from './firefox/harness';

let demo: DemoServer;
let ff: FirefoxWithAddon;
let messenger: AddonFrame;
let opened = 0;

beforeAll(async () => {
  demo = await startDemo();
  ff = await launchFirefoxWithAddon({ addonPath: buildFirefoxAddon() });
  messenger = await ff.openExtensionPage('popup.html', -1);
}, 150_000);

afterAll(async () => {
  await ff?.close();
  await demo?.close();
});

/** Opens a demo page at a unique URL (so its tab is found, not an older one) and waits for its script. */
async function visit(url: string): Promise<{ page: Page; tabId: number; url: string }> {
  const unique = `${url}?e2e=${(opened += 1)}`;
  const page = await ff.browser.newPage();
  await page.goto(unique);
  await page.waitForFunction(() => document.documentElement.dataset.tokkiDemo !== undefined, {
    polling: 100,
    timeout: 20_000,
  });
  return { page, tabId: await ff.tabIdOf(unique), url: unique };
}

async function snapshotOf(tabId: number): Promise<Snapshot> {
  const reply = await ff.evaluate<{ res?: Snapshot; err?: unknown } | null>(
    messenger,
    `browser.runtime.sendMessage({ id: 1, type: 'getSnapshot', data: { tabId: ${tabId} }, timestamp: Date.now() })`,
  );
  if (!reply?.res) throw new Error(`getSnapshot failed: ${JSON.stringify(reply?.err)}`);
  return reply.res;
}

async function waitForSnapshot(tabId: number, accept: (s: Snapshot) => boolean): Promise<Snapshot> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const snapshot = await snapshotOf(tabId);
    if (accept(snapshot) || Date.now() > deadline) return snapshot;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const storedLogKeys = () =>
  ff.evaluate<string[]>(
    ff.background,
    `browser.storage.session.get(null).then((all) => Object.keys(all).filter((k) => /^tokki\\.capture\\.\\d+$/.test(k)))`,
  );

describe('Firefox capture', () => {
  it('keeps the refresh grant and one Set-Cookie header per cookie', async () => {
    const { page, tabId } = await visit(demo.urls.bearer.auto);
    const snapshot = await waitForSnapshot(tabId, (s) =>
      s.requests.some((r) => r.url === demo.urls.bearer.refresh),
    );
    expect(snapshot.browser).toBe('firefox');
    const refresh = snapshot.requests.find((r) => r.url === demo.urls.bearer.refresh);
    expect(refresh?.formFields?.grant_type).toEqual(['refresh_token']);
    expect(refresh?.type).toBe('xmlhttprequest');
    const setCookies = snapshot.requests.flatMap((r) =>
      r.responseHeaders.filter((h) => h.name.toLowerCase() === 'set-cookie'),
    );
    expect(setCookies.length).toBeGreaterThan(0);
    expect(setCookies.every((h) => !h.value.includes('\n'))).toBe(true);
    await page.close();
  });

  it('starts the log afresh on another site and frees it when the tab closes', async () => {
    const { page, tabId } = await visit(demo.urls.session.auto);
    const first = await waitForSnapshot(tabId, (s) => s.requests.length > 0);
    expect(first.requests.length).toBeGreaterThan(0);
    await page.goto(demo.urls.jwtCookie.auto);
    await page.waitForFunction(() => document.documentElement.dataset.tokkiDemo !== undefined, {
      polling: 100,
      timeout: 20_000,
    });
    const other = await waitForSnapshot(tabId, (s) =>
      s.requests.some((r) => r.url.startsWith(demo.urls.jwtCookie.origin)),
    );
    expect(other.requests.filter((r) => r.url.startsWith(demo.urls.session.origin))).toEqual([]);
    expect(other.requestStats.since).toBeGreaterThan(first.requestStats.since);

    expect(await storedLogKeys()).toContain(`tokki.capture.${tabId}`);
    await page.close();
    const deadline = Date.now() + 5000;
    let keys = await storedLogKeys();
    while (keys.includes(`tokki.capture.${tabId}`) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      keys = await storedLogKeys();
    }
    expect(keys).not.toContain(`tokki.capture.${tabId}`);
  });

  it('answers restricted-page for about: pages', async () => {
    const tabId = await ff.evaluate<number>(
      ff.background,
      `browser.tabs.create({ url: 'about:blank' }).then((t) => t.id)`,
    );
    const snapshot = await snapshotOf(tabId);
    expect(snapshot.unavailable).toContainEqual(
      expect.objectContaining({ what: 'page', reason: 'restricted-page' }),
    );
  });
});
