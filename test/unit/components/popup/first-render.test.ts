import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settledWithin } from '@/components/popup/first-render';

describe('settledWithin', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  async function state(p: Promise<void>) {
    let done = false;
    void p.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    return () => done;
  }

  it('resolves as soon as the answer arrives, before the grace is over', async () => {
    let answer!: () => void;
    const done = await state(settledWithin(new Promise<void>((r) => (answer = r)), 100));
    expect(done()).toBe(false);
    answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(true);
  });

  it('gives up waiting after the grace, so a slow answer gets a loading state', async () => {
    const done = await state(settledWithin(new Promise(() => {}), 100));
    await vi.advanceTimersByTimeAsync(99);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done()).toBe(true);
  });

  it('resolves, not rejects, when the answer fails', async () => {
    await expect(settledWithin(Promise.reject(new Error('gone')), 100)).resolves.toBeUndefined();
  });
});
