/**
 * Bundles a TypeScript bench entry for plain Node (Node 20 cannot run TypeScript): the same code
 * the extension ships, outside vitest's module runner, so it can be profiled with `--cpu-prof`.
 */
import { basename, join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * @param {string} entry the entry, from the repository root (`bench/engine/engine.bench.ts`)
 * @param {string} outDir
 * @param {boolean} [minify]
 * @returns {Promise<string>} the bundled file to run
 */
export async function bundleForNode(entry, outDir, minify = true) {
  const file = basename(entry).replace(/\.ts$/, '.mjs');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    resolve: { alias: { '@': ROOT } },
    ssr: { noExternal: true },
    build: {
      ssr: join(ROOT, entry),
      outDir,
      emptyOutDir: true,
      minify,
      rollupOptions: { output: { format: 'es', entryFileNames: file } },
    },
  });
  return join(outDir, file);
}
