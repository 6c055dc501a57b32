/**
 * Figure 4, background: a loopback page in one tab sends up to 100,000 authenticated requests in
 * chunks; after each chunk the service worker reports the tab's storage.session bytes
 * (chrome.storage.session.getBytesInUse of the tab's log key) and how many entries it keeps. The
 * figure is the largest size seen, and whether it kept growing once the ring buffer was full.
 *
 * Bounded in count (TARGET) and in time (BENCH_BG_SECONDS): on a loaded machine the extension
 * sees a few dozen requests a second, so the run says honestly how far it got.
 */
/* global chrome -- functions passed to serviceWorker.evaluate run inside the extension */
import { launchWith, tabIdOf } from './lib/browser.mjs';
import { benchJwt } from './lib/server.mjs';
import { round, sleep } from './lib/stats.mjs';

const TARGET = Number(process.env.BENCH_BG_REQUESTS ?? 100_000);
const BUDGET_MS = Number(process.env.BENCH_BG_SECONDS ?? 120) * 1000;
const CHUNK = 1000;
/** Longest wait between the capture's batched writes (MAX_FLUSH_DELAY_MS) plus a margin. */
const FLUSH_WAIT_MS = 3000;
const CAP = 1000;

/** Runs in the page: `count` authenticated fetches, at most `parallel` in flight. */
async function fire({ start, count, parallel, token }) {
  let next = start;
  const end = start + count;
  let ok = 0;
  const worker = async () => {
    while (next < end) {
      const i = next++;
      // A request that never answers must not hang the whole run: give each one 10 s.
      try {
        const r = await fetch(`/api/ping?i=${i}`, {
          headers: { Authorization: `Bearer ${token}` },
          signal: AbortSignal.timeout(10_000),
        });
        if (r.ok) ok++;
      } catch {
        // counted as not ok
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return ok;
}

/** Runs in the service worker: the tab's log size as Chrome counts it, and its counters. */
async function sample(tabId) {
  const key = `tokki.capture.${tabId}`;
  const [bytes, all, stored] = await Promise.all([
    chrome.storage.session.getBytesInUse(key),
    chrome.storage.session.getBytesInUse(null),
    chrome.storage.session.get(key),
  ]);
  // The log is stored as JSON text (lib/background/capture-store.ts).
  const raw = stored[key];
  const log = (typeof raw === 'string' ? JSON.parse(raw) : raw) ?? {};
  return {
    bytes,
    allBytes: all,
    entries: Array.isArray(log.entries) ? log.entries.length : 0,
    total: log.total ?? 0,
    dropped: log.dropped ?? 0,
  };
}

/**
 * @param {{ extensionPath: string, server: Awaited<ReturnType<import('./lib/server.mjs').startBenchServer>>, log: (s: string) => void }} ctx
 * @returns {Promise<import('./run.mjs').Row[]>}
 */
export async function benchBackground({ extensionPath, server, log }) {
  const url = server.url('bench.localhost', '/blank');
  const b = await launchWith(extensionPath);
  try {
    const page = await b.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(b.serviceWorker, url);
    const token = benchJwt(1);
    const samples = [];
    const started = Date.now();
    let sent = 0;
    while (sent < TARGET && Date.now() - started < BUDGET_MS) {
      const count = Math.min(CHUNK, TARGET - sent);
      // Bounded in time even if the page stalls (seen once after ~16,000 requests on loopback).
      const left = Math.max(5_000, BUDGET_MS - (Date.now() - started));
      const fired = await Promise.race([
        page.evaluate(fire, { start: sent, count, parallel: 24, token }),
        sleep(left).then(() => undefined),
      ]);
      if (fired === undefined) {
        log(
          `background: the page stopped answering after ${sent} requests; measuring what is stored`,
        );
        break;
      }
      sent += count;
      const s = await b.serviceWorker.evaluate(sample, tabId);
      samples.push({ sent, ...s });
      log(
        `background: ${sent} sent, log ${s.entries} entries / total ${s.total}, ${round(s.bytes / 1e6, 3)} MB`,
      );
    }
    await sleep(FLUSH_WAIT_MS);
    const last = await b.serviceWorker.evaluate(sample, tabId);
    samples.push({ sent, ...last });
    const elapsed = (Date.now() - started) / 1000;
    const maxBytes = Math.max(...samples.map((s) => s.bytes));
    // Growth past the cap: compare sizes once the ring buffer was full.
    const full = samples.filter((s) => s.entries >= CAP);
    const growth = full.length >= 2 ? full[full.length - 1].bytes - full[0].bytes : undefined;
    const mb = maxBytes / 1024 / 1024;
    return [
      {
        id: 'background.storage-bytes',
        figure: `background: storage.session bytes for one tab after ${sent.toLocaleString('en')} requests`,
        goal: '≤ 5 MB',
        goalValue: 5,
        value: round(mb, 3),
        measured: `${round(mb, 2)} MB max (${last.entries} entries kept, ${last.total} counted, ${last.dropped} dropped)`,
        pass: mb <= 5,
        note:
          `${sent.toLocaleString('en')} of ${TARGET.toLocaleString('en')} requests sent in ${round(elapsed, 0)} s ` +
          `(${round(sent / elapsed, 0)}/s; time budget ${BUDGET_MS / 1000} s); whole storage.session ${round(last.allBytes / 1e6, 2)} MB`,
        samples: samples.map((s) => ({
          sent: s.sent,
          entries: s.entries,
          total: s.total,
          bytes: s.bytes,
        })),
      },
      {
        id: 'background.no-growth-past-cap',
        figure: 'background: no growth past the ring-buffer cap',
        goal: 'bytes flat once full',
        value: growth ?? null,
        measured:
          growth === undefined
            ? `cap not reached (${last.entries} entries)`
            : `${growth >= 0 ? '+' : ''}${growth} bytes over ${full.length} samples at ${CAP} entries`,
        // Entries vary by a few bytes (ids, URLs): allow 1% of the budget, never steady growth.
        pass: growth !== undefined && Math.abs(growth) <= 0.01 * maxBytes && last.entries <= CAP,
      },
    ];
  } finally {
    await b.close();
  }
}
