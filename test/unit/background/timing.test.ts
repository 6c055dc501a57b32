import { describe, expect, it } from 'vitest';
import { backoffDelay } from '@/lib/client/backoff';
import { debounceByKey, type Timers } from '@/lib/background/badge/debounce';

describe('backoffDelay', () => {
  it('doubles from 100 ms up to a 5 s cap', () => {
    expect([0, 1, 2, 3, 6, 100].map((n) => backoffDelay(n))).toEqual([
      100, 200, 400, 800, 5000, 5000,
    ]);
  });

  it('treats nonsense attempts as the first', () => {
    expect(backoffDelay(Number.NaN)).toBe(100);
    expect(backoffDelay(-3)).toBe(100);
  });
});

describe('debounceByKey', () => {
  function manualTimers() {
    let next = 0;
    const pending = new Map<number, () => void>();
    const timers: Timers = {
      set: (fn) => {
        next += 1;
        pending.set(next, fn);
        return next;
      },
      clear: (handle) => pending.delete(handle as number),
    };
    const fireAll = () => {
      const fns = [...pending.values()];
      pending.clear();
      fns.forEach((fn) => fn());
    };
    return { timers, fireAll };
  }

  it('runs once per key after a burst, keys independently', () => {
    const { timers, fireAll } = manualTimers();
    const runs: number[] = [];
    const schedule = debounceByKey((tab: number) => runs.push(tab), 800, timers);
    schedule(1);
    schedule(1);
    schedule(2);
    schedule(1);
    fireAll();
    expect(runs.sort()).toEqual([1, 2]);
  });
});
