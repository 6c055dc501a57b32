/**
 * The UI side of live updates: a port named by tab id that reconnects, with backoff, whenever the
 * background's service worker stops (it may at any moment; connecting wakes it again).
 */
import { browser, type Browser } from 'wxt/browser';
import { livePortName, type LiveEvent } from '@/lib/platform/messaging';
import { backoffDelay, type BackoffOptions } from './backoff';

const EVENT_TYPES = new Set<LiveEvent['type']>([
  'cookies-changed',
  'capture-added',
  'navigated',
  'cleared',
  'reconnected',
]);

function isLiveEvent(value: unknown, tabId: number): value is LiveEvent {
  if (!value || typeof value !== 'object') return false;
  const event = value as Partial<LiveEvent>;
  return event.tabId === tabId && EVENT_TYPES.has(event.type as LiveEvent['type']);
}

/** How long a connection must stay up before the next drop starts the backoff from the beginning. */
const STABLE_MS = 2000;

/**
 * Calls `onEvent` whenever the background reports a change for `tabId`. After the connection
 * drops and comes back, `onEvent` gets `{ type: 'reconnected' }`: events may have been missed, so
 * refetch. Returns the function that stops watching.
 *
 * @example const stop = watchTab(tabId, () => refresh()); // later: stop()
 */
export function watchTab(
  tabId: number,
  onEvent: (event: LiveEvent) => void,
  backoff: BackoffOptions = {},
): () => void {
  let stopped = false;
  let port: Browser.runtime.Port | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let connectedAt = 0;

  const connect = (isReconnect: boolean) => {
    if (stopped) return;
    try {
      port = browser.runtime.connect({ name: livePortName(tabId) });
    } catch {
      // The extension context is gone (extension reloaded): nothing to reconnect to.
      scheduleReconnect();
      return;
    }
    connectedAt = Date.now();
    port.onMessage.addListener((message: unknown) => {
      if (isLiveEvent(message, tabId)) onEvent(message);
    });
    port.onDisconnect.addListener(() => {
      port = undefined;
      // Reading lastError marks it handled (Chrome logs "Unchecked runtime.lastError" otherwise).
      void browser.runtime.lastError;
      if (Date.now() - connectedAt > STABLE_MS) attempt = 0;
      scheduleReconnect();
    });
    if (isReconnect) onEvent({ type: 'reconnected', tabId });
  };

  const scheduleReconnect = () => {
    if (stopped || timer !== undefined) return;
    const delay = backoffDelay(attempt, backoff);
    attempt += 1;
    timer = setTimeout(() => {
      timer = undefined;
      connect(true);
    }, delay);
  };

  connect(false);
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    port?.disconnect();
    port = undefined;
  };
}
