/** Tabs: which one to inspect, opening the inspector, and the tab events capture follows. */
import { browser } from 'wxt/browser';

/**
 * The tab to inspect: `?tabId=N` when given (tests, the panel's "open in tab"), else the active
 * tab of the current window. Undefined when neither is known.
 */
export async function resolveTabId(search: string): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl >= 0 && new URLSearchParams(search).has('tabId')) {
    return fromUrl;
  }
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  } catch {
    return undefined;
  }
}

/** Opens the full inspector for `tabId` in its own tab, for people who do not use DevTools. */
export async function openInspectorTab(tabId: number): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/devtools-panel.html?tabId=${tabId}`) });
}

/** What a snapshot reads of a tab. */
export interface TabInfo {
  url?: string;
  /** Chrome: the URL a tab still loading its first page is going to. */
  pendingUrl?: string;
  title?: string;
  /** Firefox: the container whose cookies the tab uses. */
  cookieStoreId?: string;
  status?: string;
}

/** One tab; rejects when it is closed. */
export function getTab(tabId: number): Promise<TabInfo> {
  return browser.tabs.get(tabId) as Promise<TabInfo>;
}

/** The ids of every open tab. */
export async function openTabIds(): Promise<Set<number>> {
  const tabs = await browser.tabs.query({});
  return new Set(tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id])));
}

/** Calls `listener` with the id of every tab that goes away: closed, or replaced by another. */
export function onTabGone(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => listener(tabId));
  // Prerendered pages swap tab ids (https://developer.chrome.com/docs/extensions/reference/api/tabs#event-onReplaced).
  browser.tabs.onReplaced?.addListener((_added, removed) => listener(removed));
}

/** Calls `listener` whenever a tab shows a new URL. */
export function onTabUrlChanged(listener: (tabId: number, url: string) => void): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) listener(tabId, change.url);
  });
}
