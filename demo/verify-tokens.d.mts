/** Types for verify-tokens.mjs (the demo site is plain Node ESM; TypeScript tests import it). */
export const WEAK_DEMO_SECRET: string;

export function signHs256(claims: Record<string, unknown>, secret: string | Uint8Array): string;

interface TokenOptions {
  sub: string;
  iss: string;
  ttlSeconds: number;
}

export function createVerifyTokens(): {
  weak(o: TokenOptions): string;
  strong(o: TokenOptions): string;
};
