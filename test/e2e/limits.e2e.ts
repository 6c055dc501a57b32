/**
 * Restarts and limits in real Chromium against the demo site (issue 9, point 8): the service
 * worker killed while a page fires requests, storage.session full, a tab closed mid-capture, and
 * 50 tabs at once. In each, nothing crashes and nothing captured is lost without being counted.
 */
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../lib/engine/model/snapshot';
import { buildExtension, launchWithExtension, openDemoTab, startDemo, verdictOf } from './harness';
import type { ChromeApi, DemoServer, ExtensionBrowser } from './harness';
import { getSnapshot, openMessagingPage, restartServiceWorker } from './snapshot-helper';

declare const chrome: ChromeApi;

let demo: DemoServer;
let browser: ExtensionBrowser;
let messenger: Page;

beforeAll(async () => {
  const extensionPath = await buildExtension();
  demo = await startDemo();
  browser = await launchWithExtension({ extensionPath });
  messenger = await openMessagingPage(browser.context, browser.extensionId);
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** Opens a demo page in a new tab marked `limits=N` (see openDemoTab). */
const openDemo = (url: string, waitForLogin = true) =>
  openDemoTab(browser, url, { tag: 'limits', waitForLogin });

interface Firing {
  /** How many requests have finished. */
  finishedCount(): Promise<number>;
  /** Resolves when all have finished. */
  finished(): Promise<void>;
  /** The page's clock (performance.now()), to mark when something happened. */
  clock(): Promise<number>;
  /** `k` of the requests that were in flight at some moment between `from` and `to`. */
  inFlightBetween(from: number, to: number): Promise<number[]>;
}

/**
 * Starts `count` credentialed fetches of `/me?k=<i>` in the page, 8 at a time, without waiting,
 * and records when each started and finished (page clock).
 */
async function startFiring(page: Page, count: number): Promise<Firing> {
  await page.evaluate((n: number) => {
    const state = {
      started: [] as number[],
      ended: [] as number[],
      done: undefined as Promise<unknown> | undefined,
    };
    (globalThis as { tokkiFiring?: typeof state }).tokkiFiring = state;
    let next = 0;
    const worker = async () => {
      while (next < n) {
        const k = next++;
        state.started[k] = performance.now();
        await fetch(`/me?k=${k}`, { credentials: 'same-origin' }).catch(() => undefined);
        state.ended[k] = performance.now();
      }
    };
    state.done = Promise.all(Array.from({ length: 8 }, worker));
  }, count);
  type State = { started: number[]; ended: number[]; done: Promise<unknown> };
  return {
    finishedCount: () =>
      page.evaluate(
        () =>
          (globalThis as unknown as { tokkiFiring: State }).tokkiFiring.ended.filter(
            (t) => t !== undefined,
          ).length,
      ),
    finished: async () => {
      await page.evaluate(() => (globalThis as unknown as { tokkiFiring: State }).tokkiFiring.done);
    },
    clock: () => page.evaluate(() => performance.now()),
    inFlightBetween: (from, to) =>
      page.evaluate(
        ([a, b]) => {
          const { started, ended } = (globalThis as unknown as { tokkiFiring: State }).tokkiFiring;
          return started.flatMap((s, k) => (s <= b && (ended[k] ?? Infinity) >= a ? [k] : []));
        },
        [from, to] as const,
      ),
  };
}

/** The `k` of every `/me?k=` request in a snapshot. */
const firedKs = (snapshot: Snapshot) =>
  new Set(
    snapshot.requests.flatMap((r) => {
      const k = /[?&]k=(\d+)/.exec(r.url)?.[1];
      return k === undefined ? [] : [Number(k)];
    }),
  );

/** Polls the snapshot until its counters stop moving (captures are written in batches). */
async function settledSnapshot(tabId: number): Promise<Snapshot> {
  let last = await getSnapshot(messenger, tabId);
  for (let stable = 0; stable < 3;) {
    await new Promise((resolve) => setTimeout(resolve, 400));
    const next = await getSnapshot(messenger, tabId);
    stable = next.requestStats.total === last.requestStats.total ? stable + 1 : 0;
    last = next;
  }
  return last;
}

/**
 * The `k` of every `/me?k=` request the worker running now hears of, reported through the
 * console: a CDP message, so it outlives the worker. Chrome can hand events to a worker it is
 * stopping that never runs them, and a request none of whose events any worker ran is beyond
 * what an extension can know or count.
 */
async function witnessWorker(): Promise<{ heard: Set<number>; stop: () => void }> {
  const heard = new Set<number>();
  const onConsole = (message: ConsoleMessage) => {
    const k = /^tokki-e2e-heard (\d+)$/.exec(message.text())?.[1];
    if (k !== undefined) heard.add(Number(k));
  };
  browser.context.on('console', onConsole);
  await browser.serviceWorker.evaluate(() => {
    // Registered next to Tokki's own listeners, in the same worker: a report means this worker
    // ran an event of that request.
    const report = ({ url }: { url: string }): undefined => {
      const k = /[?&]k=(\d+)/.exec(url)?.[1];
      if (k !== undefined) console.info(`tokki-e2e-heard ${k}`);
    };
    const all = { urls: ['<all_urls>'] };
    chrome.webRequest.onBeforeRequest.addListener(report, all);
    chrome.webRequest.onCompleted.addListener(report, all);
    chrome.webRequest.onErrorOccurred.addListener(report, all);
  });
  return { heard, stop: () => browser.context.off('console', onConsole) };
}

describe('restarts', () => {
  it('service worker killed while the page fires requests: every request is an entry or counted, and said', async () => {
    const { page, tabId } = await openDemo(demo.urls.session.auto);
    const fired = 400;
    const oldWorker = await witnessWorker();
    const firing = await startFiring(page, fired);
    await expect.poll(firing.finishedCount, { timeout: 20_000 }).toBeGreaterThanOrEqual(100);
    let stopping = 0;
    let stopped = 0;
    browser.serviceWorker = await restartServiceWorker(browser.context, messenger, undefined, {
      // A message to the worker after noting the time: extension events reach the worker in
      // order, so once it is answered the worker has handled every request that finished before.
      beforeStop: async () => {
        stopping = await firing.clock();
        await messenger.evaluate(() =>
          chrome.runtime.sendMessage({ type: 'tokki-e2e-ping' }).catch(() => null),
        );
      },
      afterStop: async () => (stopped = await firing.clock()),
    });
    await firing.finished();
    oldWorker.stop();
    expect(await firing.finishedCount()).toBe(fired);

    const snapshot = await settledSnapshot(tabId);
    const captured = firedKs(snapshot);
    const straddling = new Set(await firing.inFlightBetween(stopping, stopped));
    const missing = Array.from({ length: fired }, (_, k) => k).filter((k) => !captured.has(k));
    const heardByOld = missing.filter((k) => oldWorker.heard.has(k));
    const { total, withoutCredentials, dropped } = snapshot.requestStats;
    console.info(
      `worker stopped mid-flood: ${fired} fired, ${captured.size} captured, ${missing.length} missing ` +
        `(${missing.filter((k) => straddling.has(k)).length} of them in flight at the stop, ` +
        `${straddling.size} were; ${heardByOld.length} of them heard of by the old worker), ` +
        `stats ${JSON.stringify(snapshot.requestStats)}, page ${snapshot.site.url}, ` +
        `notes ${JSON.stringify(snapshot.unavailable)}`,
    );
    // Requests in flight at the stop lose their details with the old worker. Each one it heard
    // of is counted as dropped: by the new worker when the end reaches it (in-flight.ts), or from
    // the old worker's journal of starts when it does not (tab-log.ts settleOrphans). Requests
    // only the new worker hears of are counted too; those Chrome never let any worker run
    // (seen once in CI: 6 of 400, on a slower machine) no extension can count.
    expect(dropped).toBeGreaterThanOrEqual(heardByOld.length);
    expect(heardByOld.length).toBeGreaterThan(0);
    // Requests without credentials are listed apart (`plain`) and counted in withoutCredentials.
    // A request only the new worker heard of, on a page whose load the log never saw, is counted
    // as seen in part (tab-log.ts, 'lost'), and the snapshot must then say so with that number.
    const credential = snapshot.requests.filter((r) => !r.plain);
    const seenPartly = snapshot.requestStats.seenPartly ?? 0;
    if (seenPartly > 0) {
      expect(snapshot.unavailable).toContainEqual(
        expect.objectContaining({ what: 'requests', reason: 'seen-partly', count: seenPartly }),
      );
    }
    expect(credential.length + dropped + seenPartly).toBe(total - withoutCredentials);
    // Each request is kept at most once, and counted at most once: every drop is one of the
    // requests in flight at the stop (not a request counted twice).
    const meEntries = snapshot.requests.filter((r) => /[?&]k=\d+/.test(r.url));
    expect(meEntries).toHaveLength(captured.size);
    expect(dropped + seenPartly).toBeLessThanOrEqual(straddling.size);
    await page.close();
  });
});

/** Keys in storage.session, read in the background. */
const sessionKeys = () =>
  browser.serviceWorker.evaluate(async () => Object.keys(await chrome.storage.session.get(null)));

describe('limits', () => {
  it('storage.session full: nothing crashes, the popup shows a verdict and says requests went unrecorded', async () => {
    const errorsBefore = browser.egress.workerErrors.length;
    // Fill storage.session from the worker until it refuses even a few bytes.
    const filled = await browser.serviceWorker.evaluate(async () => {
      let bytes = 0;
      let i = 0;
      for (const size of [1 << 20, 1 << 16, 1 << 10, 32]) {
        for (;;) {
          try {
            await chrome.storage.session.set({ [`e2e.fill.${(i += 1)}`]: 'x'.repeat(size) });
            bytes += size;
          } catch {
            break;
          }
        }
      }
      return bytes;
    });
    expect(filled).toBeGreaterThan(1 << 20);
    try {
      const { page, tabId } = await openDemo(demo.urls.bearer.auto);
      await page.evaluate(() =>
        fetch('/api/me', {
          headers: { authorization: `Bearer ${localStorage.getItem('access_token')}` },
        }),
      );
      const snapshot = await settledSnapshot(tabId);
      // Served from memory, and the snapshot says storage refused.
      expect(snapshot.requests.length).toBeGreaterThan(0);
      expect(snapshot.unavailable).toContainEqual(
        expect.objectContaining({ what: 'requests', reason: 'quota' }),
      );
      const popup = await browser.openExtensionPage('popup.html', tabId);
      await expect.poll(() => verdictOf(popup), { timeout: 15_000 }).toBe('token');
      await expect
        .poll(() => popup.locator('[data-testid="unavailable"] [data-reason="quota"]').count())
        .toBe(1);
      await popup.close();

      // Once there is room again, the log reaches storage and the note goes away.
      await browser.serviceWorker.evaluate(async () => {
        const keys = Object.keys(await chrome.storage.session.get(null));
        await chrome.storage.session.remove(keys.filter((k) => k.startsWith('e2e.fill.')));
      });
      await page.evaluate(() =>
        fetch('/api/me', {
          headers: { authorization: `Bearer ${localStorage.getItem('access_token')}` },
        }),
      );
      await expect
        .poll(async () => (await getSnapshot(messenger, tabId)).unavailable.map((u) => u.reason))
        .not.toContain('quota');
      expect(await sessionKeys()).toContain(`tokki.capture.${tabId}`);
      await page.close();
    } finally {
      await browser.serviceWorker.evaluate(async () => {
        const keys = Object.keys(await chrome.storage.session.get(null));
        await chrome.storage.session.remove(keys.filter((k) => k.startsWith('e2e.fill.')));
      });
    }
    expect(browser.egress.workerErrors.slice(errorsBefore)).toEqual([]);
  });

  it('a tab closed while its requests are in flight: no error in the worker, its log and journal freed', async () => {
    const errorsBefore = browser.egress.workerErrors.length;
    const { page, tabId } = await openDemo(demo.urls.session.auto);
    const firing = await startFiring(page, 300);
    await expect.poll(firing.finishedCount, { timeout: 20_000 }).toBeGreaterThanOrEqual(50);
    await page.close();
    const mine = (keys: string[]) =>
      keys.filter((k) => k === `tokki.capture.${tabId}` || k.startsWith(`tokki.journal.${tabId}.`));
    await expect.poll(async () => mine(await sessionKeys()), { timeout: 10_000 }).toEqual([]);
    // Late completions of the closed tab's requests do not bring its log back.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(mine(await sessionKeys())).toEqual([]);
    const snapshot = await getSnapshot(messenger, tabId);
    expect(snapshot.unavailable).toContainEqual(expect.objectContaining({ reason: 'tab-missing' }));
    expect(browser.egress.workerErrors.slice(errorsBefore)).toEqual([]);
  });

  it('50 tabs with mixed logins: each keeps its own log, the popup gives each its verdict, storage stays bounded', async () => {
    const errorsBefore = browser.egress.workerErrors.length;
    type Site = { url: string; origin: string; verdict: string };
    const sites: Site[] = [
      { url: demo.urls.session.auto, origin: demo.urls.session.origin, verdict: 'session' },
      { url: demo.urls.bearer.auto, origin: demo.urls.bearer.origin, verdict: 'token' },
      {
        url: demo.urls.jwtCookie.auto,
        origin: demo.urls.jwtCookie.origin,
        verdict: 'token-in-cookie',
      },
      { url: demo.urls.plain.home, origin: demo.urls.plain.origin, verdict: 'none' },
    ];
    const tabs: { page: Page; tabId: number; url: string; site: (typeof sites)[number] }[] = [];
    // Ten at a time: one login of each kind (two logins to one demo site at once race on its
    // session and refresh cookies) and pages without a login.
    const [session, bearer, jwtCookie, plain] = sites as [Site, Site, Site, Site];
    const batch = [session, bearer, jwtCookie, ...Array.from({ length: 7 }, () => plain)];
    for (let start = 0; start < 50; start += batch.length) {
      tabs.push(
        ...(await Promise.all(
          batch.map(async (site) => ({
            ...(await openDemo(site.url, site.verdict !== 'none')),
            site,
          })),
        )),
      );
    }
    expect(new Set(tabs.map((t) => t.tabId)).size).toBe(50);

    const marker = (url: string) => /[?&]limits=(\d+)/.exec(url)?.[1];
    for (const { tabId, site, url } of tabs) {
      const snapshot = await getSnapshot(messenger, tabId);
      expect(snapshot.site.url).toBe(url);
      // Only this tab's requests: its own site, and no page load of another tab.
      expect(snapshot.requests.filter((r) => !r.url.startsWith(site.origin))).toEqual([]);
      const others = snapshot.requests.filter((r) => {
        const m = marker(r.url);
        return m !== undefined && m !== marker(url);
      });
      expect(others).toEqual([]);
      if (site.verdict !== 'none') expect(snapshot.requests.length).toBeGreaterThan(0);
    }
    // The popup for one tab of each kind, taken from the last batch.
    for (const { tabId, site } of tabs.slice(-batch.length, -batch.length + 4)) {
      const popup = await browser.openExtensionPage('popup.html', tabId);
      await expect.poll(() => verdictOf(popup), { timeout: 15_000 }).toBe(site.verdict);
      await popup.close();
    }

    const usage = await browser.serviceWorker.evaluate(async () => ({
      bytes: await chrome.storage.session.getBytesInUse(null),
      quota: chrome.storage.session.QUOTA_BYTES,
      keys: Object.keys(await chrome.storage.session.get(null)),
    }));
    console.info(
      `50 tabs: storage.session holds ${usage.bytes} bytes in ${usage.keys.length} keys`,
    );
    expect(usage.bytes).toBeLessThan(usage.quota);
    // One log per tab that sent anything; the journal is gone once batches are written.
    const logs = usage.keys.filter((k) => /^tokki\.capture\.\d+$/.test(k));
    for (const { tabId, site } of tabs) {
      if (site.verdict !== 'none') expect(logs).toContain(`tokki.capture.${tabId}`);
    }
    await expect
      .poll(async () => (await sessionKeys()).filter((k) => k.startsWith('tokki.journal.')))
      .toEqual([]);
    expect(browser.egress.workerErrors.slice(errorsBefore)).toEqual([]);
    for (const { page } of tabs) await page.close();
  }, 150_000);
});
