/**
 * Figure 6, bundle: the popup's JavaScript as the browser loads it (popup.html's module script,
 * every chunk it preloads or imports, dynamically too), gzip-compressed, and the size of the Chrome store zip that
 * `wxt zip` wrote.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { round } from './lib/stats.mjs';

/**
 * The JS files the popup loads when it opens: popup.html's `<script src>` and
 * `<link rel="modulepreload" href>`, plus every chunk those import, statically or with
 * `import()` (the popup loads its UI that way once the snapshot request has left), followed to
 * the end.
 */
export function popupScripts(extensionPath) {
  const html = readFileSync(join(extensionPath, 'popup.html'), 'utf8');
  const queue = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
  ].map((m) => m[1].replace(/^\//, ''));
  const seen = new Set();
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(extensionPath, file), 'utf8');
    // `from"./x.js"` and `import("./x.js")` are relative to the chunk; Vite's preload map
    // (`__vite__mapDeps`) names files from the extension root (`chunks/x.js`).
    for (const m of code.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) {
      queue.push(posix.join(posix.dirname(file), m[1]));
    }
    for (const m of code.matchAll(/["'`]((?:chunks|assets)\/[\w.-]+\.js)["'`]/g)) queue.push(m[1]);
  }
  return [...seen];
}

/**
 * @param {{ extensionPath: string, zipPath: string }} ctx
 * @returns {import('./run.mjs').Row[]}
 */
export function benchBundle({ extensionPath, zipPath }) {
  const files = popupScripts(extensionPath).map((f) => {
    const raw = readFileSync(join(extensionPath, f));
    return { f, raw: raw.length, gz: gzipSync(raw, { level: 9 }).length };
  });
  const gz = files.reduce((n, x) => n + x.gz, 0);
  const raw = files.reduce((n, x) => n + x.raw, 0);
  const zip = statSync(zipPath).size;
  const kb = (n) => n / 1024;
  const biggest = [...files].sort((a, b) => b.gz - a.gz)[0];
  return [
    {
      id: 'bundle.popup-js-gzip',
      figure: 'bundle: popup JS, gzip',
      goal: '≤ 120 KB',
      goalValue: 120,
      value: round(kb(gz), 1),
      measured: `${round(kb(gz), 1)} KB (${round(kb(raw), 1)} KB raw, ${files.length} files)`,
      pass: kb(gz) <= 120,
      note: `largest: ${biggest?.f} ${round(kb(biggest?.gz ?? 0), 1)} KB gzip`,
      files,
    },
    {
      id: 'bundle.store-zip',
      figure: 'bundle: Chrome store zip (wxt zip)',
      goal: '≤ 500 KB',
      goalValue: 500,
      value: round(kb(zip), 1),
      measured: `${round(kb(zip), 1)} KB`,
      pass: kb(zip) <= 500,
      note: zipPath.split('/').pop(),
    },
  ];
}

/** The zip `wxt zip` wrote for Chrome in `outDir`. */
export function findChromeZip(outDir) {
  const zips = readdirSync(outDir).filter((f) => f.endsWith('-chrome.zip'));
  if (zips.length === 0) throw new Error(`no *-chrome.zip in ${outDir}`);
  return join(outDir, zips.sort().pop());
}
