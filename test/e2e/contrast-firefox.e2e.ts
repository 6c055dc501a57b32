/**
 * Good contrast, light and dark (issue 5), as Firefox renders it: the same check as
 * contrast.e2e.ts (every text against what is painted behind it, WCAG AA) in firefox-esr, whose
 * own defaults (canvas, buttons, fields) differ from Chromium's, on the popup, the side panel
 * (`sidepanel.html?tabId=N`, on the demos and about:blank), each panel tab and each workbench
 * section (the Decoder holding a JWT). The scheme is Firefox's own website-appearance setting,
 * which add-on pages follow.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTRAST_SCRIPT, expectReadable } from './contrast-script';
import type { ContrastReport } from './contrast-script';
import { firefoxOnDemoLogins } from './firefox/demo-logins';
import type { AddonFrame } from './firefox/harness';
import { forEachTab, readOnlyPanel, until } from './panel-scenarios';
import { DECODED_SCRIPT, longJwt, pasteScript } from './surface-pages';

const run = firefoxOnDemoLogins();

beforeAll(() => run.ff.setStoredLang('en'));

async function contrastOf(frame: AddonFrame): Promise<ContrastReport> {
  return run.ff.evaluate<ContrastReport>(frame, CONTRAST_SCRIPT);
}

/** The page really is in `scheme`: without this a dark check could pass on the light palette. */
async function expectScheme(frame: AddonFrame, scheme: 'light' | 'dark'): Promise<void> {
  const dark = await run.ff.evaluate<boolean>(
    frame,
    `matchMedia('(prefers-color-scheme: dark)').matches`,
  );
  expect(dark, `prefers-color-scheme: ${scheme}`).toBe(scheme === 'dark');
}

describe.each(['light', 'dark'] as const)('Firefox, %s scheme', (scheme) => {
  beforeAll(() => run.ff.setColorScheme(scheme));

  it.each(['bearer', 'session', 'plain'] as const)(
    'popup on the %s demo: every text meets AA',
    async (name) => {
      const { popup } = await run.openPopup(name);
      await expectScheme(popup, scheme);
      const report = await contrastOf(popup);
      expect(report.checked).toBeGreaterThan(10);
      expectReadable(report, `popup, ${name}, ${scheme}`);
    },
  );

  it.each(['bearer', 'session', 'blank'] as const)(
    'side panel on the %s page: every text meets AA',
    async (name) => {
      const side = await run.openSidePanel(name);
      await expectScheme(side, scheme);
      const report = await contrastOf(side);
      expect(report.checked).toBeGreaterThan(name === 'blank' ? 3 : 10);
      expectReadable(report, `side panel, ${name}, ${scheme}`);
    },
  );

  it.each(['decoder', 'har', 'learn'] as const)(
    'workbench %s section: every text meets AA',
    async (section) => {
      const page = await run.openWorkbench(section);
      await expectScheme(page, scheme);
      if (section === 'decoder') {
        await run.ff.evaluate(page, pasteScript('[data-testid="decoder-input"]', longJwt()));
        await until(
          readOnlyPanel((expression) => run.ff.evaluate(page, expression)),
          DECODED_SCRIPT,
        );
      }
      const report = await contrastOf(page);
      expect(report.checked).toBeGreaterThan(3);
      expectReadable(report, `workbench ${section}, ${scheme}`);
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
      const { frame, panel } = await run.openPanel('bearer');
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
