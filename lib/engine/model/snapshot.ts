/**
 * What the browser let Tokki see of one tab at one moment: the input of `analyze`.
 * Plain data only, so it can cross extension messaging and be recorded as a test fixture.
 */

/** A cookie as `browser.cookies` gives it, plus where Tokki found it relative to the site. */
export interface SnapshotCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  hostOnly: boolean;
  secure: boolean;
  httpOnly: boolean;
  sameSite: 'no_restriction' | 'lax' | 'strict' | 'unspecified';
  /** True when the cookie has no expiry and dies with the browser session. */
  session: boolean;
  /** Seconds since the epoch, as the cookies API reports it. */
  expirationDate?: number;
  storeId?: string;
  /** CHIPS partition (Chrome 119+, Firefox). */
  partitionKey?: { topLevelSite?: string; hasCrossSiteAncestor?: boolean };
  /** Firefox first-party isolation. */
  firstPartyDomain?: string;
  /**
   * `sent`: the browser sends it to the site URL; `domain`: another cookie of the registrable
   * domain; `partitioned`: a partitioned cookie of this top-level site.
   */
  scope: 'sent' | 'domain' | 'partitioned';
}

export interface HttpHeader {
  name: string;
  value: string;
}

/** One credential-bearing request the tab sent, as the background captured it. */
export interface CapturedRequest {
  /** The browser's requestId, unique within a browser session. */
  id: string;
  url: string;
  method: string;
  /** webRequest resource type: main_frame, xmlhttprequest, fetch (Firefox), script, … */
  type: string;
  initiator?: string;
  frameId?: number;
  /** Milliseconds since the epoch when the request was sent. */
  time: number;
  requestHeaders: HttpHeader[];
  status?: number;
  /** Only the headers that matter to credentials: Set-Cookie, WWW-Authenticate, … */
  responseHeaders: HttpHeader[];
  /** Form fields of token endpoints (`grant_type=refresh_token`, …). */
  formFields?: Record<string, string[]>;
  /** Network error, when the request failed. */
  error?: string;
  /**
   * The request carried and set no credential: kept so every request of the site can be listed
   * (the issuing `POST /login`), with few headers, and counted in `withoutCredentials`.
   */
  plain?: true;
  /** Its other request headers (not credentials), capped; what `requestHeaders` leaves out. */
  otherRequestHeaders?: HttpHeader[];
  /** Its other response headers (not credentials), capped. */
  otherResponseHeaders?: HttpHeader[];
  /** When each stage came, in ms after `time` (webRequest timeStamps); older recordings lack it. */
  timing?: RequestTiming;
}

/** Stages of one request, in milliseconds after it started (onBeforeRequest). */
export interface RequestTiming {
  /** Its headers went out (onSendHeaders). */
  sent?: number;
  /** Its response headers arrived (onHeadersReceived; documents and API calls only). */
  response?: number;
  /** It completed, failed or redirected. */
  end?: number;
}

export interface StorageEntry {
  area: 'localStorage' | 'sessionStorage';
  /** Origin of the frame the entry belongs to. */
  origin: string;
  key: string;
  value: string;
}

export interface IndexedDbEntry {
  origin: string;
  database: string;
  store: string;
  key: string;
  /** The record, serialised as JSON (or String() when it is not JSON-serialisable). */
  value: string;
}

/** A response body seen through devtools.network (panel only). */
export interface ResponseBody {
  requestId?: string;
  url: string;
  time: number;
  mimeType: string;
  body: string;
}

/** Something Tokki could not read, and why: shown to the user, never swallowed. */
export interface Unavailable {
  what: 'cookies' | 'requests' | 'storage' | 'indexedDB' | 'bodies' | 'site-access' | 'page';
  /** A stable reason code; the UI explains it (see lib/i18n). */
  reason:
    | 'restricted-page'
    | 'no-host-permission'
    | 'api-missing'
    | 'script-failed'
    | 'frame-blocked'
    | 'quota'
    | 'devtools-only'
    /** The UI could not reach the background (it is restarting, or the extension was reloaded). */
    | 'background-unreachable'
    /** The tab id names no open tab. */
    | 'tab-missing'
    /** No request of this tab was seen yet (the page loaded before Tokki started): reload to see them. */
    | 'not-captured-yet'
    /** The log never saw this page's own request (it loaded before capture saw it): reload. */
    | 'started-mid-page'
    /**
     * As `started-mid-page`, and `count` requests of the page were seen only at their end, too
     * little to tell what they carried (`RequestStats.seenPartly`): reload.
     */
    | 'seen-partly'
    /** The snapshot comes from a HAR file, which does not hold this (web storage, IndexedDB). */
    | 'not-in-har';
  detail?: string;
  /** How many things the reason concerns, when it counts them (`seen-partly`). */
  count?: number;
}

export interface RequestStats {
  /** Every request the tab sent since capture started for this site. */
  total: number;
  /** Requests that carried no credential: counted, not stored. */
  withoutCredentials: number;
  /**
   * Credential-bearing entries dropped from the ring buffer (oldest first), and requests in
   * flight when the extension's worker stopped.
   */
  dropped: number;
  /**
   * Requests of a page that began loading before capture listened, of which only the end was
   * seen, with nothing in it to keep: counted, not listed, and not dropped (a reload shows them).
   * Older recordings lack it.
   */
  seenPartly?: number;
  /** When capture started for this tab and site (ms since epoch). */
  since: number;
}

export interface Snapshot {
  site: {
    url: string;
    tabId?: number;
    title?: string;
    /**
     * eTLD+1 of `url` (`example.co.uk`), worked out by the background with the Public Suffix
     * List so the popup and panel need not ship that list. Older recordings lack it.
     */
    registrableDomain?: string;
  };
  /** When the snapshot was taken (ms since epoch). */
  takenAt: number;
  browser?: 'chrome' | 'firefox';
  cookies: SnapshotCookie[];
  requests: CapturedRequest[];
  requestStats: RequestStats;
  storage: StorageEntry[];
  indexedDB: IndexedDbEntry[];
  bodies: ResponseBody[];
  unavailable: Unavailable[];
}

/** An empty snapshot of `url`; adapters fill it in. */
export function emptySnapshot(url: string, takenAt: number): Snapshot {
  return {
    site: { url },
    takenAt,
    cookies: [],
    requests: [],
    requestStats: { total: 0, withoutCredentials: 0, dropped: 0, since: takenAt },
    storage: [],
    indexedDB: [],
    bodies: [],
    unavailable: [],
  };
}
