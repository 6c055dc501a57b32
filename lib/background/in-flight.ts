/**
 * Turns webRequest events into log changes. Pure and synchronous: the listeners hand it plain
 * details and queue what it returns. Requests in flight sit in a Map keyed by requestId and are
 * deleted on completion, error and redirect (as uBlock Origin's traffic.js does), so it stays bounded.
 */
import type { CapturedRequest, HttpHeader, RequestTiming } from '@/lib/engine/model/snapshot';
import { withoutUrlPassword } from '@/lib/engine/analyze/url-password';
import { isTokenEndpoint } from '@/lib/engine/decode/token-form-fields';
import { MAX_URL, capText } from './constants';
import {
  isCredentialRequestHeader,
  isCredentialResponseHeader,
  pickAuthChallenge,
  pickOtherHeaders,
  pickRequestCredentials,
  pickResponseCredentials,
  type RawHeader,
} from './credential-headers';
import { tokenFormFields, type RawRequestBody } from './form-fields';
import { originOf } from './registrable-domain';
import { hasUrlToken, mayCarryUrlToken } from './url-tokens';
import type { LogOp } from './tab-log';

/** The fields of webRequest details that capture reads (both browsers). */
export interface RequestDetails {
  requestId: string;
  url: string;
  method: string;
  type: string;
  tabId: number;
  frameId?: number;
  timeStamp: number;
  /** Chrome */
  initiator?: string;
  /** Firefox */
  originUrl?: string;
  requestBody?: RawRequestBody | null;
  requestHeaders?: RawHeader[];
  responseHeaders?: RawHeader[];
  statusCode?: number;
  redirectUrl?: string;
  error?: string;
}

/** A change for one tab's log. */
export interface TabOp {
  tabId: number;
  change: LogOp;
}

interface Pending {
  entry: CapturedRequest;
  /** Request carries a credential in its URL or body (decided at start). */
  credential: boolean;
  /** The HTTP authentication challenge the browser answered before the final response. */
  challenge?: HttpHeader[];
  /** The browser's timeStamp at onBeforeRequest (fractional ms). */
  startedAt: number;
  /** timeStamp of onSendHeaders and of onHeadersReceived, when they came. */
  sentAt?: number;
  respondedAt?: number;
  /**
   * The browser's request header list, held as given (no copy on the hot path): which of its
   * headers to keep is decided once, at the end, when it is known whether the request is plain.
   */
  rawHeaders?: readonly RawHeader[];
}

/** Guard against requests that never finish (a worker restart mid-flight, a stuck long poll). */
const MAX_IN_FLIGHT = 4096;

/** Events of a restart that arrive out of order (see `start`) remembered at most, per kind. */
const MAX_OUT_OF_ORDER = 256;

/** Adds `key` to a bounded map, forgetting the oldest entry past `max`. */
function remember<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value as string);
}

function isStatusRedirect(status: number | undefined): boolean {
  return status !== undefined && status >= 300 && status < 400 && status !== 304;
}

/** A credential response header, or a Location the response pickers kept for its token. */
function isKeptResponseHeader(lower: string, value: string): boolean {
  return lower === 'location' ? hasUrlToken(value) : isCredentialResponseHeader(lower);
}

/** ms after the start, to the tenth (timeStamps are fractional). */
function after(start: number, at: number): number {
  return Math.round((at - start) * 10) / 10;
}

/**
 * Fills in what a finished request keeps beside its credentials: its other headers and its
 * timing. Every header (capped) is kept where the login story happens: a response that sets or
 * asks for a credential, a token endpoint (`POST /login`, `signInWithPassword`: it may issue one
 * in its body, and "where did this token come from?" needs it whole) and a page load. The bulk,
 * API calls that only carry a credential and requests with none, keeps a few: all headers on a
 * thousand API calls took storage.session for one tab from 1.0 to 4.8 MB (capture.e2e.ts).
 */
function completeEntry(pending: Pending, details: RequestDetails, credential: boolean): void {
  const { entry } = pending;
  const whole =
    entry.responseHeaders.length > 0 ||
    isTokenEndpoint(entry.url) ||
    entry.type === 'main_frame' ||
    entry.type === 'sub_frame';
  const few = !whole;
  const sent = pickOtherHeaders(pending.rawHeaders, isCredentialRequestHeader, few);
  const got = pickOtherHeaders(details.responseHeaders, isKeptResponseHeader, few);
  if (sent.length > 0) entry.otherRequestHeaders = sent;
  if (got.length > 0) entry.otherResponseHeaders = got;
  const timing: RequestTiming = { end: after(pending.startedAt, details.timeStamp) };
  if (pending.sentAt !== undefined) timing.sent = after(pending.startedAt, pending.sentAt);
  if (pending.respondedAt !== undefined) {
    timing.response = after(pending.startedAt, pending.respondedAt);
  }
  entry.timing = timing;
  if (!credential) entry.plain = true;
}

/** Tracks requests from start to end and says, for each, what to write to which tab's log. */
export class InFlightRequests {
  private readonly pending = new Map<string, Pending>();
  /** Hops already seen of a redirect chain, so each hop gets its own entry id. */
  private readonly hops = new Map<string, number>();
  /** Finished hops of a top-level navigation, held until the final response says which site it is. */
  private readonly navigationHops = new Map<string, CapturedRequest[]>();
  /** Credential headers of requests whose onSendHeaders came before their onBeforeRequest. */
  private readonly earlyHeaders = new Map<string, HttpHeader[]>();
  /** Requests whose final end came before their start (they are counted already). */
  private readonly endedFirst = new Map<string, true>();

  /** Requests currently tracked (for tests and the bench). */
  get size(): number {
    return this.pending.size + this.hops.size + this.navigationHops.size;
  }

  /**
   * onBeforeRequest: remember the request. Requests outside tabs (tabId −1) are ignored. Returns
   * the `open` change that lets a later worker count it as dropped should this one stop before
   * its end (the store journals opens in batches, not one write per request).
   */
  start(details: RequestDetails): TabOp[] {
    if (details.tabId < 0) return [];
    // A new worker gets the events Chrome queued while none ran, and not always in order (seen in
    // limits.e2e.ts: onCompleted, then onBeforeRequest and onSendHeaders of the same request).
    // The end already counted it; kept now, it would stay in flight forever.
    if (this.endedFirst.delete(details.requestId)) {
      this.earlyHeaders.delete(details.requestId);
      return [];
    }
    if (this.pending.size >= MAX_IN_FLIGHT) {
      const oldest = this.pending.keys().next().value;
      if (oldest !== undefined) this.pending.delete(oldest);
    }
    const hop = this.hops.get(details.requestId) ?? 0;
    const wantsBody =
      details.requestBody && (details.requestBody.formData || isTokenEndpoint(details.url));
    const formFields = wantsBody ? tokenFormFields(details.requestBody) : undefined;
    const initiator =
      details.initiator ?? (details.originUrl ? originOf(details.originUrl) : undefined);
    const early = this.earlyHeaders.get(details.requestId) ?? [];
    this.earlyHeaders.delete(details.requestId);
    const entry: CapturedRequest = {
      id: hop === 0 ? details.requestId : `${details.requestId}.${hop}`,
      url: capText(withoutUrlPassword(details.url), MAX_URL),
      method: details.method,
      type: details.type,
      time: Math.round(details.timeStamp),
      requestHeaders: early,
      responseHeaders: [],
      ...(initiator ? { initiator } : {}),
      ...(details.frameId !== undefined ? { frameId: details.frameId } : {}),
      ...(formFields ? { formFields } : {}),
    };
    const credential = !!formFields || (mayCarryUrlToken(details.url) && hasUrlToken(details.url));
    this.pending.set(details.requestId, { entry, credential, startedAt: details.timeStamp });
    return [{ tabId: details.tabId, change: { op: 'open', ids: [details.requestId] } }];
  }

  /** onSendHeaders: keep the credential headers the request went out with. */
  headers(details: RequestDetails): void {
    const pending = this.pending.get(details.requestId);
    if (pending) {
      pending.entry.requestHeaders = pickRequestCredentials(details.requestHeaders);
      pending.rawHeaders = details.requestHeaders;
      pending.sentAt = details.timeStamp;
      return;
    }
    // Out of order after a restart (see `start`): without this the request would count as one
    // without credentials. Headers of a request whose start went to the stopped worker wait
    // here in vain, so only a bounded number are kept.
    if (details.tabId < 0 || this.endedFirst.has(details.requestId)) return;
    const picked = pickRequestCredentials(details.requestHeaders);
    if (picked.length > 0) remember(this.earlyHeaders, details.requestId, picked, MAX_OUT_OF_ORDER);
  }

  /**
   * onHeadersReceived of a top-level document: once the final (non-redirect) response arrives
   * the tab is on that site, so the log switches before any subresource of the new page lands.
   */
  navigationResponse(details: RequestDetails): TabOp[] {
    if (details.tabId < 0 || details.type !== 'main_frame') return [];
    if (isStatusRedirect(details.statusCode)) return [];
    // A response whose start this worker never saw (it was not listening yet, or an earlier worker
    // was): the tab moved, but the page's own request is missing, as after tabs.onUpdated alone.
    const from = this.pending.has(details.requestId) ? 'request' : 'tab';
    return this.releaseNavigation(details, from);
  }

  /**
   * onHeadersReceived of a document, or onAuthRequired: a 401/407 challenge of HTTP
   * authentication. The browser answers it and retries the same request, so the challenge is kept
   * for the final response (see pickAuthChallenge).
   */
  challenge(details: RequestDetails): void {
    const pending = this.pending.get(details.requestId);
    const challenge = pickAuthChallenge(details.statusCode, details.responseHeaders);
    if (pending && challenge.length > 0) pending.challenge = challenge;
  }

  /** onHeadersReceived (documents and API calls): when the response headers arrived. */
  responded(details: RequestDetails): void {
    const pending = this.pending.get(details.requestId);
    if (pending) pending.respondedAt = details.timeStamp;
  }

  /** onBeforeRedirect: the hop ends here; the same requestId starts again for the new URL. */
  redirect(details: RequestDetails): TabOp[] {
    const ops = this.finish(details);
    this.hops.set(details.requestId, (this.hops.get(details.requestId) ?? 0) + 1);
    return ops;
  }

  /** onCompleted. */
  complete(details: RequestDetails): TabOp[] {
    this.noteEndFirst(details);
    const ops = this.finish(details);
    this.forget(details.requestId);
    return ops;
  }

  /** onErrorOccurred. A navigation that failed still shows its hops, in the current log. */
  fail(details: RequestDetails): TabOp[] {
    this.noteEndFirst(details);
    const ops = this.finish(details);
    const held = this.navigationHops.get(details.requestId) ?? [];
    this.forget(details.requestId);
    return [
      ...held.map((entry) => ({ tabId: details.tabId, change: { op: 'append', entry } }) as TabOp),
      ...ops,
    ];
  }

  /** A final end of a request not in flight here: its start may still come (see `start`). */
  private noteEndFirst(details: RequestDetails): void {
    if (details.tabId < 0 || this.pending.has(details.requestId)) return;
    this.earlyHeaders.delete(details.requestId);
    remember(this.endedFirst, details.requestId, true, MAX_OUT_OF_ORDER);
  }

  private forget(requestId: string): void {
    this.pending.delete(requestId);
    this.hops.delete(requestId);
    this.navigationHops.delete(requestId);
  }

  private releaseNavigation(details: RequestDetails, from: 'request' | 'tab'): TabOp[] {
    const { requestId, tabId } = details;
    // The log keeps the tab's URL in storage.session: a password typed in the address stays out.
    const url = withoutUrlPassword(details.url);
    const held = this.navigationHops.get(requestId) ?? [];
    this.navigationHops.delete(requestId);
    return [
      { tabId, change: { op: 'navigate', url, time: Math.round(details.timeStamp), from } },
      ...held.map((entry) => ({ tabId, change: { op: 'append', entry } }) as TabOp),
    ];
  }

  private finish(details: RequestDetails): TabOp[] {
    const pending = this.pending.get(details.requestId);
    if (!pending) return this.finishUnseen(details);
    this.pending.delete(details.requestId);
    const { entry } = pending;
    if (details.statusCode !== undefined) entry.status = details.statusCode;
    if (details.error) entry.error = details.error;
    entry.responseHeaders = pickResponseCredentials(details.responseHeaders, hasUrlToken);
    // A final 401 repeats the challenge itself (it was not answered); a 200 does not.
    if (pending.challenge && !/^40[17]$/.test(String(details.statusCode))) {
      entry.responseHeaders = [...pending.challenge, ...entry.responseHeaders];
    }
    const rid = details.requestId;
    const credential =
      pending.credential || entry.requestHeaders.length > 0 || entry.responseHeaders.length > 0;
    completeEntry(pending, details, credential);
    if (!credential) return [{ tabId: details.tabId, change: { op: 'count', rid, entry } }];
    if (entry.type === 'main_frame' && details.redirectUrl !== undefined) {
      // A hop of a top-level redirect chain: which log it belongs to is known only at the end.
      // The request stays open until then: a worker stopped before loses the held hops, counted.
      const held = this.navigationHops.get(rid) ?? [];
      held.push(entry);
      this.navigationHops.set(rid, held);
      return [];
    }
    return [{ tabId: details.tabId, change: { op: 'append', entry, rid } }];
  }

  /**
   * The end of a request this tracker never saw start: an earlier worker did (it was stopped
   * mid-flight) or the in-flight guard let it go. What the response says is still kept; the
   * request headers are gone, so anything else is counted as dropped, never silently lost. When
   * the journal already had this worker count the request (`settleOrphans`), the log counts
   * nothing again: the op only replaces that drop, or is ignored.
   */
  private finishUnseen(details: RequestDetails): TabOp[] {
    if (details.tabId < 0) return [];
    // The rid lets the log recognise a request the next worker already counted from the journal.
    const rid = details.requestId;
    const responseHeaders = pickResponseCredentials(details.responseHeaders, hasUrlToken);
    const urlToken = mayCarryUrlToken(details.url) && hasUrlToken(details.url);
    if (responseHeaders.length === 0 && !urlToken) {
      return [{ tabId: details.tabId, change: { op: 'lost', rid } }];
    }
    const entry: CapturedRequest = {
      id: details.requestId,
      url: capText(withoutUrlPassword(details.url), MAX_URL),
      method: details.method,
      type: details.type,
      time: Math.round(details.timeStamp),
      requestHeaders: [],
      responseHeaders,
      ...(details.statusCode !== undefined ? { status: details.statusCode } : {}),
      ...(details.error ? { error: details.error } : {}),
      ...(details.frameId !== undefined ? { frameId: details.frameId } : {}),
    };
    return [{ tabId: details.tabId, change: { op: 'append', entry, rid } }];
  }
}
