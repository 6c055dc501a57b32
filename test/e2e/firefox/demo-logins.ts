/**
 * The three demo pages the rendering checks look at, each opened once in its own tab, and
 * about:blank (a page no add-on may read) for the side panel's note on it.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startDemo } from '../../../demo/site.mjs';
import type { DemoServer } from '../../../demo/site.mjs';
import { readOnlyPanel, until } from '../panel-scenarios';
import type { PanelDriver } from '../panel-scenarios';
import { buildFirefoxAddon, launchFirefoxWithAddon } from './harness';
import type { AddonFrame, FirefoxWithAddon } from './harness';
import { waitForPopup } from './popup-reader';
import type { PopupView } from './popup-reader';

type DemoLogin = 'bearer' | 'session' | 'plain';

/** The workbench's sections, as its URL's hash names them. */
type WorkbenchSection = 'decoder' | 'har' | 'learn';

/**
 * Opens the bearer and session logins (waiting for each to log in) and the page without a
 * login, and returns their tab ids.
 */
async function openDemoLogins(
  ff: FirefoxWithAddon,
  demo: DemoServer,
): Promise<Map<DemoLogin, number>> {
  const tabs = new Map<DemoLogin, number>();
  for (const [name, url, login] of [
    ['bearer', demo.urls.bearer.auto, true],
    ['session', demo.urls.session.auto, true],
    ['plain', demo.urls.plain.home, false],
  ] as const) {
    await ff.visitDemo(url, login);
    tabs.set(name, await ff.tabIdOf(url));
  }
  return tabs;
}

/** Firefox with the add-on, over the demo logins, for the tests of one file. */
export interface DemoLoginsRun {
  readonly ff: FirefoxWithAddon;
  /** The popup on `login`'s tab (`popup.html?tabId=N`), once all of it has rendered. */
  openPopup(login: DemoLogin): Promise<{ popup: AddonFrame; view: PopupView }>;
  /** The inspector on `login`'s tab (`devtools-panel.html?tabId=N`), once its verdict shows. */
  openPanel(login: DemoLogin): Promise<{ frame: AddonFrame; panel: PanelDriver }>;
  /**
   * The side panel pinned to `login`'s tab (`sidepanel.html?tabId=N`), once all of it has
   * rendered; on `'blank'`, about:blank's tab, once it says Tokki cannot read the page.
   */
  openSidePanel(login: DemoLogin | 'blank'): Promise<AddonFrame>;
  /** `workbench.html#<section>` in a tab of its own, once that section shows. */
  openWorkbench(section: WorkbenchSection): Promise<AddonFrame>;
}

/**
 * Registers the calling file's hooks: before all, the demo site and Firefox with the add-on, and
 * the demo logins opened once; after each test, the add-on's tabs closed (the next test opens
 * the same URLs, and parent-process scripts find a page by its URL); after all, both closed.
 */
export function firefoxOnDemoLogins(): DemoLoginsRun {
  let demo: DemoServer | undefined;
  let ff: FirefoxWithAddon | undefined;
  let tabs = new Map<DemoLogin, number>();

  beforeAll(async () => {
    demo = await startDemo();
    ff = await launchFirefoxWithAddon({ addonPath: buildFirefoxAddon() });
    tabs = await openDemoLogins(ff, demo);
  }, 150_000);
  afterEach(() => ff?.closeAddonTabs());
  afterAll(async () => {
    await ff?.close();
    await demo?.close();
  });

  const started = (): FirefoxWithAddon => {
    if (!ff) throw new Error('Firefox is not running: use the run inside a test or hook');
    return ff;
  };
  let blankTab: number | undefined;
  const blankTabId = async (): Promise<number> => {
    if (blankTab === undefined) {
      await (await started().browser.newPage()).goto('about:blank');
      blankTab = await started().tabIdOf('about:blank');
    }
    return blankTab;
  };
  const tabOf = (login: DemoLogin): number => {
    const id = tabs.get(login);
    if (id === undefined) throw new Error(`The ${login} demo page is not open`);
    return id;
  };

  return {
    get ff() {
      return started();
    },
    async openPopup(login) {
      const popup = await started().openExtensionPage('popup.html', tabOf(login));
      const view = await waitForPopup(
        started(),
        popup,
        (v) => v.verdict !== null && v.counts !== '',
      );
      return { popup, view };
    },
    async openPanel(login) {
      const frame = await started().openExtensionPage('devtools-panel.html', tabOf(login));
      const panel = readOnlyPanel((expression) => started().evaluate(frame, expression));
      await until(panel, `document.querySelector('[data-testid="verdict"]')`);
      return { frame, panel };
    },
    async openSidePanel(login) {
      const tabId = login === 'blank' ? await blankTabId() : tabOf(login);
      const frame = await started().openExtensionPage('sidepanel.html', tabId);
      const page = readOnlyPanel((expression) => started().evaluate(frame, expression));
      await until(
        page,
        login === 'blank'
          ? `document.querySelector('[data-testid="state-restricted"]')`
          : `document.querySelector('[data-testid="verdict"]') && document.querySelector('[data-testid="counts"]')`,
      );
      return frame;
    },
    async openWorkbench(section) {
      const ff = started();
      const url = `${ff.origin}/workbench.html#${section}`;
      const known = new Set(ff.inspector.pages().map((f) => f.actor));
      await ff.evaluate(
        ff.background,
        `browser.tabs.create({ url: ${JSON.stringify(url)} }).then(() => 0)`,
      );
      const frame = await ff.inspector.waitForPage(
        (f) => f.url.startsWith(`${ff.origin}/workbench.html`) && !known.has(f.actor),
      );
      const page = readOnlyPanel((expression) => ff.evaluate(frame, expression));
      await until(
        page,
        `document.querySelector('[role="tab"][data-section="${section}"][aria-selected="true"]')`,
      );
      return frame;
    },
  };
}
