import { describe, expect, it } from 'vitest';
import {
  MAX_OPEN,
  applyOps,
  newTabLog,
  reviveTabLog,
  settleOrphans,
  statsOf,
  trimmedCopy,
  type LogOp,
  type TabLog,
} from '@/lib/background/tab-log';
import type { CapturedRequest } from '@/lib/engine/model/snapshot';

const entry = (id: number, extra: Partial<CapturedRequest> = {}): CapturedRequest => ({
  id: String(id),
  url: `https://app.example.com/api/${id}`,
  method: 'GET',
  type: 'xmlhttprequest',
  time: 1000 + id,
  requestHeaders: [{ name: 'Cookie', value: 'sid=1' }],
  responseHeaders: [],
  ...extra,
});
const appends = (from: number, to: number): LogOp[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ op: 'append', entry: entry(from + i) }));
const limits = { cap: 3, byteBudget: 1_000_000 };

describe('the per-tab ring buffer', () => {
  it('keeps the newest entries up to the cap and counts the dropped ones', () => {
    const log = applyOps(undefined, 1, appends(1, 5), 0, limits);
    expect(log.entries.map((e) => e.id)).toEqual(['3', '4', '5']);
    expect(log.dropped).toBe(2);
    expect(log.total).toBe(5);
  });

  it('counts requests without credentials without storing them', () => {
    const log = applyOps(
      undefined,
      1,
      [{ op: 'count' }, ...appends(1, 1), { op: 'count' }],
      0,
      limits,
    );
    expect(statsOf(log, 0)).toMatchObject({ total: 3, withoutCredentials: 2, dropped: 0 });
    expect(log.entries).toHaveLength(1);
  });

  it('counts a request whose details died with a stopped worker as dropped', () => {
    const log = applyOps(undefined, 1, [...appends(1, 1), { op: 'lost' }], 0, limits);
    expect(statsOf(log, 0)).toMatchObject({ total: 2, withoutCredentials: 0, dropped: 1 });
    expect(log.entries).toHaveLength(1);
  });

  it('a request of a page whose load it never saw, ended unseen, is seen in part, not dropped', () => {
    const page: LogOp = { op: 'navigate', url: 'https://app.example.com/', time: 0, from: 'tab' };
    const log = applyOps(undefined, 1, [page, { op: 'lost', rid: '9' }], 0, limits);
    expect(statsOf(log, 0)).toMatchObject({ total: 1, dropped: 0, seenPartly: 1 });
    // Once the page's load is seen, an end whose start no worker saw is a restart's loss.
    const loaded = applyOps(
      log,
      1,
      [
        { ...page, from: 'request' },
        { op: 'lost', rid: '10' },
      ],
      0,
    );
    expect(statsOf(loaded, 0)).toMatchObject({ total: 2, dropped: 1, seenPartly: 1 });
    // And one this log saw start is a loss whatever the page.
    const fresh = applyOps(undefined, 1, [page, { op: 'open', ids: ['11'] }], 0);
    applyOps(fresh, 1, [{ op: 'lost', rid: '11' }], 0);
    expect(statsOf(fresh, 0)).toMatchObject({ total: 1, dropped: 1, seenPartly: 0 });
    expect(reviveTabLog(JSON.parse(JSON.stringify(log)), 1, 0)?.seenPartly).toBe(1);
  });

  it('a late tabs.onUpdated of the blank page a tab opened on leaves the page load it saw seen', () => {
    // A new tab: its about:blank update can reach the worker after the page's own load and URL.
    const ops: LogOp[] = [
      { op: 'navigate', url: 'https://app.example.com/', time: 1, from: 'request' },
      { op: 'navigate', url: 'https://app.example.com/', time: 2, from: 'tab' },
      { op: 'navigate', url: 'about:blank', time: 3, from: 'tab' },
      { op: 'lost', rid: '12' },
    ];
    const log = applyOps(undefined, 1, ops, 0, limits);
    // An end whose start no worker saw, on a page whose load was seen: a restart's loss.
    expect(statsOf(log, 0)).toMatchObject({ total: 1, dropped: 1, seenPartly: 0 });
  });

  it('drops the oldest entries past the byte budget, but never the newest one', () => {
    const big = (id: number) =>
      ({ op: 'append', entry: entry(id, { url: 'x'.repeat(300) }) }) as LogOp;
    const log = applyOps(undefined, 1, [big(1), big(2), big(3)], 0, { cap: 100, byteBudget: 1000 });
    expect(log.entries.map((e) => e.id)).toEqual(['2', '3']);
    expect(log.bytes).toBeLessThanOrEqual(1000);
    const huge = applyOps(
      undefined,
      1,
      [{ op: 'append', entry: entry(9, { url: 'x'.repeat(5000) }) }],
      0,
      {
        cap: 100,
        byteBudget: 1000,
      },
    );
    expect(huge.entries).toHaveLength(1);
  });

  it('starts afresh when the tab moves to another registrable domain', () => {
    const first = applyOps(
      undefined,
      1,
      [{ op: 'navigate', url: 'https://www.example.com/', time: 10 }],
      10,
    );
    const sameSite = applyOps(
      first,
      1,
      [...appends(1, 2), { op: 'navigate', url: 'https://login.example.com/', time: 20 }],
      20,
    );
    expect(sameSite.entries).toHaveLength(2);
    expect(sameSite.since).toBe(10);
    const otherSite = applyOps(
      sameSite,
      1,
      [{ op: 'navigate', url: 'https://other.test/', time: 30 }],
      30,
    );
    expect(otherSite.entries).toEqual([]);
    expect(otherSite.since).toBe(30);
    expect(otherSite.url).toBe('https://other.test/');
  });

  it('clear empties the log but keeps its site', () => {
    const log = applyOps(
      undefined,
      1,
      [{ op: 'navigate', url: 'https://a.example/', time: 1 }, ...appends(1, 2)],
      1,
    );
    const cleared = applyOps(log, 1, [{ op: 'clear', time: 50 }], 50);
    expect(cleared).toMatchObject({
      entries: [],
      total: 0,
      dropped: 0,
      since: 50,
      url: 'https://a.example/',
    });
  });
});

describe('URL tokens seen by tabs.onUpdated', () => {
  it('are recorded once: not again when webRequest already has the same URL', () => {
    const url = 'https://app.example.com/cb#access_token=abc';
    const viaTab = { op: 'append', entry: entry(2, { url, type: 'navigation' }) } as LogOp;
    const fromWebRequest = { op: 'append', entry: entry(1, { url, type: 'main_frame' }) } as LogOp;
    expect(applyOps(undefined, 1, [fromWebRequest, viaTab], 0).entries.map((e) => e.type)).toEqual([
      'main_frame',
    ]);
    expect(applyOps(undefined, 1, [viaTab], 0).entries.map((e) => e.type)).toEqual(['navigation']);
  });
});

describe('reviveTabLog', () => {
  it('reads back what was stored', () => {
    const log = applyOps(newTabLog(4, 'https://a.example/', 5), 4, appends(1, 2), 5);
    expect(reviveTabLog(JSON.parse(JSON.stringify(log)), 4, 99)).toEqual(log);
  });

  it('turns garbage into nothing or an honest empty log, never a throw', () => {
    expect(reviveTabLog(null, 1, 0)).toBeUndefined();
    expect(reviveTabLog('x', 1, 0)).toBeUndefined();
    expect(reviveTabLog({ entries: [null, 3, entry(1)], total: 'many' }, 1, 7)).toMatchObject({
      entries: [entry(1)],
      total: 0,
      since: 7,
    });
  });
});

describe('trimmedCopy (what is written when storage.session is full)', () => {
  it('keeps the newest entries and counts the rest as dropped, leaving the log itself alone', () => {
    const log = applyOps(undefined, 1, appends(1, 8), 0, { cap: 100, byteBudget: 1_000_000 });
    const copy = trimmedCopy(log, 2);
    expect(copy.entries.map((e) => e.id)).toEqual(['7', '8']);
    expect(copy.dropped).toBe(6);
    expect(copy.total).toBe(8);
    expect(copy.bytes).toBe(copy.sizes.reduce((a, b) => a + b, 0));
    expect(copy.quotaExceeded).toBe(true);
    expect(log.entries).toHaveLength(8);
    expect(log.dropped).toBe(0);
    // Nothing silently lost: what a restarted worker reads still adds up.
    const revived = reviveTabLog(JSON.parse(JSON.stringify(copy)), 1, 0)!;
    expect(revived.entries.length + revived.dropped).toBe(log.total - log.withoutCredentials);
    expect(revived.quotaExceeded).toBe(true);
  });

  it('keeps counters alone when asked to keep nothing', () => {
    const log = applyOps(undefined, 1, appends(1, 3), 0, { cap: 100, byteBudget: 1_000_000 });
    const copy = trimmedCopy(log, 0);
    expect(copy.entries).toEqual([]);
    expect(copy.dropped).toBe(3);
    expect(copy.bytes).toBe(0);
  });
});

describe('requests in flight when a worker stops', () => {
  const open = (...ids: string[]): LogOp => ({ op: 'open', ids });
  const ended = (id: number): LogOp => ({ op: 'append', entry: entry(id), rid: String(id) });
  /** What the popup shows adds up: every credential request is an entry or a counted drop. */
  const addsUp = (log: TabLog) =>
    expect(log.entries.length + log.dropped).toBe(log.total - log.withoutCredentials);

  it('keeps a request open from its start to its end, and only then', () => {
    const log = applyOps(undefined, 1, [open('1', '2'), ended(1)], 0);
    expect(log.open).toEqual(['2']);
    applyOps(log, 1, [{ op: 'count', rid: '2' }], 0);
    expect(log.open).toBeUndefined();
    expect(statsOf(log, 0)).toMatchObject({ total: 2, withoutCredentials: 1, dropped: 0 });
  });

  it('counts what an earlier worker left open as dropped, once', () => {
    const log = applyOps(undefined, 1, [open('1', '2', '3'), ended(1)], 0);
    expect(settleOrphans(log)).toBe(2);
    expect(statsOf(log, 0)).toMatchObject({ total: 3, dropped: 2 });
    expect(settleOrphans(log)).toBe(0);
    expect(log.dropped).toBe(2);
    addsUp(log);
  });

  it('a late end of a request counted at the restart replaces its drop instead of adding one', () => {
    const log = applyOps(undefined, 1, [open('1', '2', '3')], 0);
    settleOrphans(log);
    // Ends the next worker did receive: one with a Set-Cookie kept, one with nothing left to keep.
    applyOps(log, 1, [ended(1), { op: 'lost', rid: '2' }], 0);
    expect(statsOf(log, 0)).toMatchObject({ total: 3, dropped: 2 });
    expect(log.entries.map((e) => e.id)).toEqual(['1']);
    addsUp(log);
    // The same end twice (it cannot, but) is then an ordinary request again.
    applyOps(log, 1, [{ op: 'lost', rid: '2' }], 0);
    expect(log.total).toBe(4);
  });

  it('requests in flight stay open across a move to another site and a clear', () => {
    const log = applyOps(
      undefined,
      1,
      [{ op: 'navigate', url: 'https://a.example/', time: 1 }, open('9')],
      1,
    );
    const moved = applyOps(log, 1, [{ op: 'navigate', url: 'https://b.example/', time: 2 }], 2);
    expect(moved.open).toEqual(['9']);
    const cleared = applyOps(moved, 1, [{ op: 'clear', time: 3 }], 3);
    expect(cleared.open).toEqual(['9']);
  });

  it('after a clear, a request counted before it is not taken off the new counters', () => {
    const log = applyOps(undefined, 1, [open('1')], 0);
    settleOrphans(log);
    const cleared = applyOps(log, 1, [{ op: 'clear', time: 5 }, ended(1)], 5);
    expect(statsOf(cleared, 5)).toMatchObject({ total: 1, dropped: 0 });
    addsUp(cleared);
  });

  it('never remembers more than MAX_OPEN requests: the oldest is counted as dropped', () => {
    const ids = Array.from({ length: MAX_OPEN + 2 }, (_, i) => String(i));
    const log = applyOps(undefined, 1, [open(...ids)], 0);
    expect(log.open).toHaveLength(MAX_OPEN);
    expect(log.open?.[0]).toBe('2');
    expect(statsOf(log, 0)).toMatchObject({ total: 2, dropped: 2 });
    // Should the oldest still end, it is not counted twice.
    applyOps(log, 1, [{ op: 'lost', rid: '0' }, ended(1)], 0);
    expect(statsOf(log, 0)).toMatchObject({ total: 2, dropped: 1 });
    addsUp(log);
  });

  it('reads open and settled requests back, and ignores garbage in them', () => {
    const log = applyOps(undefined, 1, [open('1', '2')], 0);
    settleOrphans(log);
    applyOps(log, 1, [open('3')], 0);
    const revived = reviveTabLog(JSON.parse(JSON.stringify(log)), 1, 0);
    expect(revived?.open).toEqual(['3']);
    expect(revived?.settled).toEqual(['1', '2']);
    expect(reviveTabLog({ entries: [], open: ['a', 7, null], settled: 'x' }, 1, 0)).toMatchObject({
      open: ['a'],
    });
    expect(reviveTabLog({ entries: [], settled: 'x' }, 1, 0)).not.toHaveProperty('settled');
  });

  it('a trimmed copy (storage full) keeps the open requests, so a restart still counts them', () => {
    const log = applyOps(undefined, 1, [open('1', '2'), ended(1)], 0);
    const copy = reviveTabLog(JSON.parse(JSON.stringify(trimmedCopy(log, 0))), 1, 0)!;
    settleOrphans(copy);
    expect(statsOf(copy, 0)).toMatchObject({ total: 2, dropped: 2 });
    addsUp(copy);
  });
});
