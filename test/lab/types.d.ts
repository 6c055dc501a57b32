/**
 * The lab's contract: every stack in test/lab/stacks/<id>/stack.mjs default-exports a LabStack.
 * The e2e tests (test/e2e/lab.e2e.ts, lab-firefox.e2e.ts) and the snapshot test
 * (test/unit/engine/analyze/lab-snapshots.test.ts) hold Tokki to each stack's `expect`.
 */

/** One loopback site built on a real auth library or SDK. */
export interface LabStack {
  /** kebab-case, e.g. 'flask', 'authjs', 'firebase'; also the site's host (`<id>.localhost`). */
  id: string;
  /** 'Flask 2.2 signed-cookie session' */
  title: string;
  /** The real package(s) and version, e.g. 'flask 2.2.2 (Debian)'. */
  library: string;
  /** Also run in Firefox (test/e2e/lab-firefox.e2e.ts). */
  firefox?: boolean;
  /** Starts the stack's server(s) on free loopback ports; resolves once they answer. */
  start(): Promise<RunningStackServer>;
  expect: LabExpect;
  /**
   * Where a browser hides part of the truth from every extension (a platform limit, not Tokki's
   * choice): what to expect there instead, and why. Used sparingly, each with its source.
   */
  browserLimits?: Partial<Record<LabBrowser, BrowserLimit>>;
}

export type LabBrowser = 'chrome' | 'firefox';

/** What a browser does not let extensions see on a stack, and so what Tokki cannot show there. */
export interface BrowserLimit {
  /** Why, with a link to the browser's documentation or bug. */
  why: string;
  /** Replaces parts of the stack's `expect` in this browser. */
  expect: Partial<LabExpect>;
  /** Credential-carrying requests this browser never shows extensions as such. */
  unseenRequests?: RegExp;
}

/** What a stack's start() gives back. */
export interface RunningStackServer {
  /**
   * The page that logs in through the real library by itself on load, then sets
   * `document.documentElement.dataset.tokkiLab` to 'done' (or 'failed: <reason>').
   */
  url: string;
  close(): Promise<void>;
  /** Every request the server received so far that carried a credential. */
  credentialRequests(): CredentialRequest[];
}

/** One request the server received that carried a credential (Authorization header, session cookie…). */
export interface CredentialRequest {
  method: string;
  /** The full URL as the browser sent it (`http://<id>.localhost:<port>/api/me`). */
  url: string;
}

/** What Tokki must say about a stack: the right answer, not whatever the engine says today. */
export interface LabExpect {
  verdict: 'session' | 'token' | 'token-in-cookie' | 'hybrid' | 'http-auth' | 'none';
  /** Every credential the user should see: its kind and where it lives. */
  tokens: { kind: string; location: string; name?: RegExp | string }[];
  /** Cookie names / storage keys that must NOT be named as a credential anywhere. */
  notCredentials?: string[];
  /**
   * Words the verdict's explanation (its summary and evidence) must contain in Korean and in
   * English, so it is right for this stack: the framework's name, the scheme, the cookie.
   */
  explains?: string[];
}

/** A stack started by startLab(). */
export interface RunningStack extends RunningStackServer {
  stack: LabStack;
  /** Why the stack did not start (then `url` is empty): its test fails with this. */
  error?: string;
}

/** The lab started by startLab(). */
export interface RunningLab {
  stacks: RunningStack[];
  /** The running stack `id`; throws when the lab has no such stack or it did not start. */
  started(id: string): RunningStack;
  close(): Promise<void>;
}
