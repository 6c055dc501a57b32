/**
 * Laid out for reading, as Firefox renders it: the same check as layout.e2e.ts (no sideways
 * scroll, no squeezed Korean/English column, no evidence sentence beside its count) on the popup
 * in each language, on every panel tab, full width and at 500 px, on the side panel
 * (`sidepanel.html?tabId=N`, on the logins and about:blank) at 320 and 600 px in each language,
 * and on the workbench's sections at 800 and 1280 px (the Decoder holding a 3 KB JWT), in
 * firefox-esr, whose flex and grid sizing of text is its own. A page is made narrower than
 * Firefox's smallest window by narrowing its tab's browser element, as Responsive Design Mode does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { firefoxOnDemoLogins } from './firefox/demo-logins';
import type { AddonFrame } from './firefox/harness';
import { LAYOUT_SCRIPT, expectLaidOut, type LayoutReport } from './layout-script';
import { forEachTab, readOnlyPanel, until } from './panel-scenarios';
import {
  DECODED_SCRIPT,
  SIDE_PANEL_WIDTHS,
  WORKBENCH_WIDTHS,
  longJwt,
  pasteScript,
} from './surface-pages';

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

/** Narrows the tab showing `frame` to `width` CSS pixels and waits for its page to follow. */
async function narrowTo(frame: AddonFrame, width: number): Promise<void> {
  const done = await run.ff.evaluateInParent<boolean>(`(() => {
    const win = Services.wm.getMostRecentWindow('navigator:browser');
    const tab = [...win.gBrowser.tabs].find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(frame.url)});
    if (!tab) return false;
    tab.linkedBrowser.style.maxWidth = '${width}px';
    return true;
  })()`);
  expect(done, `a tab shows ${frame.url}`).toBe(true);
  await until(
    readOnlyPanel((expression) => run.ff.evaluate(frame, expression)),
    `innerWidth === ${width}`,
    5_000,
  );
}

describe.each(['ko', 'en', 'both'] as const)('Firefox side panel, in %s', (lang) => {
  beforeAll(() => run.ff.setStoredLang(lang));

  it.each(['bearer', 'session', 'blank'] as const)(
    'on the %s page, 320 and 600 px wide, reads without squeezing',
    async (name) => {
      for (const width of SIDE_PANEL_WIDTHS) {
        const side = await run.openSidePanel(name);
        await narrowTo(side, width);
        const layout = await layoutOf(side);
        if (name !== 'blank') expect(layout.evidenceLines, name).toBeGreaterThan(0);
        if (lang === 'both') expect(layout.columns, name).toBeGreaterThan(name === 'blank' ? 0 : 1);
        expectLaidOut(layout, `side panel, ${name}, ${width} px, ${lang}`);
        await run.ff.closeAddonTabs();
      }
    },
  );
});

describe.each(['en', 'both'] as const)('Firefox workbench, in %s', (lang) => {
  beforeAll(() => run.ff.setStoredLang(lang));

  it.each(WORKBENCH_WIDTHS)(
    'the Decoder holding a 3 KB JWT, %i px wide, reads without squeezing',
    async (width) => {
      const page = await run.openWorkbench('decoder');
      await narrowTo(page, width);
      await run.ff.evaluate(page, pasteScript('[data-testid="decoder-input"]', longJwt()));
      await until(
        readOnlyPanel((expression) => run.ff.evaluate(page, expression)),
        DECODED_SCRIPT,
      );
      expectLaidOut(await layoutOf(page), `workbench Decoder, ${width} px, ${lang}`);
    },
  );

  it.each(['har', 'learn'] as const)(
    'the %s section at 800 px reads without squeezing',
    async (section) => {
      const page = await run.openWorkbench(section);
      await narrowTo(page, WORKBENCH_WIDTHS[0]);
      expectLaidOut(await layoutOf(page), `workbench ${section}, 800 px, ${lang}`);
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
