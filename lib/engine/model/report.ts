/**
 * What `analyze(snapshot, now)` returns: everything the popup and the panel render.
 * Plain data; all text is message keys + parameters, rendered by lib/i18n in ko, en or both.
 */
import type { FindingId } from '../findings/catalogue';
import type { MessageKey } from '../i18n/catalogue';
import type { SharedKey } from '../i18n/shared-catalogue';
import type { HttpHeader, RequestTiming, Unavailable } from './snapshot';

export type Lang = 'ko' | 'en';

/**
 * A sentence to show, as a catalogue key and its parameters. The key is one of the catalogue's
 * (`MessageKey`), so a typo does not compile; `K` widens it only where a test feeds `translate` a
 * catalogue of its own.
 */
export interface Msg<K extends string = MessageKey> {
  key: K;
  params?: Record<string, string | number>;
}

export type Severity = 'high' | 'medium' | 'low' | 'info';

/** Where a credential lives. Each has a risk profile (see `LocationRisk`). */
export type Location =
  | 'cookie-httponly'
  | 'cookie-script'
  | 'localStorage'
  | 'sessionStorage'
  | 'indexedDB'
  | 'header'
  | 'url'
  | 'response-body';

export type TokenFormat = 'jws' | 'jwe' | 'opaque' | 'basic' | 'digest' | 'negotiate' | 'malformed';
/**
 * `session-data`: the session itself, signed or encrypted into the cookie (the server keeps no
 * state). `authorization-code`: an OAuth authorization code on a redirect URL, which the app
 * exchanges for tokens; single use and no login by itself.
 */
export type TokenKind =
  | 'access'
  | 'refresh'
  | 'id'
  | 'session-id'
  | 'session-data'
  | 'authorization-code'
  | 'csrf'
  | 'unknown';
export type ExpiryState =
  'session' | 'valid' | 'expiring-soon' | 'expired' | 'not-yet-valid' | 'never-expires' | 'unknown';

/** Stable codes for why a value could not be decoded. */
export type DecodeErrorCode =
  | 'ERR_EMPTY'
  | 'ERR_TOO_LARGE'
  | 'ERR_NOT_A_JWT'
  | 'ERR_TRUNCATED'
  | 'ERR_BAD_BASE64URL'
  | 'ERR_BAD_UTF8'
  | 'ERR_HEADER_NOT_JSON'
  | 'ERR_HEADER_NOT_OBJECT'
  | 'ERR_PAYLOAD_NOT_JSON'
  | 'ERR_PAYLOAD_NOT_OBJECT'
  | 'ERR_TOO_DEEP'
  | 'ERR_JOSE_REJECTED'
  /** Basic credentials that decode to text without the `user:password` colon. */
  | 'ERR_BASIC_NO_COLON';

export interface DecodeError {
  code: DecodeErrorCode;
  part?: 'header' | 'payload' | 'signature' | 'whole';
  message: Msg;
}

export interface Expiry {
  state: ExpiryState;
  /** ms since epoch */
  expiresAt?: number;
  notBefore?: number;
  issuedAt?: number;
  /** exp − iat, in ms */
  lifetimeMs?: number;
  /** The token wrote `exp` in milliseconds instead of seconds. */
  expInMilliseconds?: boolean;
}

/** One place a credential was found. */
export interface Artifact {
  id: string;
  location: Location;
  /** Human label: cookie name, `Authorization: Bearer`, `localStorage["auth"] → $.access_token`. */
  label: string;
  origin?: string;
  /** Key, cookie name or header name. */
  name: string;
  /** JSON path inside the stored value, when the token sat inside JSON. */
  path?: string;
  /** Requests this artifact was seen in (header/url/cookie use) or that issued it. */
  requestIds: string[];
  tokenId?: string;
}

export interface ClaimReport {
  name: string;
  value: unknown;
  /** Registered/OIDC meaning, or a generic "custom claim" message. */
  meaning: Msg;
  /** For time claims: ms since epoch. */
  time?: number;
  /** The claim looks sensitive (email, phone, password, …). */
  sensitive?: boolean;
}

export interface TokenReport {
  id: string;
  /** The raw value (the UI masks it until revealed). */
  value: string;
  format: TokenFormat;
  kind: TokenKind;
  kindReasons: Msg[];
  /** Artifacts (places) holding this token. */
  artifactIds: string[];
  /** Requests that carried it. */
  sentIn: string[];
  jws?: {
    header: Record<string, unknown>;
    payload: unknown;
    signature: string;
    /** jose's strict decoder accepted it. */
    strict: { ok: true } | { ok: false; error: DecodeError };
  };
  jwe?: { header: Record<string, unknown> };
  opaque?: { length: number; alphabet: string; entropyBits: number };
  basic?: { user: string; password: string };
  /** A framework's own value format, recognised by its shape (see FrameworkValue). */
  framework?: FrameworkValue;
  error?: DecodeError;
  claims: ClaimReport[];
  expiry: Expiry;
  /** Occurrence keys (`Finding.key`) of the findings about it. */
  findingIds: string[];
}

/**
 * A value in a framework's own format (Flask's itsdangerous, cookie-session, express-session,
 * iron-session, Rails, Laravel, ASP.NET, Auth.js): read where it can be read without the server's
 * secret, named where it cannot.
 */
export interface FrameworkValue {
  /** The format's id in lib/knowledge (e.g. 'itsdangerous', 'express-session', 'iron-session'). */
  format: string;
  /** The framework or library that writes it, as users know it ("Flask", "iron-session"). */
  framework: string;
  /**
   * What the value is: the session's data itself (the server keeps no state), a signature of
   * another cookie (cookie-session's `.sig`), or the id of a session the server keeps.
   */
  holds: 'session-data' | 'signature' | 'session-id';
  /** How the framework protects it: signed (readable, tamper-evident) or encrypted (unreadable). */
  protection: 'signed' | 'encrypted';
  /** The decoded data, only where it is readable without the server's secret. */
  data?: unknown;
  /** The data was compressed (itsdangerous' leading '.') before it was encoded. */
  compressed?: boolean;
}

export interface CookieReport {
  artifactId: string;
  name: string;
  value: string;
  domain: string;
  path: string;
  scope: 'sent' | 'domain' | 'partitioned';
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'no_restriction' | 'lax' | 'strict' | 'unspecified';
  expiry: Expiry;
  /** name + value, in bytes */
  size: number;
  prefix?: '__Host-' | '__Secure-';
  partition?: string;
  credential: {
    is: boolean;
    kind?: TokenKind;
    reasons: Msg[];
    /** Known framework or SDK, from the knowledge tables. */
    knownAs?: string;
  };
  tokenId?: string;
  /** Occurrence keys (`Finding.key`) of the findings about it. */
  findingIds: string[];
}

export interface Finding {
  /** The rule's id in lib/engine/findings/catalogue.ts. */
  id: FindingId;
  /** Unique per occurrence: `${id}@${artifactId ?? tokenId}` */
  key: string;
  severity: Severity;
  artifactId?: string;
  tokenId?: string;
  /** Shown in the popup too, so a sentence of the shared catalogue. */
  message: Msg<SharedKey>;
}

/**
 * How the site keeps the user logged in. `http-auth`: HTTP authentication (Basic, Digest, NTLM,
 * Negotiate), where the browser itself sends the credentials and the page stores nothing.
 */
export type VerdictKind = 'session' | 'token' | 'token-in-cookie' | 'hybrid' | 'http-auth' | 'none';

export interface Evidence {
  /** Shown in the popup too, so a sentence of the shared catalogue. */
  message: Msg<SharedKey>;
  artifactId?: string;
  tokenId?: string;
}

export interface RefreshFlow {
  refreshTokenId?: string;
  /** Requests to a token/refresh endpoint. */
  refreshRequestIds: string[];
  /** An access token replaced by a newer one. */
  replacements: { fromTokenId: string; toTokenId: string }[];
}

export interface Verdict {
  kind: VerdictKind;
  /** 0..1 */
  confidence: number;
  /** Shown in the popup too, so a sentence of the shared catalogue. */
  summary: Msg<SharedKey>;
  evidence: Evidence[];
  flow?: RefreshFlow;
}

export interface LocationRisk {
  location: Location;
  readableByScripts: boolean;
  sentAutomatically: boolean;
  survivesBrowserClose: 'yes' | 'no' | 'depends';
  /** Credentials of this site found there. */
  count: number;
}

export interface RequestReport {
  id: string;
  url: string;
  origin: string;
  method: string;
  type: string;
  status?: number;
  time: number;
  /** Authorization scheme or credential header name, if any. */
  scheme?: string;
  thirdParty: boolean;
  /** Tokens this request carried. */
  tokenIds: string[];
  /** Names of cookies it set. */
  setCookies: string[];
  /** Capture saw no credential in it or its response (listed so every request can show). */
  plain?: true;
  /** Page origin that started it (Chrome's initiator, Firefox's originUrl). */
  initiator?: string;
  /** Stages in ms after `time`. */
  timing?: RequestTiming;
  /**
   * Its headers as captured: `credential` ones (values are secrets: masked until revealed) and
   * the `other` ones. Absent in reports of recordings without headers.
   */
  headers?: {
    credential: { request: HttpHeader[]; response: HttpHeader[] };
    other: { request: HttpHeader[]; response: HttpHeader[] };
  };
}

export interface Report {
  site: { url: string; origin: string; registrableDomain: string };
  generatedAt: number;
  verdict: Verdict;
  cookies: CookieReport[];
  tokens: TokenReport[];
  artifacts: Artifact[];
  findings: Finding[];
  requests: RequestReport[];
  locations: LocationRisk[];
  counts: {
    cookies: { session: number; persistent: number; total: number };
    tokens: number;
    findings: Record<Severity, number>;
    requests: { total: number; withCredentials: number; dropped: number };
  };
  /** The credential that expires first, if any. */
  soonestExpiry?: { tokenId?: string; artifactId?: string; expiresAt: number };
  /** What could not be read (from the snapshot) and what the engine could not parse. */
  unavailable: Unavailable[];
  problems: { message: Msg; artifactId?: string }[];
}

export interface AnalyzeOptions {
  /** Expiring-soon threshold in ms (default 5 min). */
  expiringSoonMs?: number;
}
