import type { SiteHint } from '@/lib/engine/verify/weak-secrets/candidates';
import type { SearchEngine, WeakSecretOutcome } from '@/lib/engine/verify/weak-secrets/search';

/** Page → worker. A new `start` cancels the search still running. */
export type WeakSecretRequest =
  { type: 'start'; token: string; site?: SiteHint } | { type: 'cancel' };

/**
 * Worker → page: progress after each slice, then exactly one `done`, which names the engine that
 * ran the search (none when the token could not be searched).
 */
export type WeakSecretEvent =
  | { type: 'progress'; tried: number; total: number }
  | {
      type: 'done';
      outcome: WeakSecretOutcome;
      total: number;
      elapsedMs: number;
      engine?: SearchEngine;
    };
