import { buildCandidates } from '@/lib/engine/verify/weak-secrets/candidates';
import { searchWeakSecret, type SearchEngine } from '@/lib/engine/verify/weak-secrets/search';
import type { WeakSecretEvent, WeakSecretRequest } from './weak-secret-protocol';

/**
 * The weak-secret worker's message handler, apart from the worker so tests drive it directly:
 * `start` runs a search over `list` (plus the site's names) posting progress, `cancel` stops it
 * at the next slice, which then posts `done` with `status: 'cancelled'`.
 */
export function weakSecretHandler(
  list: readonly string[],
  post: (event: WeakSecretEvent) => void,
  now: () => number = () => performance.now(),
): (request: WeakSecretRequest) => Promise<void> {
  let current: AbortController | undefined;
  return async (request) => {
    current?.abort();
    if (request.type === 'cancel') return;
    const controller = new AbortController();
    current = controller;
    const started = now();
    const candidates = buildCandidates(list, request.site);
    const total = candidates.words.length;
    let engine: SearchEngine | undefined;
    const outcome = await searchWeakSecret(request.token, candidates, {
      signal: controller.signal,
      onStart: (used) => (engine = used),
      onProgress: (tried) => post({ type: 'progress', tried, total }),
    });
    const elapsedMs = Math.round(now() - started);
    post({ type: 'done', outcome, total, elapsedMs, ...(engine ? { engine } : {}) });
  };
}
