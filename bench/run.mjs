/**
 * `npm run bench`: builds and zips the Chrome extension into its own folder, then measures every
 * budget of issue 8 in one go and prints figure / goal / measured / pass, also written to
 * bench/results.json. Benchmarks, not tests: nothing here runs in `npm test`.
 *
 *   npm run bench                         # everything (a few minutes)
 *   npm run bench -- --only=engine,bundle # some figures: bundle engine popup panel capture background verify har sidepanel
 *   npm run bench -- --skip-build         # reuse the last build in the output folder
 *   BENCH_PROFILE=1 npm run bench -- --only=engine   # also write a node --cpu-prof profile
 *
 * Output folder: $TOKKI_BENCH_OUT (default /tmp/tokki-bench-out), never .output, so the bench can
 * run while others build. The machine may be shared: figures are medians, pairs alternate, and
 * each row records its spread (`noise`) and the load average.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { benchBackground } from './background.mjs';
import { benchBundle, findChromeZip } from './bundle.mjs';
import { benchCapture } from './capture.mjs';
import { benchEngine } from './engine.mjs';
import { benchHar } from './har/rows.mjs';
import { CHROMIUM_PATH } from './lib/browser.mjs';
import { startBenchServer } from './lib/server.mjs';
import { benchPanel } from './panel.mjs';
import { benchPopup } from './popup.mjs';
import { benchSidePanel } from './side-panel.mjs';
import { benchVerify } from './verify/rows.mjs';

/**
 * One line of the table.
 * @typedef {{ id: string, figure: string, goal: string, goalValue?: number, value: number | null,
 *   measured: string, pass: boolean, noise?: unknown, note?: string, samples?: unknown,
 *   files?: unknown, error?: string }} Row
 */

const ROOT = resolve(import.meta.dirname, '..');
const FIGURES = [
  'bundle',
  'engine',
  'popup',
  'panel',
  'capture',
  'background',
  'verify',
  'har',
  'sidepanel',
];

const args = process.argv.slice(2);
const onlyArg = args.find((a) => a.startsWith('--only='));
const only = onlyArg ? onlyArg.slice('--only='.length).split(',') : FIGURES;
const skipBuild = args.includes('--skip-build');
const outDir = resolve(process.env.TOKKI_BENCH_OUT ?? '/tmp/tokki-bench-out');
const extensionPath = join(outDir, 'chrome-mv3');
const log = (s) => process.stderr.write(`${s}\n`);

function build() {
  if (skipBuild && existsSync(join(extensionPath, 'manifest.json'))) {
    log(`bench: reusing ${extensionPath}`);
    return;
  }
  log(`bench: wxt zip → ${outDir}`);
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['zip'], {
    cwd: ROOT,
    env: { ...process.env, TOKKI_OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 300_000,
  });
}

function chromiumVersion() {
  try {
    return execFileSync(CHROMIUM_PATH, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

function failed(name, error) {
  return {
    id: `${name}.error`,
    figure: `${name}: could not be measured`,
    goal: '—',
    value: null,
    measured: 'error',
    pass: false,
    error: String(error?.stack ?? error).slice(0, 2000),
  };
}

function printTable(rows) {
  const cols = [
    ['figure', (r) => r.figure],
    ['goal', (r) => r.goal],
    ['measured', (r) => r.measured],
    ['pass', (r) => (r.pass ? 'yes' : 'NO')],
  ];
  const widths = cols.map(([h, f]) => Math.max(h.length, ...rows.map((r) => String(f(r)).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
  console.log(line(cols.map(([h]) => h)));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line(cols.map(([, f]) => f(r))));
}

const startedAt = new Date();
const loadBefore = loadavg();
build();
const server = await startBenchServer();
/** @type {Row[]} */
const rows = [];
const ctx = { extensionPath, outDir, server, log };
const runners = {
  bundle: () => benchBundle({ extensionPath, zipPath: findChromeZip(outDir) }),
  engine: () => benchEngine(ctx),
  popup: () => benchPopup(ctx),
  panel: () => benchPanel(ctx),
  capture: () => benchCapture(ctx),
  background: () => benchBackground(ctx),
  verify: () => benchVerify(ctx),
  har: () => benchHar(ctx),
  sidepanel: () => benchSidePanel(ctx),
};
try {
  for (const name of FIGURES.filter((f) => only.includes(f))) {
    const t = Date.now();
    try {
      rows.push(...(await runners[name]()));
    } catch (error) {
      log(`bench: ${name} failed: ${error}`);
      rows.push(failed(name, error));
    }
    log(`bench: ${name} took ${Math.round((Date.now() - t) / 1000)} s`);
  }
} finally {
  await server.close();
}

printTable(rows);
const results = {
  generatedAt: startedAt.toISOString(),
  durationS: Math.round((Date.now() - startedAt.getTime()) / 1000),
  machine: {
    cpus: cpus().length,
    node: process.version,
    chromium: chromiumVersion(),
    loadAverageBefore: loadBefore.map((x) => Math.round(x * 10) / 10),
    loadAverageAfter: loadavg().map((x) => Math.round(x * 10) / 10),
  },
  figures: only,
  rows,
};
// A partial run (--only) must not overwrite the committed full results.
const file = only.length === FIGURES.length ? 'results.json' : 'results.local.json';
writeFileSync(join(ROOT, 'bench', file), JSON.stringify(results, null, 2) + '\n');
log(`bench: wrote bench/${file}`);
