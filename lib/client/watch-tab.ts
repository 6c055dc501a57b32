/**
 * The page side of live updates: the tab's live port (lib/platform/live-port.ts), opened again
 * with backoff whenever the background's service worker stops (it may at any moment; connecting
 * wakes it again).
 */
import { connectLivePort, type LiveEvent, type LivePort } from '@/lib/platform/live-port';
import { backoffDelay, type BackoffOptions } from './backoff';

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
  let port: LivePort | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let connectedAt = 0;

  const connect = (isReconnect: boolean) => {
    if (stopped) return;
    port = connectLivePort(tabId, onEvent, () => {
      port = undefined;
      if (Date.now() - connectedAt > STABLE_MS) attempt = 0;
      scheduleReconnect();
    });
    // The extension context is gone (extension reloaded): try again later.
    if (!port) return scheduleReconnect();
    connectedAt = Date.now();
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
