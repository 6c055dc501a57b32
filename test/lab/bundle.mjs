/**
 * Bundles a stack's client script (and the real SDK it imports) for the browser with Vite's build
 * API, into test/lab/.build/ (gitignored). Stacks serve the result as one classic script.
 */
import { statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { build } from 'vite';

export const BUILD_DIR = join(import.meta.dirname, '.build');

/** Bundles already built in this process: entry → output path. */
const built = new Map();

/**
 * Bundles `entry` (an ES module; bare imports resolved from node_modules with the `browser`
 * conditions) into one IIFE at `test/lab/.build/<outFile>`, and returns that file's path. Built
 * once per process (a new process rebuilds, so an edited client is never served stale).
 * @param {string} entry absolute path of the client script
 * @param {string} outFile file name (or path relative to .build), e.g. 'firebase/app.js'
 * @returns {Promise<string>}
 */
export async function bundleForBrowser(entry, outFile) {
  const entryPath = resolve(entry);
  const outPath = isAbsolute(outFile) ? outFile : join(BUILD_DIR, outFile);
  const key = `${entryPath}→${outPath}`;
  if (!built.has(key)) built.set(key, runBuild(entryPath, outPath));
  await built.get(key);
  statSync(outPath);
  return outPath;
}

/** @param {string} entryPath @param {string} outPath */
async function runBuild(entryPath, outPath) {
  await build({
    configFile: false,
    root: dirname(entryPath),
    logLevel: 'warn',
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: dirname(outPath),
      emptyOutDir: false,
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: {
        entry: entryPath,
        formats: ['iife'],
        name: 'tokkiLab',
        fileName: () => basename(outPath),
      },
    },
  });
}
