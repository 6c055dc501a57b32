/**
 * Stands in for `wxt/browser` when bench/capture/noop-extension.mjs bundles Tokki's
 * lib/platform/web-request.ts for Node: every `webRequest.<event>.addListener(listener, filter,
 * spec)` call is recorded on `globalThis.__tokkiListeners` instead of reaching a browser.
 */
const recorded = (globalThis.__tokkiListeners ??= []);

const events = new Proxy(
  {},
  {
    get: (_, event) => ({
      addListener: (_listener, filter, spec) => recorded.push({ event, filter, spec }),
    }),
  },
);

export const browser = { webRequest: events };
