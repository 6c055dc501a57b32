/**
 * Good contrast, light and dark (issue 5), as Firefox renders it: the same check as
 * contrast.e2e.ts (every text against what is painted behind it, WCAG AA) in firefox-esr, whose
 * own defaults (canvas, buttons, fields) differ from Chromium's. The scheme is Firefox's own
 * website-appearance setting, which add-on pages follow.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from '../../demo/site.mjs';
import type { DemoServer } from '../../demo/site.mjs';
import { CONTRAST_SCRIPT, expectReadable } from './contrast-script';
import type { ContrastReport } from './contrast-script';
import { openDemoLogins } from './firefox/demo-logins';
import type { DemoLogin } from './firefox/demo-logins';
import { buildFirefoxAddon, launchFirefoxWithAddon } from './firefox/harness';
import type { AddonFrame, FirefoxWithAddon } from './firefox/harness';
import { waitForPopup } from './firefox/popup-reader';
import { forEachTab, readOnlyPanel, until } from './panel-scenarios';

let demo: DemoServer;
let ff: FirefoxWithAddon;
/** Tab ids of the demo logins, each opened once. */
let tabs: Map<DemoLogin, number>;

beforeAll(async () => {
  demo = await startDemo();
  ff = await launchFirefoxWithAddon({ addonPath: buildFirefoxAddon() });
  await ff.setStoredLang('en');
  tabs = await openDemoLogins(ff, demo);
}, 150_000);

afterEach(() => ff.closeAddonTabs());

afterAll(async () => {
  await ff?.close();
  await demo?.close();
});

async function contrastOf(frame: AddonFrame): Promise<ContrastReport> {
  return ff.evaluate<ContrastReport>(frame, CONTRAST_SCRIPT);
}

/** The page really is in `scheme`: without this a dark check could pass on the light palette. */
async function expectScheme(frame: AddonFrame, scheme: 'light' | 'dark'): Promise<void> {
  const dark = await ff.evaluate<boolean>(
    frame,
    `matchMedia('(prefers-color-scheme: dark)').matches`,
  );
  expect(dark, `prefers-color-scheme: ${scheme}`).toBe(scheme === 'dark');
}

describe.each(['light', 'dark'] as const)('Firefox, %s scheme', (scheme) => {
  beforeAll(() => ff.setColorScheme(scheme));

  it.each(['bearer', 'session', 'plain'] as const)(
    'popup on the %s demo: every text meets AA',
    async (name) => {
      const popup = await ff.openExtensionPage('popup.html', tabs.get(name)!);
      await waitForPopup(ff, popup, (v) => v.verdict !== null && v.counts !== '');
      await expectScheme(popup, scheme);
      const report = await contrastOf(popup);
      expect(report.checked).toBeGreaterThan(10);
      expectReadable(report, `popup, ${name}, ${scheme}`);
    },
  );

  // Inside DevTools the panel takes DevTools' theme (<html data-theme>), which can differ from
  // the website appearance: the other palette on this scheme too.
  it.each([
    ['the website appearance', undefined],
    ['DevTools in the other theme', scheme === 'light' ? 'dark' : 'light'],
  ] as const)(
    'panel on the bearer demo, %s: every text of every tab meets AA',
    async (_, theme) => {
      const frame = await ff.openExtensionPage('devtools-panel.html', tabs.get('bearer')!);
      const panel = readOnlyPanel((expression) => ff.evaluate(frame, expression));
      await until(panel, `document.querySelector('[data-testid="verdict"]')`);
      await expectScheme(frame, scheme);
      if (theme) await panel.evaluate(`document.documentElement.dataset.theme = '${theme}'`);
      const shown = await forEachTab(panel, async (tab) => {
        const report = await contrastOf(frame);
        expect(report.checked, tab).toBeGreaterThan(3);
        expectReadable(
          report,
          `panel ${tab} tab, ${scheme}, theme ${theme ?? 'of the website appearance'}`,
        );
      });
      expect(shown.length).toBeGreaterThanOrEqual(8);
    },
  );
});
