/**
 * Figure 1, capture overhead: a loopback page fires 1,000 authenticated fetches at once; its load
 * time (navigation start → every response in) is measured in Chromium with the extension and in
 * an identical Chromium without it, alternating (ABBA order, so neither always goes first), for
 * PAIRS pairs. The figure is the median of the per-pair ratios.
 */
/* global chrome -- functions passed to serviceWorker.evaluate run inside the extension */
import { launchWith, launchWithout } from './lib/browser.mjs';
import { median, noise, round, sleep } from './lib/stats.mjs';

const FETCHES = 1000;
const PAIRS = Number(process.env.BENCH_PAIRS ?? 5);
const LOAD_TIMEOUT_MS = 90_000;
/** Lets the extension's batched storage write finish before the next load starts. */
const SETTLE_MS = 2500;

async function loadTime(page, url) {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS });
  await page.waitForFunction(
    () => document.documentElement.dataset.benchDone || document.documentElement.dataset.benchError,
    null,
    { timeout: LOAD_TIMEOUT_MS, polling: 50 },
  );
  const r = await page.evaluate(() => ({ ...document.documentElement.dataset }));
  if (r.benchError) throw new Error(`bench page failed: ${r.benchError}`);
  if (Number(r.benchOk) !== FETCHES)
    throw new Error(`only ${r.benchOk} of ${FETCHES} fetches answered`);
  return Number(r.benchDone);
}

/**
 * @param {{ extensionPath: string, server: Awaited<ReturnType<import('./lib/server.mjs').startBenchServer>>, log: (s: string) => void }} ctx
 * @returns {Promise<import('./run.mjs').Row[]>}
 */
export async function benchCapture({ extensionPath, server, log }) {
  const url = server.url('bench.localhost', `/fetches?n=${FETCHES}`);
  const withExt = await launchWith(extensionPath);
  const without = await launchWithout();
  try {
    const pageWith = await withExt.context.newPage();
    const pageWithout = await without.context.newPage();
    // Warm-up: first loads pay for process start, code caches and the worker's first write.
    await loadTime(pageWith, url);
    await loadTime(pageWithout, url);
    await sleep(SETTLE_MS);
    const withMs = [];
    const withoutMs = [];
    const ratios = [];
    for (let i = 0; i < PAIRS; i++) {
      const order = i % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
      const pair = {};
      for (const which of order) {
        pair[which] = await loadTime(which === 'with' ? pageWith : pageWithout, url);
        await sleep(SETTLE_MS);
      }
      withMs.push(pair.with);
      withoutMs.push(pair.without);
      ratios.push(pair.with / pair.without);
      log(
        `capture: pair ${i + 1}/${PAIRS}: with ${round(pair.with)} ms, without ${round(pair.without)} ms`,
      );
    }
    const stored = await withExt.serviceWorker.evaluate(async () => {
      const all = await chrome.storage.session.get(null);
      return Object.values(all).reduce(
        (n, v) => n + (v && Array.isArray(v.entries) ? v.entries.length : 0),
        0,
      );
    });
    const ratio = median(ratios);
    return [
      {
        id: 'capture.overhead',
        figure: `capture overhead: page firing ${FETCHES} authenticated fetches, with ÷ without extension`,
        goal: '≤ 1.03',
        goalValue: 1.03,
        value: round(ratio, 3),
        measured: `${round(ratio, 3)} (${round(median(withMs))} vs ${round(median(withoutMs))} ms)`,
        pass: ratio <= 1.03,
        noise: { ratios: noise(ratios), with: noise(withMs), without: noise(withoutMs) },
        samples: { withMs: withMs.map((v) => round(v)), withoutMs: withoutMs.map((v) => round(v)) },
        note: `${PAIRS} ABBA pairs after one warm-up each; ${server.hits()} pings served; the extension stored ${stored} requests (ring cap)`,
      },
    ];
  } finally {
    await withExt.close();
    await without.close();
  }
}
