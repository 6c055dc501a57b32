/**
 * Capture's cost, three rows (ids fixed: acceptance checks read them):
 *
 * - `capture.overhead` (context): a loopback page fires 1,000 authenticated fetches at once; load
 *   time (navigation start → every response in) with Tokki ÷ with no extension.
 * - `capture.stress-vs-noop`: the same page, Tokki ÷ a no-op extension with exactly Tokki's
 *   webRequest listeners and options (bench/capture/noop-extension.mjs reads them from Tokki's
 *   source): what Tokki's own work costs beyond Chrome's cost of letting any extension observe.
 * - `capture.realistic-page`: a page shaped like a logged-in app (112 subresources, each answered
 *   after a seeded 20–80 ms; bench/capture/realistic-site.mjs), Tokki ÷ no extension; a second
 *   browser without an extension takes the same turns, and its ratio to the first is the row's
 *   noise band: what "no difference" measures on this machine in the same run. The no-op takes
 *   the same turns too, so the note says how much of the ratio is Chrome's cost of the listeners.
 *
 * The three browsers of each page take turns (bench/capture/rounds.mjs); figures are medians of
 * the per-round ratios.
 */
/* global chrome -- functions passed to serviceWorker.evaluate run inside the extension */
import { writeNoopExtension } from './capture/noop-extension.mjs';
import { startRealisticSite, REALISTIC_RESOURCES } from './capture/realistic-site.mjs';
import { ratios, takeTurns } from './capture/rounds.mjs';
import { launchWith, launchWithout } from './lib/browser.mjs';
import { median, noise, round } from './lib/stats.mjs';

const FETCHES = 1000;
const ROUNDS = Number(process.env.BENCH_PAIRS ?? 5);
const REALISTIC_ROUNDS = Number(process.env.BENCH_REALISTIC_ROUNDS ?? 15);
/** Lets the extension's batched storage write finish before the next load starts. */
const STRESS_SETTLE_MS = 2500;
const REALISTIC_SETTLE_MS = 1000;

/** Requests the extension holds for all tabs (both rings), read from storage.session. */
function storedRequests(serviceWorker) {
  return serviceWorker.evaluate(async () => {
    const all = await chrome.storage.session.get(null);
    return Object.entries(all)
      .filter(([key]) => /^tokki\.capture\.\d+$/.test(key))
      .map(([, v]) => (typeof v === 'string' ? JSON.parse(v) : v))
      .reduce(
        (n, v) =>
          n +
          (v && Array.isArray(v.entries) ? v.entries.length : 0) +
          (v && Array.isArray(v.plain) ? v.plain.length : 0),
        0,
      );
  });
}

const band = (values) => `${round(Math.min(...values), 3)}–${round(Math.max(...values), 3)}`;

async function stressRows({ server, log }, tokki, noop, listeners) {
  const url = server.url('bench.localhost', `/fetches?n=${FETCHES}`);
  const none = await launchWithout();
  try {
    const pages = {
      tokki: await tokki.context.newPage(),
      noop: await noop.context.newPage(),
      none: await none.context.newPage(),
    };
    const t = await takeTurns({
      pages,
      url,
      expectedOk: FETCHES,
      rounds: ROUNDS,
      settleMs: STRESS_SETTLE_MS,
      log,
      label: 'capture (1,000 fetches)',
    });
    // Read before the pages close: a closed tab's log is removed.
    const stored = await storedRequests(tokki.serviceWorker);
    await Promise.all(Object.values(pages).map((p) => p.close()));
    const overhead = ratios(t.tokki, t.none);
    const vsNoop = ratios(t.tokki, t.noop);
    const noopCost = ratios(t.noop, t.none);
    const o = median(overhead);
    const v = median(vsNoop);
    const listened = listeners
      .map((l) => `${l.event}${l.spec?.includes('extraHeaders') ? '+extraHeaders' : ''}`)
      .join(', ');
    return [
      {
        id: 'capture.overhead',
        figure: `capture overhead: page firing ${FETCHES} authenticated fetches, with ÷ without extension`,
        goal: '≤ 1.03',
        goalValue: 1.03,
        value: round(o, 3),
        measured: `${round(o, 3)} (${round(median(t.tokki))} vs ${round(median(t.none))} ms); no-op with Tokki’s listeners ${round(median(noopCost), 3)}`,
        pass: o <= 1.03,
        noise: { ratios: noise(overhead), with: noise(t.tokki), without: noise(t.none) },
        samples: { withMs: t.tokki.map((x) => round(x)), withoutMs: t.none.map((x) => round(x)) },
        note: `${ROUNDS} rounds, three browsers taking turns (Tokki, no-op, none) after one warm-up each; ${server.hits()} pings served; the extension stored ${stored} requests (ring caps)`,
      },
      {
        id: 'capture.stress-vs-noop',
        figure: `capture: page firing ${FETCHES} authenticated fetches, Tokki ÷ a no-op extension with Tokki’s listeners`,
        goal: '≤ 1.05',
        goalValue: 1.05,
        value: round(v, 3),
        measured: `${round(v, 3)} (${round(median(t.tokki))} vs ${round(median(t.noop))} ms; per round ${band(vsNoop)})`,
        pass: v <= 1.05,
        noise: { ratios: noise(vsNoop), tokki: noise(t.tokki), noop: noise(t.noop) },
        samples: { tokkiMs: t.tokki.map((x) => round(x)), noopMs: t.noop.map((x) => round(x)) },
        note: `no-op listeners, read from lib/platform/web-request.ts: ${listened}; no-op ÷ no extension ${round(median(noopCost), 3)} (${band(noopCost)})`,
      },
    ];
  } finally {
    await none.close();
  }
}

async function realisticRow({ log }, tokki, noop) {
  const site = await startRealisticSite();
  const a = await launchWithout();
  const b = await launchWithout();
  try {
    const pages = {
      tokki: await tokki.context.newPage(),
      noop: await noop.context.newPage(),
      none: await a.context.newPage(),
      again: await b.context.newPage(),
    };
    const t = await takeTurns({
      pages,
      url: site.url,
      expectedOk: site.expectedOk,
      rounds: REALISTIC_ROUNDS,
      settleMs: REALISTIC_SETTLE_MS,
      log,
      label: 'capture (realistic page)',
    });
    await Promise.all(Object.values(pages).map((p) => p.close()));
    const r = ratios(t.tokki, t.none);
    const sameSame = ratios(t.again, t.none);
    const noopCost = ratios(t.noop, t.none);
    const vsNoop = ratios(t.tokki, t.noop);
    const m = median(r);
    const count = Object.values(REALISTIC_RESOURCES).reduce((x, y) => x + y, 0);
    return {
      id: 'capture.realistic-page',
      figure: `capture: a logged-in app page of ${count} subresources (20–80 ms each, HTTP/1.1), Tokki ÷ no extension`,
      goal: '≤ 1.03',
      goalValue: 1.03,
      value: round(m, 3),
      measured: `${round(m, 3)} (${round(median(t.tokki))} vs ${round(median(t.none))} ms); no extension ÷ no extension ${round(median(sameSame), 3)} (${band(sameSame)}); no-op with Tokki’s listeners ÷ no extension ${round(median(noopCost), 3)}`,
      pass: m <= 1.03,
      noise: {
        ratios: noise(r),
        noiseBand: noise(sameSame),
        tokki: noise(t.tokki),
        none: noise(t.none),
      },
      samples: {
        tokkiMs: t.tokki.map((x) => round(x)),
        noopMs: t.noop.map((x) => round(x)),
        noneMs: t.none.map((x) => round(x)),
        againMs: t.again.map((x) => round(x)),
      },
      note:
        `${REALISTIC_ROUNDS} rounds, four browsers taking turns (Tokki, the no-op with Tokki’s listeners, none, none again) after one warm-up each; per-round Tokki ÷ none ${band(r)}; ` +
        `Chrome’s own cost of the listeners, no-op ÷ none ${round(median(noopCost), 3)} (${band(noopCost)}); Tokki ÷ no-op ${round(median(vsNoop), 3)} (${band(vsNoop)}); ${site.hits()} requests served`,
    };
  } finally {
    await a.close();
    await b.close();
    await site.close();
  }
}

/**
 * @param {{ extensionPath: string, server: Awaited<ReturnType<import('./lib/server.mjs').startBenchServer>>, log: (s: string) => void }} ctx
 * @returns {Promise<import('./run.mjs').Row[]>}
 */
export async function benchCapture(ctx) {
  const { dir, listeners } = await writeNoopExtension(ctx.extensionPath);
  const tokki = await launchWith(ctx.extensionPath);
  const noop = await launchWith(dir);
  try {
    const rows = await stressRows(ctx, tokki, noop, listeners);
    rows.push(await realisticRow(ctx, tokki, noop));
    return rows;
  } finally {
    await tokki.close();
    await noop.close();
  }
}
