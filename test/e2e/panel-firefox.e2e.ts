/**
 * The DevTools panel inside real Firefox DevTools (firefox-esr, the toolbox opened on the demo
 * tab and the Tokki panel clicked): the same checks as the Chromium panel test (panel.e2e.ts,
 * both from panel-scenarios.ts), through Firefox's own devtools.inspectedWindow and
 * devtools.network.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from '../../demo/site.mjs';
import type { DemoServer } from '../../demo/site.mjs';
import { buildFirefoxAddon, launchFirefoxWithAddon } from './firefox/harness';
import type { AddonFrame, FirefoxWithAddon } from './firefox/harness';
import {
  bearerLoginScenario,
  decoderScenario,
  sessionLoginScenario,
  until,
} from './panel-scenarios';
import type { PanelDriver } from './panel-scenarios';

let demo: DemoServer;
let ff: FirefoxWithAddon;

beforeAll(async () => {
  // Short-lived access tokens, so a refresh happens while the test watches.
  demo = await startDemo({ accessTtlSeconds: 5 });
  ff = await launchFirefoxWithAddon({ addonPath: buildFirefoxAddon() });
  await ff.setStoredLang('en');
}, 150_000);

// Each test's tab (and the toolbox docked in it) closes after it.
afterEach(async () => {
  const pages = await ff.browser.pages();
  await Promise.all(pages.slice(1).map((page) => page.close().catch(() => undefined)));
});

afterAll(async () => {
  await ff?.close();
  await demo?.close();
});

/** Opens `url` in a new tab in front, waits for its demo login, and opens the Tokki panel on it. */
async function panelOn(
  url: string,
  waitForLogin = true,
): Promise<{ frame: AddonFrame; panel: PanelDriver }> {
  const page = await ff.visitDemo(url, waitForLogin);
  const frame = await ff.openDevToolsPanel();
  const panel: PanelDriver = {
    evaluate: <T>(expression: string) => ff.evaluate<T>(frame, expression),
    // What typing does to a React field: its own value setter, then the input event.
    type: async (selector, text) => {
      await ff.evaluate(
        frame,
        `(() => {
          const field = document.querySelector(${JSON.stringify(selector)});
          Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value').set.call(
            field, ${JSON.stringify(text)});
          field.dispatchEvent(new Event('input', { bubbles: true }));
        })()`,
      );
    },
    pageStorage: (key) => page.evaluate((k) => localStorage.getItem(k), key),
  };
  await until(panel, `document.querySelector('[data-testid="verdict"]') !== null`);
  return { frame, panel };
}

describe('DevTools panel in real Firefox DevTools', () => {
  it('session login: verdict, the session cookie in the table, its token card', async () => {
    const { frame, panel } = await panelOn(demo.urls.session.auto);
    // The panel names its tab from devtools.inspectedWindow, not from the URL.
    expect(frame.url).not.toContain('tabId=');
    const inspected = await panel.evaluate<number>('browser.devtools.inspectedWindow.tabId');
    expect(await ff.tabIdOf(demo.urls.session.auto)).toBe(inspected);
    await sessionLoginScenario(panel);
  });

  it('bearer login: token verdict, a refresh in the timeline, the issuing body, a masked export', async () => {
    const { panel } = await panelOn(demo.urls.bearer.auto);
    await bearerLoginScenario(panel);
  });

  it('decoder: a pasted broken token shows the engine’s error code', async () => {
    const { panel } = await panelOn(demo.urls.plain.home, false);
    await decoderScenario(panel);
  });
});
