/**
 * The DevTools panel inside real DevTools (headless Chromium, puppeteer-core) on the demo logins:
 * verdict, cookie table, token cards, the access + refresh timeline after a real refresh, a
 * token-issuing response body seen through devtools.network, and a masked export. The checks live
 * in panel-scenarios.ts, shared with the same test in real Firefox DevTools.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, openRealDevToolsPanel, startDemo } from './harness';
import type { DemoServer, RealDevToolsPanel } from './harness';
import {
  bearerLoginScenario,
  decoderScenario,
  sessionLoginScenario,
  until,
} from './panel-scenarios';
import type { PanelDriver } from './panel-scenarios';

let demo: DemoServer;
let extensionPath: string;

beforeAll(async () => {
  extensionPath = await buildExtension();
  // Short-lived access tokens, so a refresh happens while the test watches.
  demo = await startDemo({ accessTtlSeconds: 5 });
});

afterAll(async () => {
  await demo?.close();
});

/** The panel frame inside DevTools, as the shared scenarios drive it. */
function driverOf({ panel, page }: RealDevToolsPanel): PanelDriver {
  return {
    evaluate: <T>(expression: string) => panel.evaluate(expression) as Promise<T>,
    type: async (selector, text) => panel.type(selector, text),
    pageStorage: (key) => page.evaluate((k) => localStorage.getItem(k), key),
  };
}

/** Opens real DevTools on `url`, runs `check` on the panel once it shows a verdict, closes. */
async function inPanelOn(
  url: string,
  check: (panel: PanelDriver, dt: RealDevToolsPanel) => Promise<void>,
) {
  const dt = await openRealDevToolsPanel({ extensionPath, url });
  try {
    const panel = driverOf(dt);
    await until(panel, `document.querySelector('[data-testid="verdict"]') !== null`);
    await check(panel, dt);
  } finally {
    await dt.close();
  }
}

// Opening real DevTools takes long on a loaded 2-core machine; each test opens its own.
const SLOW = 150_000;

describe('DevTools panel in real Chromium DevTools', () => {
  it(
    'session login: verdict, the session cookie in the table, its token card',
    () =>
      inPanelOn(demo.urls.session.auto, async (panel, dt) => {
        // The panel names its tab from devtools.inspectedWindow, not from the URL.
        expect(dt.panel.url()).not.toContain('tabId=');
        await sessionLoginScenario(panel);
      }),
    SLOW,
  );

  it(
    'bearer login: token verdict, a refresh in the timeline, the issuing body, a masked export',
    () => inPanelOn(demo.urls.bearer.auto, bearerLoginScenario),
    SLOW,
  );

  it(
    'decoder: a pasted broken token shows the engine’s error code',
    () => inPanelOn(demo.urls.plain.home, decoderScenario),
    SLOW,
  );
});
