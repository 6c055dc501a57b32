/** Types for hostile.mjs (plain Node ESM; the e2e test imports it). */
export const HOSTILE: Readonly<{
  markup: string;
  script: string;
  bold: string;
  jsUrl: string;
  rlo: string;
  zeroWidthTwin: string;
  plainTwin: string;
  hangulFiller: string;
  bigCookie: string;
  longClaim: string;
}>;
export const HOSTILE_JWT: string;
export const BAD_UTF8_JWT: string;

export interface HostileSite {
  port: number;
  /** `http://hostile.localhost:<port>/` */
  url: string;
  close(): Promise<void>;
}

export function startHostileSite(options?: { port?: number }): Promise<HostileSite>;
