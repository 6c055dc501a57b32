/**
 * Tokki's context-menu items: "Decode with Tokki" on selected text, and "Open Tokki workbench" on
 * the toolbar button. Titles come from public/_locales (the browser's language, like the rest of
 * the browser's own menus).
 */
import { browser } from 'wxt/browser';

export const MENU_IDS = {
  decodeSelection: 'tokki-decode-selection',
  openWorkbench: 'tokki-open-workbench',
} as const;

/** What a click on one of the items tells: `info` and `tab` of `contextMenus.onClicked`. */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}
export interface MenuTab {
  id?: number;
  index?: number;
  windowId?: number;
}

/** One item created, or why not (the error is a value: a menu is never worth a crash). */
export interface MenuRecord {
  id: string;
  contexts: readonly string[];
  error?: string;
}

/** Firefox's MV2 build has a browser action, MV3 builds an action; each has its own context. */
const ACTION_CONTEXT = import.meta.env.MANIFEST_VERSION === 2 ? 'browser_action' : 'action';

function createItem(
  id: string,
  title: string,
  contexts: ['selection'] | ['action' | 'browser_action'],
): Promise<MenuRecord> {
  return new Promise((resolve) => {
    const done = () => {
      const error = browser.runtime.lastError?.message;
      resolve({ id, contexts, ...(error === undefined ? {} : { error }) });
    };
    try {
      browser.contextMenus.create({ id, title, contexts }, done);
    } catch (cause) {
      resolve({ id, contexts, error: String(cause) });
    }
  });
}

/**
 * Creates the items from scratch. Chrome keeps items across service-worker restarts and Firefox
 * forgets them when its background page starts again, so each start removes every item first and
 * creates them anew: the same ids never collide ("duplicate id"), whichever browser.
 */
export async function installMenus(): Promise<MenuRecord[]> {
  try {
    await browser.contextMenus.removeAll();
  } catch {
    // Nothing to remove; creating below reports its own errors.
  }
  const title = (name: 'menuDecodeSelection' | 'menuOpenWorkbench') =>
    browser.i18n.getMessage(name) || name;
  return Promise.all([
    createItem(MENU_IDS.decodeSelection, title('menuDecodeSelection'), ['selection']),
    createItem(MENU_IDS.openWorkbench, title('menuOpenWorkbench'), [ACTION_CONTEXT]),
  ]);
}

/** Calls `listener` with each click on one of Tokki's items. */
export function onMenuClicked(listener: (click: MenuClick, tab: MenuTab | undefined) => void) {
  browser.contextMenus.onClicked.addListener((info, tab) => listener(info, tab));
}
