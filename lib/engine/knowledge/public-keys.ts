import type { Sourced } from './types';

export interface PublicApiKeyRow extends Sourced {
  vendor: string;
  /** Tested against the decoded payload when the value is a JWT. */
  payload?: (payload: Record<string, unknown>) => boolean;
  /** Tested against the value itself when it is not a JWT. */
  value?: RegExp;
}

/**
 * Keys and tokens that every visitor's browser carries by design: they name a project or attest
 * an app, never a user, and prove no login. Supabase's anon key goes out as `apikey` and, before
 * sign-in, as the Bearer token; its payload says `role: "anon"`.
 */
export const publicApiKeys: readonly PublicApiKeyRow[] = [
  {
    vendor: 'Supabase (anon key)',
    payload: (p) =>
      p.role === 'anon' &&
      (typeof p.ref === 'string' || (typeof p.iss === 'string' && /supabase/i.test(p.iss))),
    source: 'https://supabase.com/docs/guides/api/api-keys',
  },
  {
    vendor: 'Supabase (publishable key)',
    value: /^sb_publishable_[A-Za-z0-9_-]+$/,
    source: 'https://supabase.com/docs/guides/api/api-keys',
  },
  {
    // The Web API key identifies the Firebase project; Firebase says it is not a secret.
    vendor: 'Firebase (Web API key)',
    value: /^AIza[0-9A-Za-z_-]{35}$/,
    source: 'https://firebase.google.com/docs/projects/api-keys',
  },
  {
    // App Check attests that the request comes from the real app, not who the user is.
    vendor: 'Firebase App Check',
    payload: (p) =>
      typeof p.iss === 'string' && /^https:\/\/firebaseappcheck\.googleapis\.com\//.test(p.iss),
    source: 'https://firebase.google.com/docs/app-check',
  },
];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The public key a JWT payload belongs to, if it is one.
 *
 * @example findPublicApiKey({ iss: 'supabase', ref: 'abc', role: 'anon' })?.vendor
 *   // 'Supabase (anon key)'
 */
export function findPublicApiKey(payload: unknown): PublicApiKeyRow | undefined {
  if (!isRecord(payload)) return undefined;
  return publicApiKeys.find((row) => row.payload?.(payload));
}

/**
 * The public key a plain (non-JWT) value is, if it is one.
 *
 * @example findPublicKeyValue('sb_publishable_abc123')?.vendor // 'Supabase (publishable key)'
 */
export function findPublicKeyValue(value: string): PublicApiKeyRow | undefined {
  return publicApiKeys.find((row) => row.value?.test(value));
}
