/** Types of http-auth-site.mjs. */
export interface HttpAuthSite {
  port: number;
  user: string;
  password: string;
  /** The site's address on `host` (a `*.localhost` name, `basic.localhost` by default). */
  url(host?: string): string;
  /** Requests that arrived with the right credentials, in order. */
  seen: { method: string; path: string; user: string }[];
  close(): Promise<void>;
}

export function startHttpAuthSite(options?: {
  user?: string;
  password?: string;
  port?: number;
}): Promise<HttpAuthSite>;
