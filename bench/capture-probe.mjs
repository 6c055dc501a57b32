/**
 * Diagnosis for the capture-overhead figure (not part of `npm run bench`): how much of Tokki's
 * overhead does Chrome's webRequest machinery cost by itself? Loads the same 1,000-fetch page in
 * Chromium without extensions and with minimal MV3 extensions whose listeners do nothing:
 *
 * - `listeners`: Tokki's webRequest listeners with the same filters and options, read from
 *   lib/platform/web-request.ts (bench/capture/noop-extension.mjs), empty bodies;
 * - `no-extra`: the same without 'extraHeaders';
 * - `three`: only onSendHeaders + onCompleted (with 'extraHeaders') + onErrorOccurred, the
 *   fewest events that still see request headers, Set-Cookie and failures;
 * - `journal`: `listeners` plus what Tokki's journal asks of the browser and nothing else: one
 *   `storage.session.set` of a small JSON text when a request starts and one when it ends
 *   (lib/background/capture-store.ts), so `journal` ÷ `listeners` is the browser's price of a
 *   journal that loses nothing when the worker is stopped;
 * - `tokki`: the real build (optional, pass its path).
 *
 * Each is timed against no extension, or with PROBE_BASE=listeners against the `listeners` no-op.
 *
 *   node bench/capture-probe.mjs [path/to/chrome-mv3] [pairs=3]
 *   PROBE_VARIANTS=three,tokki node bench/capture-probe.mjs /tmp/tokki-bench-out/chrome-mv3
 *   PROBE_BASE=listeners PROBE_VARIANTS=journal,tokki node bench/capture-probe.mjs /tmp/tokki-bench-out/chrome-mv3 12
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tokkiWebRequestListeners } from './capture/noop-extension.mjs';
import { launchWith, launchWithout } from './lib/browser.mjs';
import { startBenchServer } from './lib/server.mjs';
import { median, round, sleep } from './lib/stats.mjs';

const FETCHES = 1000;

/**
 * The journal probe's listener bodies: a start and an end each written at once, in a key of their
 * own, as JSON text the size of Tokki's (an `open` of one id; an `append` of the request).
 */
const JOURNAL_BODIES = {
  onBeforeRequest: `(d) => { write([{ op: 'open', ids: [d.requestId] }]); }`,
  onCompleted: `(d) => { write([{ op: 'append', rid: d.requestId, entry: { id: d.requestId, url: d.url, method: d.method, type: d.type, time: Math.round(d.timeStamp), status: d.statusCode, requestHeaders: [{ name: 'Authorization', value: 'Bearer ' + 'x'.repeat(180) }], responseHeaders: [] } }]); }`,
};
const JOURNAL_PRELUDE = [
  'let seq = 0;',
  'const boot = Date.now();',
  'const write = (ops) => { chrome.storage.session.set({ [`tokki.journal.1.${boot}.${(seq += 1)}`]: JSON.stringify(ops) }); };',
];

/**
 * A no-op extension with Tokki's listeners (read from its source, bench/capture/noop-extension.mjs),
 * with or without 'extraHeaders'; `minimal`: only onSendHeaders, onCompleted and onErrorOccurred;
 * `journal`: the starts and ends written as Tokki's journal writes them (JOURNAL_BODIES).
 */
function probeExtension(name, listeners, extra, minimal = false, journal = false) {
  const dir = join(tmpdir(), `tokki-probe-${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: `probe ${name}`,
      version: '1.0',
      permissions: ['webRequest', 'storage'],
      host_permissions: ['<all_urls>'],
      background: { service_worker: 'background.js' },
    }),
  );
  const FEW = ['onSendHeaders', 'onCompleted', 'onErrorOccurred'];
  const lines = listeners
    .filter(({ event }) => !minimal || FEW.includes(event))
    .map(({ event, filter, spec }) => {
      const options = extra ? spec : spec?.filter((s) => s !== 'extraHeaders');
      const body = (journal && JOURNAL_BODIES[event]) || 'noop';
      return `chrome.webRequest.${event}.addListener(${body}, ${JSON.stringify(filter)}${options ? `, ${JSON.stringify(options)}` : ''});`;
    });
  const prelude = ['const noop = () => {};', ...(journal ? JOURNAL_PRELUDE : [])];
  writeFileSync(join(dir, 'background.js'), [...prelude, ...lines, ''].join('\n'));
  return dir;
}

async function loadTime(page, url) {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await page.waitForFunction(() => document.documentElement.dataset.benchDone, null, {
    timeout: 120_000,
    polling: 50,
  });
  return Number(await page.evaluate(() => document.documentElement.dataset.benchDone));
}

const [tokkiPath, pairsArg = '3'] = process.argv.slice(2);
const pairs = Number(pairsArg);
const server = await startBenchServer();
const url = server.url('bench.localhost', `/fetches?n=${FETCHES}`);
const listeners = await tokkiWebRequestListeners();
const all = [
  ['listeners', probeExtension('listeners', listeners, true)],
  ['no-extra', probeExtension('no-extra', listeners, false)],
  ['three', probeExtension('three', listeners, true, true)],
  ['journal', probeExtension('journal', listeners, true, false, true)],
  ...(tokkiPath ? [['tokki', tokkiPath]] : []),
];
// PROBE_VARIANTS=three,tokki picks some; default: all.
const picked = process.env.PROBE_VARIANTS?.split(',');
const variants = all.filter(([name]) => !picked || picked.includes(name));
// PROBE_BASE=listeners times each variant against the no-op with Tokki's listeners instead.
const baseline =
  process.env.PROBE_BASE === 'listeners'
    ? await launchWith(all.find(([name]) => name === 'listeners')[1])
    : await launchWithout();
try {
  const basePage = await baseline.context.newPage();
  await loadTime(basePage, url);
  for (const [name, path] of variants) {
    const b = await launchWith(path);
    try {
      const page = await b.context.newPage();
      await loadTime(page, url);
      const ratios = [];
      for (let i = 0; i < pairs; i++) {
        const first = i % 2 === 0;
        const a = first ? await loadTime(page, url) : undefined;
        await sleep(1500);
        const base = await loadTime(basePage, url);
        await sleep(1500);
        const w = a ?? (await loadTime(page, url));
        await sleep(1500);
        ratios.push(w / base);
        console.log(`${name}: with ${round(w)} ms, without ${round(base)} ms`);
      }
      console.log(`${name}: median ratio ${round(median(ratios), 3)}`);
    } finally {
      await b.close();
    }
  }
} finally {
  await baseline.close();
  await server.close();
}
