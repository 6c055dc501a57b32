import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Lets parallel builds (tests, bench) use their own folder instead of racing on .output.
  outDir: process.env.TOKKI_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
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
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
