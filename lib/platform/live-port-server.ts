/** The background side of live updates: one port per watching page, named by tab id. */
import { browser, type Browser } from 'wxt/browser';
import { tabIdOfLivePort, type LiveEvent } from '@/lib/platform/messaging';

const ports = new Map<number, Set<Browser.runtime.Port>>();

/** Accepts live ports from the popup and the panel; forgets each on disconnect. */
export function registerLivePorts(): void {
  browser.runtime.onConnect.addListener((port) => {
    const tabId = tabIdOfLivePort(port.name);
    if (tabId === undefined) return;
    const set = ports.get(tabId) ?? new Set();
    set.add(port);
    ports.set(tabId, set);
    port.onDisconnect.addListener(() => {
      set.delete(port);
      if (set.size === 0) ports.delete(tabId);
    });
  });
}

/** Tabs someone is watching right now. */
export function watchedTabs(): number[] {
  return [...ports.keys()];
}

/** Tells every page watching `event.tabId` that something changed. */
export function pushLive(event: LiveEvent): void {
  for (const port of ports.get(event.tabId) ?? []) {
    try {
      port.postMessage(event);
    } catch {
      // The page went away between its disconnect and our post; onDisconnect cleans up.
    }
  }
}
