import { describe, expect, it, vi } from 'vitest';
import { withPrefetch } from '@/lib/client/prefetch-source';
import type { ReportSource } from '@/lib/client/report-source';
import { analyze } from '@/lib/engine/analyze/analyze';
import { emptySnapshot } from '@/lib/engine/model/snapshot';

function source(): ReportSource {
  let n = 0;
  return {
    fetchSnapshot: vi.fn(async (tabId: number) => {
      n += 1;
      const s = emptySnapshot(`https://fetch-${n}.example/`, 0);
      s.site.tabId = tabId;
      return s;
    }),
    watchTab: vi.fn(() => () => {}),
    analyze: vi.fn(analyze),
  };
}

describe('withPrefetch', () => {
  it('starts fetching before anyone asks, and hands that fetch to the first caller', async () => {
    const inner = source();
    const prefetching = withPrefetch(inner, Promise.resolve(4));
    await Promise.resolve();
    await Promise.resolve();
    expect(inner.fetchSnapshot).toHaveBeenCalledWith(4);
    expect((await prefetching.fetchSnapshot(4)).site.url).toBe('https://fetch-1.example/');
    expect(inner.fetchSnapshot).toHaveBeenCalledTimes(1);
  });

  it('fetches afresh after the first time, so live updates see new data', async () => {
    const inner = source();
    const prefetching = withPrefetch(inner, Promise.resolve(4));
    await prefetching.fetchSnapshot(4);
    expect((await prefetching.fetchSnapshot(4)).site.url).toBe('https://fetch-2.example/');
  });

  it('does not hand one tab’s snapshot to another tab', async () => {
    const inner = source();
    const prefetching = withPrefetch(inner, Promise.resolve(4));
    expect((await prefetching.fetchSnapshot(5)).site.tabId).toBe(5);
  });

  it('retries when the prefetch failed', async () => {
    const inner = source();
    vi.mocked(inner.fetchSnapshot).mockRejectedValueOnce(new Error('restarting'));
    const prefetching = withPrefetch(inner, Promise.resolve(4));
    expect((await prefetching.fetchSnapshot(4)).site.tabId).toBe(4);
  });

  it('does nothing when there is no tab', async () => {
    const inner = source();
    const prefetching = withPrefetch(inner, Promise.resolve(undefined));
    await Promise.resolve();
    expect(inner.fetchSnapshot).not.toHaveBeenCalled();
    expect(await prefetching.first).toBeUndefined();
  });

  it('says when the first snapshot has arrived, and hands it over once', async () => {
    const inner = source();
    const prefetching = withPrefetch(inner, Promise.resolve(4));
    expect(prefetching.takeFirst()).toBeUndefined();
    const first = await prefetching.first;
    expect(first).toMatchObject({
      tabId: 4,
      snapshot: { site: { url: 'https://fetch-1.example/' } },
    });
    expect(prefetching.takeFirst()).toBe(first);
    expect(prefetching.takeFirst()).toBeUndefined();
    // Taken: the next fetch asks the background afresh instead of returning the same answer.
    expect((await prefetching.fetchSnapshot(4)).site.url).toBe('https://fetch-2.example/');
  });

  it('settles `first` with nothing when the prefetch failed, and still serves fetches', async () => {
    const inner = source();
    vi.mocked(inner.fetchSnapshot).mockRejectedValueOnce(new Error('restarting'));
    const prefetching = withPrefetch(inner, Promise.resolve(4));
    expect(await prefetching.first).toBeUndefined();
    expect(prefetching.takeFirst()).toBeUndefined();
    expect((await prefetching.fetchSnapshot(4)).site.tabId).toBe(4);
  });
});
