/**
 * The weak-secret search off the page's thread, so the UI never freezes. Started by
 * `startWeakSecretSearch` (weak-secret-search.ts) as a Vite `?worker` bundle, the only
 * place the shipped word list (about 170 KB) is loaded.
 */
import { SHIPPED_WEAK_SECRETS } from '@/lib/engine/verify/weak-secrets/shipped-word-list';
import { weakSecretHandler } from './weak-secret-handler';
import type { WeakSecretEvent, WeakSecretRequest } from './weak-secret-protocol';

const handle = weakSecretHandler(SHIPPED_WEAK_SECRETS, (event: WeakSecretEvent) =>
  postMessage(event),
);

addEventListener('message', (event: MessageEvent<WeakSecretRequest>) => void handle(event.data));
