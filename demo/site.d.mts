/** Types for site.mjs (the demo site is plain Node ESM; TypeScript tests import it). */
import type { DemoUrls } from './urls.mjs';

export const DEFAULT_ACCESS_TTL_SECONDS: number;

export interface DemoStats {
  /** Live server-side sessions on session.localhost. */
  sessions: number;
  /** Refresh tokens the bearer site currently honours. */
  refreshTokens: number;
  /** Successful POST /refresh calls so far. */
  refreshes: number;
}

export interface DemoServer {
  port: number;
  urls: DemoUrls;
  accessTtlSeconds: number;
  stats(): DemoStats;
  close(): Promise<void>;
}

export interface StartDemoOptions {
  /** 0 or unset: TOKKI_DEMO_PORT, else a free port. */
  port?: number;
  /** Lifetime of bearer access tokens; unset: TOKKI_DEMO_ACCESS_TTL, else 120. */
  accessTtlSeconds?: number;
}

export function startDemo(options?: StartDemoOptions): Promise<DemoServer>;
