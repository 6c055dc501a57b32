/**
 * Timing the same page in several browsers taking turns: each round loads it once in every
 * browser, in an order that rotates (and reverses every other round), so no browser always goes
 * first or last while the shared machine's load drifts.
 */
import { sleep } from '../lib/stats.mjs';

const LOAD_TIMEOUT_MS = 90_000;

/**
 * Loads `url` and returns the page's own figure (`data-bench-done`, ms since navigation start).
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @param {number} expectedOk what the page must count in `data-bench-ok`
 */
export async function pageTime(page, url, expectedOk) {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS });
  await page.waitForFunction(
    () => document.documentElement.dataset.benchDone || document.documentElement.dataset.benchError,
    null,
    { timeout: LOAD_TIMEOUT_MS, polling: 50 },
  );
  const r = await page.evaluate(() => ({ ...document.documentElement.dataset }));
  if (r.benchError) throw new Error(`bench page failed: ${r.benchError}`);
  if (Number(r.benchOk) !== expectedOk)
    throw new Error(`only ${r.benchOk} of ${expectedOk} requests answered`);
  return Number(r.benchDone);
}

/** Round `i`'s order of `names`: rotated by i, reversed on odd rounds. */
export function roundOrder(names, i) {
  const k = i % names.length;
  const rotated = [...names.slice(k), ...names.slice(0, k)];
  return i % 2 === 0 ? rotated : rotated.reverse();
}

/**
 * One warm-up load per browser, then `rounds` rounds.
 * @param {{ pages: Record<string, import('playwright-core').Page>, url: string, expectedOk: number,
 *   rounds: number, settleMs: number, log: (s: string) => void, label: string }} o
 * @returns {Promise<Record<string, number[]>>} ms per browser, one per round
 */
export async function takeTurns({ pages, url, expectedOk, rounds, settleMs, log, label }) {
  const names = Object.keys(pages);
  // First loads pay for process start, code caches and the worker's first write.
  for (const name of names) await pageTime(pages[name], url, expectedOk);
  await sleep(settleMs);
  const times = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < rounds; i++) {
    for (const name of roundOrder(names, i)) {
      times[name].push(await pageTime(pages[name], url, expectedOk));
      // Lets the extension's batched storage write finish before the next load starts.
      await sleep(settleMs);
    }
    log(
      `${label}: round ${i + 1}/${rounds}: ${names.map((n) => `${n} ${Math.round(times[n][i])} ms`).join(', ')}`,
    );
  }
  return times;
}

/** Per-round ratios a[i] / b[i]. */
export const ratios = (a, b) => a.map((v, i) => v / b[i]);
