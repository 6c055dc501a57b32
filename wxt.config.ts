import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Lets parallel builds (tests, bench) use their own folder instead of racing on .output.
  outDir: process.env.TOKKI_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
  // `wxt zip -b firefox` also writes the sources zip addons.mozilla.org review asks for; keep local
  // artefacts (screenshots, bench results, logs) out of it.
  zip: {
    excludeSources: ['demo-output/**', 'test-results/**', 'bench/results.local.json', '**/*.log'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['cookies', 'webRequest', 'storage', 'scripting', 'tabs'],
    host_permissions: ['<all_urls>'],
    action: { default_title: 'Tokki' },
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
