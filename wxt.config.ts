import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * The popup's first script sends the snapshot request and then imports the UI (React, the
 * engine). Each chrome-extension:// file costs a round trip through the browser process while the
 * popup opens, so popup.html names the UI chunks as modulepreloads: they load with the first
 * script instead of after it (open → verdict ~12 ms sooner in the popup bench).
 */
function preloadPopupUi(): Plugin {
  return {
    name: 'tokki:preload-popup-ui',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { filename, bundle, chunk }) {
        if (!bundle || !chunk || !filename.endsWith('popup/index.html')) return;
        const files = new Set<string>();
        const visit = (name: string) => {
          const item = bundle[name];
          if (item?.type !== 'chunk' || files.has(name)) return;
          files.add(name);
          item.imports.forEach(visit);
        };
        chunk.dynamicImports.forEach(visit);
        return [...files]
          .filter((file) => !html.includes(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Lets parallel builds (tests, bench) use their own folder instead of racing on .output.
  outDir: process.env.TOKKI_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [preloadPopupUi()] }),
  // `wxt zip -b firefox` also writes the sources zip addons.mozilla.org review asks for; keep local
  // artefacts (screenshots, bench results, logs) out of it.
  zip: {
    excludeSources: ['demo-output/**', 'test-results/**', 'bench/results.local.json', '**/*.log'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: "Decode with Tokki" on selected text; sidePanel: Chrome's side panel (Firefox's
    // sidebar_action needs no permission).
    permissions: [
      'cookies',
      'webRequest',
      'storage',
      'scripting',
      'tabs',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: ['<all_urls>'],
    action: { default_title: 'Tokki' },
    // 'wasm-unsafe-eval' lets the guessable-secret worker compile its own WebAssembly (HMAC-SHA-512,
    // lib/engine/hash/wasm); it allows no eval and no remote code.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';"
        : { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tokki@tokki.dev',
              // data_collection_permissions (required by addons.mozilla.org) exists from Firefox
              // 140 on desktop and 142 on Android; an older minimum makes `web-ext lint` warn.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
