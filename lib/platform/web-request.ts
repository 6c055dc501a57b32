/**
 * webRequest listeners. They run for every request the browser makes, so the browser's details
 * object goes straight to the caller's listener: no copy, no await, no storage call here.
 */
import { browser } from 'wxt/browser';

/**
 * Chrome hides Cookie, Set-Cookie and a few other headers unless 'extraHeaders' is asked for
 * (https://developer.chrome.com/docs/extensions/reference/api/webRequest#life_cycle_of_requests);
 * Firefox has no such flag and rejects unknown ones, so the Firefox bundle must not contain it.
 */
function withExtraHeaders<T extends string>(spec: T[]): T[] {
  return import.meta.env.CHROME ? [...spec, 'extraHeaders' as T] : spec;
}

/** One listener per webRequest event; `D` is the caller's view of the browser's details object. */
export interface WebRequestListeners<D> {
  beforeRequest: (details: D) => void;
  sendHeaders: (details: D) => void;
  /** Documents and API calls only (see below). */
  headersReceived: (details: D) => void;
  authRequired: (details: D) => void;
  beforeRedirect: (details: D) => void;
  completed: (details: D) => void;
  errorOccurred: (details: D) => void;
}

type Event<D> = {
  addListener(listener: (details: D) => void, filter: object, spec?: string[]): void;
};
type EventName =
  | 'onBeforeRequest'
  | 'onSendHeaders'
  | 'onHeadersReceived'
  | 'onBeforeRedirect'
  | 'onCompleted'
  | 'onErrorOccurred'
  | 'onAuthRequired';

/** Listens to every request of every tab, with the headers and bodies capture reads. */
export function listenToWebRequests<D>(listeners: WebRequestListeners<D>): void {
  const webRequest = browser.webRequest as unknown as Record<EventName, Event<D>>;
  const all = { urls: ['<all_urls>'] };
  webRequest.onBeforeRequest.addListener(listeners.beforeRequest, all, ['requestBody']);
  webRequest.onSendHeaders.addListener(
    listeners.sendHeaders,
    all,
    withExtraHeaders(['requestHeaders']),
  );
  // A 401 is where Chrome shows HTTP authentication at all (see pickAuthChallenge). Documents
  // and API calls are where servers challenge; a page's images, scripts and styles come from the
  // space the document signed into, so they are left out and cost nothing here.
  webRequest.onHeadersReceived.addListener(
    listeners.headersReceived,
    { urls: ['<all_urls>'], types: ['main_frame', 'sub_frame', 'xmlhttprequest'] },
    ['responseHeaders'],
  );
  // Fires only for challenges the browser has no answer for (it is about to ask the user): rare.
  webRequest.onAuthRequired.addListener(listeners.authRequired, all, ['responseHeaders']);
  webRequest.onBeforeRedirect.addListener(
    listeners.beforeRedirect,
    all,
    withExtraHeaders(['responseHeaders']),
  );
  webRequest.onCompleted.addListener(
    listeners.completed,
    all,
    withExtraHeaders(['responseHeaders']),
  );
  webRequest.onErrorOccurred.addListener(listeners.errorOccurred, all);
}
