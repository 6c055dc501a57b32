/**
 * Bundles a stack's client script (and the real SDK it imports) for the browser with Vite's build
 * API, into test/lab/.build/ (gitignored). Stacks serve the result as one classic script.
 */
import { basename, dirname, join } from 'node:path';
import { build } from 'vite';

const BUILD_DIR = join(import.meta.dirname, '.build');

/**
 * Bundles `entry` (an ES module; bare imports resolved from node_modules with the `browser`
 * conditions) into one IIFE at `test/lab/.build/<outFile>` that exposes the module's exports as
 * `tokkiLab`, and returns that file's path. Built at every start of the stack, so an edited
 * client is never served stale.
 * @param {string} entry absolute path of the client script
 * @param {string} outFile its path in .build, e.g. 'firebase/app.js'
 * @returns {Promise<string>}
 */
export async function bundleForBrowser(entry, outFile) {
  const outPath = join(BUILD_DIR, outFile);
  await build({
    configFile: false,
    root: dirname(entry),
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
      lib: { entry, formats: ['iife'], name: 'tokkiLab', fileName: () => basename(outPath) },
    },
  });
  return outPath;
}
