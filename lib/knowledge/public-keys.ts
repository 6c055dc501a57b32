import type { Sourced } from './types';

export interface PublicApiKeyRow extends Sourced {
  vendor: string;
  /** Tested against the decoded JWT payload. */
  matches: (payload: Record<string, unknown>) => boolean;
}

/**
 * JWTs that every visitor's browser carries by design: they name a project, not a user, and
 * prove no login. Supabase's anon key goes out as `apikey` and, before sign-in, as the Bearer
 * token; its payload says `role: "anon"`.
 */
export const publicApiKeys: readonly PublicApiKeyRow[] = [
  {
    vendor: 'Supabase (anon key)',
    matches: (p) =>
      p.role === 'anon' &&
      (typeof p.ref === 'string' || (typeof p.iss === 'string' && /supabase/i.test(p.iss))),
    source: 'https://supabase.com/docs/guides/api/api-keys',
  },
];

/**
 * The public API key a JWT payload belongs to, if it is one.
 *
 * @example findPublicApiKey({ iss: 'supabase', ref: 'abc', role: 'anon' })?.vendor
 *   // 'Supabase (anon key)'
 */
export function findPublicApiKey(payload: unknown): PublicApiKeyRow | undefined {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return undefined;
  return publicApiKeys.find((row) => row.matches(payload as Record<string, unknown>));
}
