/**
 * Laid out for reading, as Firefox renders it: the same check as layout.e2e.ts (no sideways
 * scroll, no squeezed Korean/English column, no evidence sentence beside its count) on the popup
 * in each language and on every panel tab, full width and at 500 px, in firefox-esr, whose flex
 * and grid sizing of text is its own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { firefoxOnDemoLogins } from './firefox/demo-logins';
import type { AddonFrame } from './firefox/harness';
import { LAYOUT_SCRIPT, expectLaidOut, type LayoutReport } from './layout-script';
import { forEachTab } from './panel-scenarios';

const run = firefoxOnDemoLogins();

function layoutOf(frame: AddonFrame): Promise<LayoutReport> {
  return run.ff.evaluate<LayoutReport>(frame, LAYOUT_SCRIPT);
}

describe.each(['ko', 'en', 'both'] as const)('Firefox, in %s', (lang) => {
  beforeAll(() => run.ff.setStoredLang(lang));

  it.each(['bearer', 'session', 'plain'] as const)(
    'the popup on the %s demo reads without squeezing',
    async (name) => {
      const { popup } = await run.openPopup(name);
      const layout = await layoutOf(popup);
      if (name !== 'plain') expect(layout.evidenceLines, name).toBeGreaterThan(0);
      if (lang === 'both') expect(layout.columns, name).toBeGreaterThan(1);
      expectLaidOut(layout, `popup, ${name}, ${lang}`);
    },
  );
});

describe('Firefox, in both languages', () => {
  beforeAll(() => run.ff.setStoredLang('both'));

  it('every panel tab on the bearer demo reads without squeezing', async () => {
    const { frame, panel } = await run.openPanel('bearer');
    let columns = 0;
    let values = 0;
    const shown = await forEachTab(panel, async (tab) => {
      const layout = await layoutOf(frame);
      columns += layout.columns;
      values += layout.values;
      expectLaidOut(layout, `panel ${tab} tab`);
    });
    expect(shown.length).toBeGreaterThanOrEqual(8);
    expect(columns).toBeGreaterThan(10);
    expect(values, 'details values (token cards, the selected request)').toBeGreaterThan(5);
  });

  // DevTools docked to the side: Firefox's window goes no narrower than 500 px.
  it('every panel tab at 500 px wide reads without squeezing', async () => {
    const wide = await run.ff.evaluateInParent<number>('window.outerWidth');
    await run.ff.evaluateInParent('window.resizeTo(500, window.outerHeight)');
    try {
      const { frame, panel } = await run.openPanel('bearer');
      expect(await run.ff.evaluate<number>(frame, 'innerWidth')).toBeLessThanOrEqual(500);
      const shown = await forEachTab(panel, async (tab) => {
        expectLaidOut(await layoutOf(frame), `panel ${tab} tab, 500 px`);
      });
      expect(shown.length).toBeGreaterThanOrEqual(8);
    } finally {
      await run.ff.evaluateInParent(`window.resizeTo(${wide}, window.outerHeight)`);
    }
  });
});
