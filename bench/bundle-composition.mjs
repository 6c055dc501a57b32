/**
 * Where the popup's JavaScript comes from: bundles entrypoints/popup/main.tsx alone (minified, as
 * the extension build does) with the visualizer WXT ships, and prints gzip bytes per package and
 * per top source folder. Used to explain the "popup JS gzip" figure; not part of `npm run bench`.
 *
 *   node bench/bundle-composition.mjs [entry=entrypoints/popup/main.tsx]
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { visualizer } from '@aklinker1/rollup-plugin-visualizer';

const ROOT = resolve(import.meta.dirname, '..');
const entry = join(ROOT, process.argv[2] ?? 'entrypoints/popup/main.tsx');
const out = join(tmpdir(), 'tokki-bench-composition');
const data = join(out, 'stats.json');

await build({
  configFile: false,
  root: ROOT,
  logLevel: 'warn',
  resolve: { alias: { '@': ROOT } },
  define: {
    'import.meta.env.CHROME': 'true',
    'import.meta.env.FIREFOX': 'false',
    'import.meta.env.BROWSER': '"chrome"',
    'import.meta.env.MANIFEST_VERSION': '3',
    'process.env.NODE_ENV': '"production"',
  },
  plugins: [visualizer({ filename: data, template: 'raw-data', gzipSize: true })],
  build: {
    outDir: join(out, 'dist'),
    emptyOutDir: true,
    minify: true,
    lib: { entry, formats: ['es'], fileName: 'entry' },
  },
});

/** A source file's group: lib/<runtime>/<concern> inside lib, the top two folders elsewhere. */
function folderOf(path) {
  const parts = path.split('/');
  return parts.slice(0, parts[0] === 'lib' ? 3 : 2).join('/');
}

const stats = JSON.parse(readFileSync(data, 'utf8'));
const groups = new Map();
for (const [uid, part] of Object.entries(stats.nodeParts)) {
  const id = stats.nodeMetas[part.metaUid]?.id ?? uid;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1];
  const key = pkg ? `npm:${pkg}` : folderOf(id.replace(ROOT, '').replace(/^\/+/, ''));
  groups.set(key, (groups.get(key) ?? 0) + (part.gzipLength ?? 0));
}
const total = [...groups.values()].reduce((a, b) => a + b, 0);
console.log(
  `total ≈ ${(total / 1024).toFixed(1)} KB gzip (sum of per-module gzip; the real file compresses better)`,
);
for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`${(v / 1024).toFixed(1).padStart(7)} KB  ${k}`);
}
