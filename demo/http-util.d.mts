/** Types for http-util.mjs (only what tests use). */
export function escapeHtml(value: unknown): string;
export function parseCookies(header: string | undefined): Record<string, string>;
export function serializeCookie(
  name: string,
  value: string,
  options?: {
    httpOnly?: boolean;
    secure?: boolean;
    sameSite?: 'Strict' | 'Lax' | 'None';
    path?: string;
    maxAge?: number;
  },
): string;
