import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CaptureStore, logKey, type FlushResult } from '@/lib/background/capture-store';
import type { TabOp } from '@/lib/background/in-flight';
import type { CapturedRequest } from '@/lib/engine/model/snapshot';
import { startStore } from './start-store';

const entry = (id: string): CapturedRequest => ({
  id,
  url: `https://app.example.com/${id}`,
  method: 'GET',
  type: 'xmlhttprequest',
  time: 1,
  requestHeaders: [{ name: 'Authorization', value: 'Bearer t' }],
  responseHeaders: [],
});
const append = (tabId: number, id: string): TabOp => ({
  tabId,
  change: { op: 'append', entry: entry(id) },
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('CaptureStore', () => {
  it('writes queued entries to storage.session in one batch', async () => {
    const flushed: FlushResult[][] = [];
    const store = new CaptureStore({ onFlushed: (results) => flushed.push(results) });
    store.enqueue([append(1, 'a'), append(1, 'b'), { tabId: 1, change: { op: 'count' } }]);
    await store.flush();
    // The log is stored as JSON text (cheaper for Chrome to write and read than objects).
    const stored = (await fakeBrowser.storage.session.get(
      logKey(1).slice('session:'.length),
    )) as Record<string, string>;
    const log = JSON.parse(Object.values(stored)[0] ?? 'null') as {
      entries: CapturedRequest[];
      total: number;
    } | null;
    expect(log?.entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(log?.total).toBe(3);
    expect(flushed).toEqual([[{ tabId: 1, appended: 2, navigated: false }]]);
  });

  it('loses nothing when the worker restarts: a new store reads the log back', async () => {
    const before = new CaptureStore();
    before.enqueue([append(2, 'a'), append(2, 'b')]);
    await before.flush();
    const after = new CaptureStore();
    expect((await after.read(2))?.entries.map((e) => e.id)).toEqual(['a', 'b']);
    after.enqueue([append(2, 'c')]);
    expect((await after.read(2))?.entries.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('reports a move to another site as navigated', async () => {
    const flushed: FlushResult[] = [];
    const store = new CaptureStore({ onFlushed: (results) => flushed.push(...results) });
    store.enqueue([
      { tabId: 3, change: { op: 'navigate', url: 'https://a.example/', time: 1 } },
      append(3, 'x'),
    ]);
    await store.flush();
    store.enqueue([{ tabId: 3, change: { op: 'navigate', url: 'https://b.example/', time: 2 } }]);
    await store.flush();
    expect(flushed.at(-1)).toEqual({ tabId: 3, appended: 0, navigated: true });
    expect((await store.read(3))?.entries).toEqual([]);
  });

  it('frees a closed tab’s log, and prunes logs of tabs closed while asleep', async () => {
    const store = new CaptureStore();
    store.enqueue([append(4, 'a'), append(5, 'b'), append(6, 'c')]);
    await store.flush();
    await store.remove(4);
    await store.prune(new Set([5]));
    const all = await fakeBrowser.storage.session.get(null);
    expect(
      Object.keys(all).filter(
        (key) => key.startsWith('tokki.capture.') && key !== 'tokki.capture.tabs',
      ),
    ).toEqual(['tokki.capture.5']);
    expect(await new CaptureStore().read(4)).toBeUndefined();
  });

  it('does not bring back the log of a closed tab when its last requests finish late', async () => {
    const store = new CaptureStore();
    store.enqueue([append(9, 'a')]);
    await store.flush();
    await store.remove(9);
    store.enqueue([append(9, 'late')]);
    await store.flush();
    expect(await fakeBrowser.storage.session.get('tokki.capture.9')).toEqual({});
  });

  it('security: never writes captured values to storage.local', async () => {
    const store = new CaptureStore();
    store.enqueue([append(7, 'a')]);
    await store.flush();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('writes by itself a moment after the last change', async () => {
    const store = new CaptureStore({ flushDelayMs: 5 });
    store.enqueue([append(8, 'a')]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stored = await fakeBrowser.storage.session.get('tokki.capture.8');
    expect(stored['tokki.capture.8']).toBeDefined();
  });

  describe('journal: a worker stopped between batches', () => {
    const journalKeys = async () =>
      Object.keys(await fakeBrowser.storage.session.get(null)).filter((key) =>
        key.startsWith('tokki.journal.'),
      );
    /** Lets the fire-and-forget journal writes land. */
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

    it('loses nothing: a new store replays what the stopped one had only queued', async () => {
      const first = await startStore();
      first.enqueue([append(20, 'a')]);
      await first.flush();
      // Queued but never written in a batch: the worker is stopped before its timer fires.
      const stopped = await startStore({ flushDelayMs: 60_000 });
      stopped.enqueue([append(20, 'b'), { tabId: 20, change: { op: 'count' } }]);
      stopped.enqueue([append(20, 'c')]);
      await settle();
      expect(await journalKeys()).toHaveLength(2);

      const restarted = await startStore();
      const log = await restarted.read(20);
      expect(log?.entries.map((e) => e.id)).toEqual(['a', 'b', 'c']);
      expect(log?.total).toBe(4);
      expect(log?.withoutCredentials).toBe(1);
    });

    it('deletes the journal once a batch holding it is in storage', async () => {
      const store = await startStore({ flushDelayMs: 60_000 });
      store.enqueue([append(21, 'a')]);
      store.enqueue([append(21, 'b')]);
      await settle();
      expect(await journalKeys()).toHaveLength(2);
      await store.flush();
      expect(await journalKeys()).toEqual([]);
      expect((await (await startStore()).read(21))?.entries.map((e) => e.id)).toEqual(['a', 'b']);
    });

    it('never applies a change twice: a batch written before the stop is not replayed', async () => {
      const store = await startStore({ flushDelayMs: 60_000 });
      store.enqueue([append(22, 'a')]);
      await settle();
      const [key] = await journalKeys();
      const ops = (await fakeBrowser.storage.session.get(key!))[key!];
      await store.flush();
      // The worker died between writing the batch and deleting its journal.
      await fakeBrowser.storage.session.set({ [key!]: ops });

      const restarted = await startStore();
      expect((await restarted.read(22))?.entries.map((e) => e.id)).toEqual(['a']);
    });

    it('frees the journal of a tab closed while the worker was stopped', async () => {
      const stopped = await startStore({ flushDelayMs: 60_000 });
      stopped.enqueue([append(23, 'a'), append(24, 'b')]);
      await settle();
      const restarted = await startStore();
      await restarted.prune(new Set([24]));
      expect(await journalKeys()).toEqual([expect.stringMatching(/^tokki\.journal\.24\./)]);
      expect(await restarted.read(23)).toBeUndefined();
      expect((await restarted.read(24))?.entries.map((e) => e.id)).toEqual(['b']);
    });
  });

  describe('storage.session full', () => {
    /** Makes storage.session refuse any write larger than `limit` characters of JSON. */
    function capStorage(limit: number) {
      const area = fakeBrowser.storage.session;
      const set = area.set.bind(area);
      vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
        if (JSON.stringify(items).length > limit) throw new Error('QUOTA_BYTES quota exceeded');
        return set(items);
      });
    }
    const many = (tabId: number, n: number) =>
      Array.from({ length: n }, (_, i) => append(tabId, `r${i}`));

    it('keeps serving the whole log from memory and says storage is full', async () => {
      capStorage(3000);
      const store = await startStore();
      store.enqueue(many(30, 40));
      const log = await store.read(30);
      expect(log?.entries).toHaveLength(40);
      expect(log?.quotaExceeded).toBe(true);
    });

    it('keeps the journal when the log does not fit: a restarted worker gets every entry back', async () => {
      capStorage(3000);
      const store = await startStore();
      for (let i = 0; i < 40; i += 1) store.enqueue([append(33, `r${i}`)]);
      await store.flush();
      const restarted = await (await startStore()).read(33);
      expect(restarted?.entries).toHaveLength(40);
    });

    it('writes a smaller copy that counts what it could not hold when the journal was refused too', async () => {
      capStorage(3000);
      const store = await startStore();
      store.enqueue(many(31, 40));
      await store.flush();
      const restarted = await (await startStore()).read(31);
      expect(restarted?.entries.length).toBeLessThan(40);
      expect((restarted?.entries.length ?? 0) + (restarted?.dropped ?? 0)).toBe(40);
      expect(restarted?.quotaExceeded).toBe(true);
      // The newest entries are the ones kept.
      expect(restarted?.entries.at(-1)?.id).toBe('r39');
    });

    it('keeps the journal when not even counters fit, and a restarted worker replays it', async () => {
      const area = fakeBrowser.storage.session;
      const set = area.set.bind(area);
      // Logs are refused outright; small journal writes still go through.
      vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
        if (Object.keys(items).some((k) => k.startsWith('tokki.capture.')))
          throw new Error('quota');
        return set(items);
      });
      const store = await startStore();
      store.enqueue(many(32, 5));
      await store.flush();
      const restarted = await (await startStore()).read(32);
      expect(restarted?.entries.map((e) => e.id)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
    });
  });
});
