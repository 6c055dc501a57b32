/**
 * Gets a tab's snapshot from the running extension the way the popup and the panel do: a typed
 * `getSnapshot` message (the @webext-core/messaging wire format) sent from an extension page.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { Snapshot } from '../../lib/engine/model/snapshot';
import type { ChromeApi } from './harness';

declare const chrome: ChromeApi;

/** An extension page kept open to send messages from (the popup page, with no tab of its own). */
export async function openMessagingPage(
  context: BrowserContext,
  extensionId: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=-1`);
  return page;
}

/** Sends one ProtocolMap message from an extension page and returns its answer (or throws its error). */
async function sendFromPage<T>(page: Page, type: string, data: unknown): Promise<T> {
  const reply = await page.evaluate(
    ([messageType, messageData]) =>
      chrome.runtime.sendMessage({
        id: Math.floor(Math.random() * 1e9),
        type: messageType,
        data: messageData,
        timestamp: Date.now(),
      }) as Promise<{ res?: unknown; err?: { message?: string } } | undefined>,
    [type, data] as const,
  );
  if (!reply) throw new Error(`No answer to ${type}`);
  if (reply.err)
    throw new Error(`${type} failed: ${reply.err.message ?? JSON.stringify(reply.err)}`);
  return reply.res as T;
}

/** The snapshot of `tabId`, exactly as the UI receives it. */
export function getSnapshot(page: Page, tabId: number): Promise<Snapshot> {
  return sendFromPage<Snapshot>(page, 'getSnapshot', { tabId });
}

/**
 * Polls the snapshot until `accept` says yes (captures are written in batches a moment after the
 * request), returning the last snapshot either way so the assertion that follows explains itself.
 */
export async function waitForSnapshot(
  page: Page,
  tabId: number,
  accept: (snapshot: Snapshot) => boolean,
  timeout = 10_000,
): Promise<Snapshot> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const snapshot = await getSnapshot(page, tabId);
    if (accept(snapshot) || Date.now() > deadline) return snapshot;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Keys and sizes of everything in storage.session, read in the background. */
export function sessionStorageUsage(
  serviceWorker: Worker,
): Promise<{ keys: string[]; bytes: number }> {
  return serviceWorker.evaluate(async () => {
    const all = await chrome.storage.session.get(null);
    const bytes = await chrome.storage.session.getBytesInUse(null);
    return { keys: Object.keys(all), bytes };
  });
}

/** Bytes storage.session holds for one key. */
export function sessionBytesOf(serviceWorker: Worker, key: string): Promise<number> {
  return serviceWorker.evaluate((name: string) => chrome.storage.session.getBytesInUse(name), key);
}

/**
 * Stops every service worker through CDP (ServiceWorker.stopAllWorkers), as Chrome does to an
 * idle one, and proves it: a marker set in the worker's global scope before is gone after (Chrome
 * keeps the same worker target, so Playwright reports no new worker). Returns the live worker.
 */
export async function restartServiceWorker(
  context: BrowserContext,
  page: Page,
  timeout = 10_000,
  /** Called right before and right after the stop command, e.g. to note the time of the stop. */
  around: { beforeStop?: () => Promise<unknown>; afterStop?: () => Promise<unknown> } = {},
): Promise<Worker> {
  const marked = (worker: Worker) =>
    worker
      .evaluate(() => (globalThis as { tokkiE2eMark?: number }).tokkiE2eMark === 1)
      .catch(() => false);
  const before = context.serviceWorkers()[0];
  if (!before) throw new Error('No service worker to stop');
  await before.evaluate(() => {
    (globalThis as { tokkiE2eMark?: number }).tokkiE2eMark = 1;
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await around.beforeStop?.();
  await cdp.send('ServiceWorker.stopAllWorkers');
  await around.afterStop?.();
  await cdp.detach();
  const deadline = Date.now() + timeout;
  for (;;) {
    const worker = context.serviceWorkers()[0];
    if (worker && !(await marked(worker))) return worker;
    if (Date.now() > deadline) throw new Error('The service worker did not restart');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
