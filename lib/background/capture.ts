/**
 * Capture: webRequest → in-flight tracker → batched per-tab log; the tabs' lifecycle; cookie
 * changes. The platform makes the addListener calls; this file decides what each event changes.
 */
import { pushLive, registerLivePorts, watchedTabs } from '@/lib/platform/live-port';
import { onCookieChanged, type RawCookie } from '@/lib/platform/cookies';
import { onTabGone, onTabUrlChanged, openTabIds } from '@/lib/platform/tabs';
import { listenToWebRequests } from '@/lib/platform/web-request';
import { CaptureStore, type FlushResult } from './capture-store';
import { InFlightRequests, type RequestDetails, type TabOp } from './in-flight';
import { registrableDomain } from './registrable-domain';
import { tabUrlOps } from './tab-url-ops';

/** Called after any change of a tab that the badge should reflect. */
export type TabChanged = (tabId: number) => void;

/**
 * Hands every request event to the tracker and passes on the log changes it returns. Runs for
 * every request the browser makes: one call into the tracker, no await, nothing stored here.
 */
function captureRequests(emit: (ops: TabOp[]) => void): void {
  const tracker = new InFlightRequests();
  const emitting = (step: (details: RequestDetails) => TabOp[]) => (details: RequestDetails) => {
    const ops = step(details);
    if (ops.length > 0) emit(ops);
  };
  listenToWebRequests<RequestDetails>({
    beforeRequest: emitting((details) => tracker.start(details)),
    sendHeaders: (details) => tracker.headers(details),
    headersReceived: emitting((details) => {
      tracker.responded(details);
      tracker.challenge(details);
      return tracker.navigationResponse(details);
    }),
    authRequired: (details) => tracker.challenge(details),
    beforeRedirect: emitting((details) => tracker.redirect(details)),
    completed: emitting((details) => tracker.complete(details)),
    errorOccurred: emitting((details) => tracker.fail(details)),
  });
}

/** Tells the pages watching a tab, and the badge, when a cookie of the tab's site changed. */
function followCookieChanges(store: CaptureStore, onTabChanged: TabChanged): void {
  onCookieChanged((cookie: RawCookie) => {
    const domain = cookie.domain.replace(/^\./, '');
    const concerns = (url: string) => {
      const site = registrableDomain(url);
      return site !== '' && (domain === site || domain.endsWith(`.${site}`));
    };
    const notify = (tabId: number) => {
      pushLive({ type: 'cookies-changed', tabId });
      onTabChanged(tabId);
    };
    const known = new Map(store.knownTabs().map(({ tabId, url }) => [tabId, url]));
    for (const [tabId, url] of known) if (concerns(url)) notify(tabId);
    // After a worker restart the logs are not in memory yet; a watched tab must still hear of it.
    for (const tabId of watchedTabs()) {
      if (known.has(tabId)) continue;
      void store.read(tabId).then((log) => {
        if (log && concerns(log.url)) notify(tabId);
      });
    }
  });
}

/** Starts capturing and returns the store the snapshot service reads. */
export function registerCapture(onTabChanged: TabChanged): CaptureStore {
  const store = new CaptureStore({
    onFlushed: (results: FlushResult[]) => {
      for (const result of results) {
        if (result.navigated) pushLive({ type: 'navigated', tabId: result.tabId });
        else if (result.appended > 0) pushLive({ type: 'capture-added', tabId: result.tabId });
        onTabChanged(result.tabId);
      }
    },
  });
  registerLivePorts();
  captureRequests((ops) => store.enqueue(ops));
  onTabGone((tabId) => void store.remove(tabId));
  onTabUrlChanged((tabId, url) => store.enqueue(tabUrlOps(tabId, url, Date.now())));
  followCookieChanges(store, onTabChanged);
  // Logs of tabs closed while the worker slept are freed once it wakes.
  void openTabIds()
    .then((open) => store.prune(open))
    .catch(() => undefined);
  return store;
}
