/**
 * The live port, both ends: each page watching a tab (popup, panel) holds a runtime port named by
 * the tab id, and the background pushes "something changed" events over it. The page end's
 * reconnect and backoff live in lib/client/watch-tab.ts.
 */
import { browser, type Browser } from 'wxt/browser';

/** What the background pushes over a live port. */
export interface LiveEvent {
  /** `reconnected` comes from the client itself after the background restarted: refetch. */
  type: 'cookies-changed' | 'capture-added' | 'navigated' | 'reconnected';
  tabId: number;
}

const EVENT_TYPES = new Set<LiveEvent['type']>([
  'cookies-changed',
  'capture-added',
  'navigated',
  'reconnected',
]);

/** Name of the port over which the background pushes "something changed" for one tab. */
function livePortName(tabId: number): string {
  return `tokki-live:${tabId}`;
}

/** Parses a live port name back into its tab id, or undefined for any other port. */
function tabIdOfLivePort(name: string): number | undefined {
  const match = /^tokki-live:(\d+)$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** True for a well-formed event about `tabId`; anything else on the port is ignored. */
function isLiveEvent(value: unknown, tabId: number): value is LiveEvent {
  if (!value || typeof value !== 'object') return false;
  const event = value as Partial<LiveEvent>;
  return event.tabId === tabId && EVENT_TYPES.has(event.type as LiveEvent['type']);
}

// The background end.

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
      // The page went away between its disconnect and this post; onDisconnect cleans up.
    }
  }
}

// The page end.

/** An open live port of a page. */
export interface LivePort {
  disconnect(): void;
}

/**
 * Opens the live port of `tabId`, calling `onEvent` with its well-formed events and `onDrop`
 * once the background end goes away (its service worker stopped). Undefined when the extension
 * context is gone (the extension reloaded) and nothing can be reached.
 */
export function connectLivePort(
  tabId: number,
  onEvent: (event: LiveEvent) => void,
  onDrop: () => void,
): LivePort | undefined {
  let port: Browser.runtime.Port;
  try {
    port = browser.runtime.connect({ name: livePortName(tabId) });
  } catch {
    return undefined;
  }
  port.onMessage.addListener((message: unknown) => {
    if (isLiveEvent(message, tabId)) onEvent(message);
  });
  port.onDisconnect.addListener(() => {
    // Reading lastError marks it handled (Chrome logs "Unchecked runtime.lastError" otherwise).
    void browser.runtime.lastError;
    onDrop();
  });
  return port;
}
