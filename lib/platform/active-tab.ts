/**
 * The active tab of a window and the tab events a page that follows it listens to: the side panel
 * (Chrome) and the sidebar (Firefox) show the answer for whichever tab is in front of their window.
 */
import { browser, type Browser } from 'wxt/browser';

/** What a following page knows of a tab before its snapshot arrives. */
export interface TabSummary {
  tabId: number;
  windowId: number;
  url: string;
  title: string;
}

/** What changed in a tab, as tabs.onUpdated reports it (only the fields a follower reads). */
export interface TabChange {
  url?: string;
  status?: string;
  title?: string;
}

function summary(tab: Browser.tabs.Tab | undefined): TabSummary | undefined {
  if (tab?.id === undefined || tab.id < 0) return undefined;
  return {
    tabId: tab.id,
    windowId: tab.windowId ?? -1,
    // Chrome: a tab still loading its first page names its URL in pendingUrl only.
    url: tab.url || tab.pendingUrl || '',
    title: tab.title ?? '',
  };
}

/** The window this page is shown in (a side panel's or a sidebar's own window). */
export async function currentWindowId(): Promise<number | undefined> {
  try {
    return (await browser.windows.getCurrent()).id;
  } catch {
    return undefined;
  }
}

/** The tab in front of window `windowId`; undefined when there is none or the window is gone. */
async function activeTabOf(windowId: number): Promise<TabSummary | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, windowId });
    return summary(tab);
  } catch {
    return undefined;
  }
}

/** One tab by id; undefined once it is closed. */
async function tabSummary(tabId: number): Promise<TabSummary | undefined> {
  try {
    return summary(await browser.tabs.get(tabId));
  } catch {
    return undefined;
  }
}

/** Calls `listener` whenever a tab comes to the front of its window; returns the unsubscribe. */
function onTabActivated(listener: (tabId: number, windowId: number) => void): () => void {
  const handler = (info: { tabId: number; windowId: number }) =>
    listener(info.tabId, info.windowId);
  browser.tabs.onActivated.addListener(handler);
  return () => browser.tabs.onActivated.removeListener(handler);
}

/** Calls `listener` whenever a tab's URL, title or loading status changes; returns the unsubscribe. */
function onTabChanged(listener: (tabId: number, change: TabChange) => void): () => void {
  const handler = (tabId: number, change: TabChange) => listener(tabId, change);
  browser.tabs.onUpdated.addListener(handler);
  return () => browser.tabs.onUpdated.removeListener(handler);
}

/**
 * Calls `listener` when a tab is replaced by another (Chrome swaps in prerendered pages under a new
 * id: https://developer.chrome.com/docs/extensions/reference/api/tabs#event-onReplaced); returns
 * the unsubscribe. Firefox never replaces tabs.
 */
function onTabReplaced(listener: (addedTabId: number, removedTabId: number) => void): () => void {
  const event = browser.tabs.onReplaced;
  if (!event) return () => {};
  event.addListener(listener);
  return () => event.removeListener(listener);
}

/** The tab calls a following page makes (lib/client/follow-active-tab.ts's `TabApi`). */
export const activeTabApi = {
  activeTabOf,
  tabSummary,
  onTabActivated,
  onTabChanged,
  onTabReplaced,
};
