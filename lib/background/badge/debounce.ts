/** Per-key debounce with injectable timers, so the badge runs once after a burst of changes. */

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Returns `schedule(key)`: calls `run(key)` once, `ms` after the last schedule of that key.
 *
 * @example const schedule = debounceByKey((tabId) => paint(tabId), 800); schedule(3); schedule(3); // paints once
 */
export function debounceByKey<K>(
  run: (key: K) => void,
  ms: number,
  timers: Timers = realTimers,
): (key: K) => void {
  const pending = new Map<K, unknown>();
  return (key: K) => {
    const previous = pending.get(key);
    if (previous !== undefined) timers.clear(previous);
    pending.set(
      key,
      timers.set(() => {
        pending.delete(key);
        run(key);
      }, ms),
    );
  };
}
