/**
 * The extension's weak-secret worker (lib/client/weak-secret-worker.ts) over the full word list
 * instead of the shipped head of it, so the bench reports the whole list's figure: the same
 * handler, search and HMAC, only more candidates.
 */
import { weakSecretHandler } from '@/lib/client/weak-secret-handler';
import type { WeakSecretEvent, WeakSecretRequest } from '@/lib/client/weak-secret-protocol';
import { WEAK_SECRET_LIST } from '@/lib/engine/verify/weak-secrets/word-list';

const handle = weakSecretHandler(WEAK_SECRET_LIST, (event: WeakSecretEvent) => postMessage(event));

addEventListener('message', (event: MessageEvent<WeakSecretRequest>) => void handle(event.data));
