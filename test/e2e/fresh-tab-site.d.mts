/** Types of fresh-tab-site.mjs. */
export interface FreshTabSite {
  /** Port of the pages (login-N and app-N). */
  port: number;
  /** Port of the single-page app's API (api-N). */
  apiPort: number;
  /** `http://login-N.localhost:P/`: the page that logs in at once, same origin. */
  loginUrl(n: number): string;
  /** `http://app-N.localhost:P/`: the memory-only single-page app. */
  appUrl(n: number): string;
  /** `http://api-N.localhost:P2`: the API the app of run N calls. */
  apiOrigin(n: number): string;
  close(): Promise<void>;
}

export function startFreshTabSite(): Promise<FreshTabSite>;
