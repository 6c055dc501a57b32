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
 * - `tokki`: the real build (optional, pass its path).
 *
 *   node bench/capture-probe.mjs [path/to/chrome-mv3] [pairs=3]
 *   PROBE_VARIANTS=three,tokki node bench/capture-probe.mjs /tmp/tokki-bench-out/chrome-mv3
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
 * A no-op extension with Tokki's listeners (read from its source, bench/capture/noop-extension.mjs),
 * with or without 'extraHeaders'; `minimal`: only onSendHeaders, onCompleted and onErrorOccurred.
 */
function probeExtension(name, listeners, extra, minimal = false) {
  const dir = join(tmpdir(), `tokki-probe-${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: `probe ${name}`,
      version: '1.0',
      permissions: ['webRequest'],
      host_permissions: ['<all_urls>'],
      background: { service_worker: 'background.js' },
    }),
  );
  const FEW = ['onSendHeaders', 'onCompleted', 'onErrorOccurred'];
  const lines = listeners
    .filter(({ event }) => !minimal || FEW.includes(event))
    .map(({ event, filter, spec }) => {
      const options = extra ? spec : spec?.filter((s) => s !== 'extraHeaders');
      return `chrome.webRequest.${event}.addListener(noop, ${JSON.stringify(filter)}${options ? `, ${JSON.stringify(options)}` : ''});`;
    });
  writeFileSync(join(dir, 'background.js'), ['const noop = () => {};', ...lines, ''].join('\n'));
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
  ...(tokkiPath ? [['tokki', tokkiPath]] : []),
];
// PROBE_VARIANTS=three,tokki picks some; default: all.
const picked = process.env.PROBE_VARIANTS?.split(',');
const variants = all.filter(([name]) => !picked || picked.includes(name));
const baseline = await launchWithout();
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
