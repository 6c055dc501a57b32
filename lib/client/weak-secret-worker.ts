/**
 * The weak-secret search off the page's thread, so the UI never freezes. Started by
 * `startWeakSecretSearch` (weak-secret-search.ts) as a Vite `?worker` bundle, the only
 * place the ~1 MB word list is loaded.
 */
import { WEAK_SECRET_LIST } from '@/lib/engine/verify/weak-secrets/word-list';
import { weakSecretHandler } from './weak-secret-handler';
import type { WeakSecretEvent, WeakSecretRequest } from './weak-secret-protocol';

const handle = weakSecretHandler(WEAK_SECRET_LIST, (event: WeakSecretEvent) => postMessage(event));

addEventListener('message', (event: MessageEvent<WeakSecretRequest>) => void handle(event.data));
