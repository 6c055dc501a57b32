import type { SiteHint } from '@/lib/engine/verify/weak-secrets/candidates';
import type { WeakSecretOutcome } from '@/lib/engine/verify/weak-secrets/search';
import WeakSecretWorker from './weak-secret-worker?worker';
import type { WeakSecretEvent, WeakSecretRequest } from './weak-secret-protocol';

export interface WeakSecretCallbacks {
  onProgress?: (tried: number, total: number) => void;
  onDone: (outcome: WeakSecretOutcome, total: number, elapsedMs: number) => void;
  /** The worker itself failed (it could not load, or threw): the search did not finish. */
  onError?: (message: string) => void;
}

/**
 * Runs the guessable-secret check of an HS256/384/512 token in a Web Worker. `cancel()` stops it
 * and ends the worker at once (`onDone` is not called after a cancel).
 *
 * @example const search = startWeakSecretSearch(token, { url }, { onDone: show }); search.cancel();
 */
export function startWeakSecretSearch(
  token: string,
  site: SiteHint | undefined,
  callbacks: WeakSecretCallbacks,
): { cancel: () => void } {
  const worker = new WeakSecretWorker({ name: 'tokki-weak-secret' });
  let finished = false;
  const stop = () => {
    finished = true;
    worker.terminate();
  };
  worker.addEventListener('message', (event: MessageEvent<WeakSecretEvent>) => {
    if (finished) return;
    const data = event.data;
    if (data.type === 'progress') callbacks.onProgress?.(data.tried, data.total);
    else {
      stop();
      callbacks.onDone(data.outcome, data.total, data.elapsedMs);
    }
  });
  worker.addEventListener('error', (event: ErrorEvent) => {
    if (finished) return;
    stop();
    callbacks.onError?.(event.message || 'worker failed');
  });
  const request: WeakSecretRequest = { type: 'start', token, ...(site ? { site } : {}) };
  worker.postMessage(request);
  return {
    cancel: () => {
      if (finished) return;
      worker.postMessage({ type: 'cancel' } satisfies WeakSecretRequest);
      stop();
    },
  };
}
