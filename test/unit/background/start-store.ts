/** A CaptureStore started as a new service worker would start it, for tests that restart workers. */
import { CaptureStore, type CaptureStoreOptions } from '@/lib/background/capture-store';

// A worker's journal keys are ordered by its start (ms × 1000 + a random part), which holds
// because a real worker never starts in the same millisecond as the one it replaces. Two
// stores made back to back in a test can: each one here starts a millisecond later, as workers do.
let lastStart = 0;

/** A new store, in a later millisecond than the one made before it. */
export async function startStore(options?: CaptureStoreOptions): Promise<CaptureStore> {
  while (Date.now() <= lastStart) await new Promise((resolve) => setTimeout(resolve, 1));
  const store = new CaptureStore(options);
  // Taken after the store read the clock: the next one then starts in a later millisecond.
  lastStart = Date.now();
  return store;
}
