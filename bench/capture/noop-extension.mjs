/**
 * A no-op MV3 extension with exactly the webRequest listeners Tokki registers: the events, filters
 * and extra-info specs are read from Tokki's own lib/platform/web-request.ts (bundled for Node
 * with a recording `browser`, Chrome's build flags on), so the no-op cannot drift from Tokki.
 * Its manifest asks for the same permissions as Tokki's build. Each listener does nothing, so
 * Tokki ÷ this extension is what Tokki's own work costs beyond Chrome's cost of observing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * What Tokki's `listenToWebRequests` registers in Chrome.
 * @returns {Promise<{ event: string, filter: object, spec?: string[] }[]>}
 */
export async function tokkiWebRequestListeners() {
  const outDir = join(tmpdir(), 'tokki-bench-listeners');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    resolve: {
      alias: [
        { find: 'wxt/browser', replacement: join(import.meta.dirname, 'recording-browser.mjs') },
        { find: '@', replacement: ROOT },
      ],
    },
    // What WXT defines for a Chrome build (Firefox rejects 'extraHeaders'; the bench is Chrome).
    define: { 'import.meta.env.CHROME': 'true', 'import.meta.env.FIREFOX': 'false' },
    ssr: { noExternal: true },
    build: {
      ssr: join(ROOT, 'lib/platform/web-request.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'web-request.mjs' } },
    },
  });
  globalThis.__tokkiListeners = [];
  const { listenToWebRequests } = await import(
    `${join(outDir, 'web-request.mjs')}?t=${Date.now()}`
  );
  listenToWebRequests(new Proxy({}, { get: () => () => undefined }));
  const recorded = globalThis.__tokkiListeners;
  if (recorded.length === 0) throw new Error('Tokki registered no webRequest listener');
  return recorded;
}

/**
 * Writes the no-op extension next to Tokki's build and returns its folder.
 * @param {string} tokkiPath Tokki's unpacked Chrome build (its manifest gives the permissions)
 */
export async function writeNoopExtension(tokkiPath) {
  const listeners = await tokkiWebRequestListeners();
  const tokki = JSON.parse(readFileSync(join(tokkiPath, 'manifest.json'), 'utf8'));
  const dir = join(tmpdir(), 'tokki-bench-noop-extension');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Tokki bench: no-op with Tokki’s listeners',
      version: '1.0',
      permissions: tokki.permissions,
      host_permissions: tokki.host_permissions,
      background: { service_worker: 'background.js' },
    }),
  );
  const lines = listeners.map(
    ({ event, filter, spec }) =>
      `chrome.webRequest.${event}.addListener(noop, ${JSON.stringify(filter)}${spec ? `, ${JSON.stringify(spec)}` : ''});`,
  );
  writeFileSync(join(dir, 'background.js'), ['const noop = () => {};', ...lines, ''].join('\n'));
  return { dir, listeners };
}
