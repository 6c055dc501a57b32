/**
 * webRequest listeners. They run for every request the browser makes, so each one only hands the
 * details to InFlightRequests and queues what it returns: no analysis, no storage call here.
 */
import { browser } from 'wxt/browser';
import { InFlightRequests, type RequestDetails, type TabOp } from '../background/in-flight';

/**
 * Chrome hides Cookie, Set-Cookie and a few other headers unless 'extraHeaders' is asked for
 * (https://developer.chrome.com/docs/extensions/reference/api/webRequest#life_cycle_of_requests);
 * Firefox has no such flag and rejects unknown ones, so the Firefox bundle must not contain it.
 */
function withExtraHeaders<T extends string>(spec: T[]): T[] {
  return import.meta.env.CHROME ? [...spec, 'extraHeaders' as T] : spec;
}

type AnyListener = (details: RequestDetails) => void;
type Event = { addListener(listener: AnyListener, filter: object, spec?: string[]): void };

/** Starts capturing; `emit` receives log changes (queue them, do not await anything). */
export function registerWebRequest(emit: (ops: TabOp[]) => void): InFlightRequests {
  const tracker = new InFlightRequests();
  const webRequest = browser.webRequest as unknown as Record<
    | 'onBeforeRequest'
    | 'onSendHeaders'
    | 'onHeadersReceived'
    | 'onBeforeRedirect'
    | 'onCompleted'
    | 'onErrorOccurred'
    | 'onAuthRequired',
    Event
  >;
  const all = { urls: ['<all_urls>'] };
  const emitting = (step: (details: RequestDetails) => TabOp[]) => (details: RequestDetails) => {
    const ops = step(details);
    if (ops.length > 0) emit(ops);
  };

  webRequest.onBeforeRequest.addListener(
    emitting((details) => tracker.start(details)),
    all,
    ['requestBody'],
  );
  webRequest.onSendHeaders.addListener(
    (details) => tracker.headers(details),
    all,
    withExtraHeaders(['requestHeaders']),
  );
  // A 401 is where Chrome shows HTTP authentication at all (see pickAuthChallenge). Documents
  // and API calls are where servers challenge; a page's images, scripts and styles come from the
  // space the document signed into, so they are left out and cost nothing here.
  webRequest.onHeadersReceived.addListener(
    emitting((details) => {
      tracker.challenge(details);
      return tracker.navigationResponse(details);
    }),
    { urls: ['<all_urls>'], types: ['main_frame', 'sub_frame', 'xmlhttprequest'] },
    ['responseHeaders'],
  );
  // Fires only for challenges the browser has no answer for (it is about to ask the user): rare.
  webRequest.onAuthRequired.addListener((details) => tracker.challenge(details), all, [
    'responseHeaders',
  ]);
  webRequest.onBeforeRedirect.addListener(
    emitting((details) => tracker.redirect(details)),
    all,
    withExtraHeaders(['responseHeaders']),
  );
  webRequest.onCompleted.addListener(
    emitting((details) => tracker.complete(details)),
    all,
    withExtraHeaders(['responseHeaders']),
  );
  webRequest.onErrorOccurred.addListener(
    emitting((details) => tracker.fail(details)),
    all,
  );
  return tracker;
}
