/**
 * Diagnosis for `har.import-100k` (not a bench row): a CPU profile of the HAR import's own worker
 * in the built extension in real Chromium, from its creation to the Overview painted, summarised
 * by bench/profile-summary.mjs (function names are the build's, minified: look them up in its
 * `assets/har-worker-*.js`). The `(idle)` share is the worker waiting: for the file's slices, and
 * at the end while the page takes the report and paints.
 *
 *   node bench/har/profile-worker.mjs [path/to/chrome-mv3] [file.har]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs } from '../../demo/chromium.mjs';
import { selfTimes } from '../profile-summary.mjs';
import { writeHar } from './generate-har.mjs';

const out = process.env.TOKKI_BENCH_OUT ?? '/tmp/tokki-bench-out';
const [extArg = join(out, 'chrome-mv3'), harArg = join(out, 'har-100000.har')] =
  process.argv.slice(2);
if (!existsSync(harArg)) await writeHar(harArg, 100_000);

const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: chromiumArgs(resolve(extArg)),
});
try {
  const background = await browser.waitForTarget((t) => t.type() === 'service_worker');
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${new URL(background.url()).host}/workbench.html#har`);
  const input = await page.waitForSelector('[data-testid="har-input"]');
  const profiling = new Promise((resolveWorker) =>
    page.once('workercreated', async (worker) => {
      await worker.client.send('Profiler.enable');
      await worker.client.send('Profiler.setSamplingInterval', { interval: 200 });
      await worker.client.send('Profiler.start');
      resolveWorker(worker);
    }),
  );
  const started = Date.now();
  await input.uploadFile(resolve(harArg));
  await page.waitForSelector('[data-testid="har-import"] [data-testid="verdict"]', {
    timeout: 180_000,
  });
  console.log(`import: ${Date.now() - started} ms (file chosen → verdict, profiler attached)`);
  const worker = await profiling;
  const { profile } = await worker.client.send('Profiler.stop');
  const file = join(tmpdir(), `tokki-har-worker-${Date.now()}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const { totalMs, rows } = selfTimes(profile);
  console.log(`worker: ${totalMs.toFixed(0)} ms profiled; self time:`);
  for (const r of rows.slice(0, 25)) {
    console.log(`${r.ms.toFixed(1).padStart(9)} ms ${r.pct.toFixed(1).padStart(5)}%  ${r.fn}`);
  }
  console.log(`profile: ${file}`);
} finally {
  await browser.close();
}
