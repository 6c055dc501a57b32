/**
 * Labelled for screen readers and usable by keyboard alone (issue 5), in Firefox: the checks of
 * a11y.e2e.ts against Firefox's own accessibility tree (the one screen readers read on Linux,
 * Windows and macOS) and with Tab presses Firefox routes to the page like a keyboard's, on the
 * popup, the panel, the side panel (`sidepanel.html?tabId=N` on the bearer and session demos and
 * on about:blank) and each workbench section (the Decoder holding a long JWT).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { accessibleTreeScript, pressTabScript, unnamedOf } from './firefox/accessibility';
import type { AccessibleNode, AccessibleTree } from './firefox/accessibility';
import { firefoxOnDemoLogins } from './firefox/demo-logins';
import type { AddonFrame } from './firefox/harness';
import { FOCUSED_CONTROL_SCRIPT, expectTabWalk, tabStopsScript } from './focus-script';
import type { FocusedControl } from './focus-script';
import { forEachTab, readOnlyPanel, until } from './panel-scenarios';
import { DECODED_SCRIPT, longJwt, pasteScript } from './surface-pages';

const run = firefoxOnDemoLogins();

/**
 * Firefox's tree of `frame`'s page once `ready` (source of a function over its nodes) accepts
 * it; fails the test when it never does, so no check runs on a tree that lags behind the page.
 */
async function treeWhen(frame: AddonFrame, ready: string): Promise<AccessibleNode[]> {
  const tree = await run.ff.evaluateInParent<AccessibleTree>(
    accessibleTreeScript(frame.url, ready),
    20_000,
  );
  expect(tree.ready, `Firefox's accessibility tree never showed ${ready}`).toBe(true);
  return tree.nodes;
}

describe.each(['en', 'ko'] as const)('Firefox, in %s', (lang) => {
  beforeAll(() => run.ff.setStoredLang(lang));

  it.each(['bearer', 'session', 'plain'] as const)(
    'popup on the %s demo: every control has a name, the verdict is a heading',
    async (name) => {
      const { popup, view } = await run.openPopup(name);
      expect(await run.ff.evaluate(popup, 'document.documentElement.lang')).toBe(lang);
      // The verdict is announced as a heading, so it can be jumped to.
      const tree = await treeWhen(
        popup,
        `(nodes) => nodes.some((n) => n.role === 'heading' && n.name === ${JSON.stringify(view.heading)})`,
      );
      expect(tree.filter((n) => n.role.includes('button')).length).toBeGreaterThan(0);
      expect(unnamedOf(tree)).toEqual([]);
      // The evidence bullets are drawn for the eye: a list item is read from its first word.
      const bulleted = tree.filter((n) => n.role === 'listitem' && n.name.startsWith('·'));
      expect(bulleted).toEqual([]);
    },
  );

  it('panel on the bearer demo: every control of every tab has a name', async () => {
    const { frame, panel } = await run.openPanel('bearer');
    const shown = await forEachTab(panel, async (tab) => {
      const label = await panel.evaluate<string>(
        `document.querySelector('[role="tab"][aria-selected="true"]').textContent.trim()`,
      );
      // Firefox puts spaces around out-of-flow text (the count's separator): compare without them.
      const tree = await treeWhen(
        frame,
        `(nodes) => nodes.some((n) => n.role === 'pagetab' && n.selected &&
          n.name.replace(/\\s+/g, '') === ${JSON.stringify(label.replace(/\s+/g, ''))})`,
      );
      expect(unnamedOf(tree), `${tab} tab`).toEqual([]);
      // A tab's count is read apart from its name: "Tokens, 3", not "Tokens3".
      const glued = tree.filter((n) => n.role === 'pagetab' && /\p{L}\d/u.test(n.name));
      expect(glued, `${tab} tab`).toEqual([]);
    });
    expect(shown.length).toBeGreaterThanOrEqual(8);
  });

  it.each(['bearer', 'session', 'blank'] as const)(
    'side panel on the %s page: every control has a name, the verdict is a heading',
    async (name) => {
      const side = await run.openSidePanel(name);
      expect(await run.ff.evaluate(side, 'document.documentElement.lang')).toBe(lang);
      const heading = await run.ff.evaluate<string>(
        side,
        `document.querySelector('[data-testid="verdict"] h2')?.textContent ?? ''`,
      );
      expect(heading === '', `${name}: no verdict heading`).toBe(name === 'blank');
      const tree = await treeWhen(
        side,
        name === 'blank'
          ? `(nodes) => nodes.some((n) => n.role.includes('button'))`
          : `(nodes) => nodes.some((n) => n.role === 'heading' && n.name === ${JSON.stringify(heading)})`,
      );
      expect(tree.filter((n) => n.role.includes('button')).length).toBeGreaterThan(0);
      expect(unnamedOf(tree)).toEqual([]);
    },
  );

  it.each(['decoder', 'har', 'learn'] as const)(
    'workbench %s section: every control has a name',
    async (section) => {
      const page = await openWorkbench(section);
      const tree = await treeWhen(
        page,
        `(nodes) => nodes.filter((n) => n.role === 'pagetab').length === 3 &&
          nodes.some((n) => n.role === 'pagetab' && n.selected)`,
      );
      expect(unnamedOf(tree)).toEqual([]);
    },
  );
});

/** The workbench at `section`; the Decoder holding {@link longJwt}, read. */
async function openWorkbench(section: 'decoder' | 'har' | 'learn'): Promise<AddonFrame> {
  const page = await run.openWorkbench(section);
  if (section === 'decoder') {
    await run.ff.evaluate(page, pasteScript('[data-testid="decoder-input"]', longJwt()));
    await until(
      readOnlyPanel((expression) => run.ff.evaluate(page, expression)),
      DECODED_SCRIPT,
    );
  }
  return page;
}

/**
 * Fails unless Tab, pressed as a keyboard does, reaches each control of `page`, in the
 * document's order and nothing else, and each shows a focus ring.
 */
async function expectKeyboardReachable(page: AddonFrame, what: string): Promise<void> {
  const controls = await run.ff.evaluate<string[]>(page, tabStopsScript('firefox'));
  expect(controls.length, what).toBeGreaterThan(0);
  const seen: FocusedControl[] = [];
  for (let i = 0; i < 200; i++) {
    await run.ff.evaluateInParent(pressTabScript(page.url, i === 0));
    const focused = await run.ff.evaluate<FocusedControl | null>(page, FOCUSED_CONTROL_SCRIPT);
    if (!focused) continue;
    if (seen[0]?.control === focused.control) break;
    seen.push(focused);
  }
  expectTabWalk(seen, controls, what);
}

describe('Firefox, by keyboard alone', () => {
  beforeAll(() => run.ff.setStoredLang('en'));

  it('popup: Tab reaches every control, and each shows where focus is', async () => {
    const { popup } = await run.openPopup('bearer');
    await expectKeyboardReachable(popup, 'popup');
  });

  it.each(['bearer', 'session', 'blank'] as const)(
    'side panel on the %s page: Tab reaches every control, and each shows where focus is',
    async (name) => {
      await expectKeyboardReachable(await run.openSidePanel(name), `side panel, ${name}`);
    },
  );

  it.each(['decoder', 'har', 'learn'] as const)(
    'workbench %s section: Tab reaches every control, and each shows where focus is',
    async (section) => {
      await expectKeyboardReachable(await openWorkbench(section), `workbench, ${section}`);
    },
  );
});
