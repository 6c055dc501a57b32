/**
 * A service worker stopped while requests are in flight (issue 9, point 8): their starts are
 * journaled, so the next worker counts those whose end never reaches it as dropped, exactly
 * once, whether their end then arrives, arrives first, or never comes.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CaptureStore, type CaptureStoreOptions } from '@/lib/background/capture-store';
import { InFlightRequests, type RequestDetails } from '@/lib/background/in-flight';
import { statsOf, type LogOp, type TabLog } from '@/lib/background/tab-log';
import { startStore } from './start-store';

// A tab of its own per test: timers of workers from earlier tests may still fire.
let TAB = 100;

function request(requestId: string, overrides: Partial<RequestDetails> = {}): RequestDetails {
  return {
    requestId,
    url: `https://app.example.com/api/${requestId}`,
    method: 'GET',
    type: 'xmlhttprequest',
    tabId: TAB,
    timeStamp: 1000,
    ...overrides,
  };
}

const withCookie = (requestId: string) =>
  request(requestId, { requestHeaders: [{ name: 'Cookie', value: 'sid=1' }] });

/** One service worker: the webRequest tracker feeding the store, as the background wires them. */
class Worker {
  readonly tracker = new InFlightRequests();
  constructor(readonly store: CaptureStore) {}
  start(requestId: string): void {
    this.store.enqueue(this.tracker.start(request(requestId)));
    this.tracker.headers(withCookie(requestId));
  }
  complete(requestId: string, overrides: Partial<RequestDetails> = {}): void {
    this.store.enqueue(
      this.tracker.complete(request(requestId, { statusCode: 200, ...overrides })),
    );
  }
  async stats(tabId = TAB) {
    return statsOf(await this.store.read(tabId), 0);
  }
}

async function startWorker(options?: CaptureStoreOptions) {
  return new Worker(await startStore(options));
}

/**
 * A worker that is about to be stopped: its timers would fire only after a minute, so nothing
 * it has not written by the time the test stops using it ever reaches storage.
 */
const doomedWorker = () => startWorker({ flushDelayMs: 60_000 });

/** Lets fire-and-forget journal writes land (and short timers fire). */
const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The next worker after one stopped with request 1 in flight. The old worker is stopped before
 * any timer of its own could fire: its journal has the start only if it was written at once.
 */
async function afterStopWithOneInFlight() {
  const old = await doomedWorker();
  old.start('1');
  await settle();
  return startWorker();
}

const sessionKeys = async () => Object.keys(await fakeBrowser.storage.session.get(null));

/**
 * The popup's promise: every credential request is an entry, a counted drop, or (its start came
 * before any worker of this log heard of it) counted as seen only in part.
 */
const addsUp = (log: TabLog | undefined) =>
  expect((log?.entries.length ?? 0) + (log?.dropped ?? 0) + (log?.seenPartly ?? 0)).toBe(
    (log?.total ?? 0) - (log?.withoutCredentials ?? 0),
  );

beforeEach(() => {
  fakeBrowser.reset();
  TAB += 1;
});

describe('a worker stopped with requests in flight', () => {
  it('the next worker counts a request whose end never reaches it as dropped', async () => {
    const old = await doomedWorker();
    old.start('1');
    old.start('2');
    old.complete('1');
    await settle();
    // Stopped here: request 2 is in flight, and its end went to the stopped worker.
    const next = await startWorker();
    expect(await next.stats()).toMatchObject({ total: 2, dropped: 1 });
    expect((await next.store.read(TAB))?.entries.map((e) => e.id)).toEqual(['1']);
    addsUp(await next.store.read(TAB));
  });

  it('counts a request that started the moment before the stop and never ended', async () => {
    const next = await afterStopWithOneInFlight();
    expect(await next.stats()).toMatchObject({ total: 1, dropped: 1 });
    addsUp(await next.store.read(TAB));
  });

  it('counts it once when its end then reaches the next worker, after the count', async () => {
    const next = await afterStopWithOneInFlight();
    expect(await next.stats()).toMatchObject({ total: 1, dropped: 1 });
    next.complete('1');
    expect(await next.stats()).toMatchObject({ total: 1, dropped: 1 });
  });

  it('counts it once when its end reaches the next worker before it read the journal', async () => {
    const next = await afterStopWithOneInFlight();
    next.complete('1');
    expect(await next.stats()).toMatchObject({ total: 1, dropped: 1 });
  });

  it('keeps what such a late end says (a Set-Cookie) in place of the drop', async () => {
    const next = await afterStopWithOneInFlight();
    expect(await next.stats()).toMatchObject({ total: 1, dropped: 1 });
    next.complete('1', { responseHeaders: [{ name: 'Set-Cookie', value: 'sid=2; HttpOnly' }] });
    expect(await next.stats()).toMatchObject({ total: 1, dropped: 0 });
    expect((await next.store.read(TAB))?.entries.map((e) => e.id)).toEqual(['1']);
  });

  it('counts nothing for a request that ended before the stop, journaled but not yet batched', async () => {
    const old = await doomedWorker();
    old.start('1');
    await settle();
    old.complete('1');
    await settle();
    const next = await startWorker();
    expect(await next.stats()).toMatchObject({ total: 1, dropped: 0 });
  });

  it('counts nothing for a request open in a written batch whose end the journal holds', async () => {
    const old = await doomedWorker();
    old.start('1');
    old.start('2');
    old.complete('2');
    await old.store.flush();
    expect((await old.store.read(TAB))?.open).toEqual(['1']);
    old.complete('1');
    await settle();
    const next = await startWorker();
    expect(await next.stats()).toMatchObject({ total: 2, dropped: 0 });
  });

  it('two stops in a row still count each request once', async () => {
    const first = await doomedWorker();
    first.start('1');
    first.start('2');
    await settle();
    // The second worker counts them, hears of request 1's end, and is stopped before a batch.
    const second = await doomedWorker();
    expect(await second.stats()).toMatchObject({ total: 2, dropped: 2 });
    second.complete('1', { responseHeaders: [{ name: 'Set-Cookie', value: 'sid=2' }] });
    second.start('3');
    await settle();
    const third = await startWorker();
    expect(await third.stats()).toMatchObject({ total: 3, dropped: 2 });
    expect((await third.store.read(TAB))?.entries.map((e) => e.id)).toEqual(['1']);
    // Once a batch is written, a fourth worker reads the same.
    await third.store.flush();
    expect(await (await startWorker()).stats()).toMatchObject({ total: 3, dropped: 2 });
  });

  it('a stop after a batch with the count in it does not count again', async () => {
    const second = await afterStopWithOneInFlight();
    expect(await second.stats()).toMatchObject({ total: 1, dropped: 1 });
    await second.store.flush();
    const third = await startWorker();
    third.complete('1');
    expect(await third.stats()).toMatchObject({ total: 1, dropped: 1 });
  });
});

describe('the cost on the hot path', () => {
  it('journals a start in a small write of its own, its end in the next, and nothing more', async () => {
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    // This test's writes only: timers of workers from earlier tests may still fire.
    // Journal keys hold their changes as JSON text.
    const writes = () =>
      (set.mock.calls as unknown as [Record<string, string>][])
        .map(([items]) =>
          Object.entries(items)
            .filter(([key]) => key.includes(`.${TAB}.`))
            .map(([key, text]) => [key, JSON.parse(text) as LogOp[]] as const),
        )
        .filter((items) => items.length > 0);
    const worker = await doomedWorker();
    worker.start('1');
    expect(writes().map((w) => w.map(([, ops]) => ops))).toEqual([[[{ op: 'open', ids: ['1'] }]]]);
    worker.complete('1');
    expect(writes()).toHaveLength(2);
    expect(writes()[1]?.[0]?.[1]?.map((op) => op.op)).toEqual(['append']);
  });

  it('starts alone ask for no batch and tell no one', async () => {
    const onFlushed = vi.fn();
    const worker = await startWorker({ flushDelayMs: 5, onFlushed });
    worker.start('1');
    await settle(40);
    expect(await sessionKeys()).not.toContain(`tokki.capture.${TAB}`);
    expect(onFlushed).not.toHaveBeenCalled();
  });
});

describe('tabs closed and storage full', () => {
  it('a tab closed with requests in flight leaves nothing behind, and nothing is counted later', async () => {
    const worker = await doomedWorker();
    worker.start('1');
    await settle();
    worker.start('2');
    await worker.store.remove(TAB);
    await settle();
    expect((await sessionKeys()).filter((k) => k.includes(`.${TAB}`))).toEqual([]);
    const next = await startWorker();
    expect(await next.store.read(TAB)).toBeUndefined();
  });

  it('a tab closed while the worker was stopped: its journaled starts are freed with it', async () => {
    const next = await afterStopWithOneInFlight();
    await next.store.prune(new Set());
    expect((await sessionKeys()).filter((k) => k.includes(`.${TAB}`))).toEqual([]);
    expect(await next.store.read(TAB)).toBeUndefined();
  });

  it('a refused journal write is not a silent loss: the smaller log written instead counts it', async () => {
    const area = fakeBrowser.storage.session;
    const set = area.set.bind(area);
    // Journal writes are refused, and so is any log with more than a few entries.
    vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (Object.keys(items).some((k) => k.startsWith('tokki.journal.'))) throw new Error('quota');
      if (JSON.stringify(items).length > 3000) throw new Error('quota');
      return set(items);
    });
    const old = await doomedWorker();
    for (let i = 0; i < 20; i += 1) {
      old.start(String(i));
      old.complete(String(i));
    }
    old.start('in-flight');
    await settle();
    await old.store.flush();
    const log = await (await startWorker()).store.read(TAB);
    expect(log?.quotaExceeded).toBe(true);
    expect(log?.total).toBe(21);
    expect(log?.entries.length).toBeLessThan(20);
    addsUp(log);
  });
});

describe('any order of events, stops and losses', () => {
  type Step = 'start' | 'headers' | 'end';
  type Fate = 'deliver' | 'defer' | 'lose';
  const STEPS: Step[] = ['start', 'headers', 'end'];

  const scenario = fc.integer({ min: 1, max: 6 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      /** Sort keys that interleave the requests' events (each request's own stay in order). */
      keys: fc.array(fc.nat(1000), { minLength: 3 * n, maxLength: 3 * n }),
      fates: fc.array(fc.constantFrom<Fate>('deliver', 'deliver', 'deliver', 'defer', 'lose'), {
        minLength: 3 * n,
        maxLength: 3 * n,
      }),
      /** Before which event a worker is stopped, or a batch written. */
      stops: fc.uniqueArray(fc.nat(3 * n), { maxLength: 3 }),
      batches: fc.uniqueArray(fc.nat(3 * n), { maxLength: 2 }),
    }),
  );

  it('every request any worker heard of is counted exactly once, and what adds up still does', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ n, keys, fates, stops, batches }) => {
        fakeBrowser.reset();
        TAB += 1;
        // Dispatch order: events sorted by key, then each request's three put back in order.
        const slots = keys.map((key, i) => ({ key, i })).sort((a, b) => a.key - b.key || a.i - b.i);
        const order: { r: number; step: Step }[] = [];
        const seen = new Array<number>(n).fill(0);
        for (const { i } of slots) {
          const r = i % n;
          order.push({ r, step: STEPS[seen[r]!]! });
          seen[r]! += 1;
        }
        const apply = (worker: Worker, r: number, step: Step) => {
          const id = String(r);
          if (step === 'start') worker.store.enqueue(worker.tracker.start(request(id)));
          else if (step === 'headers') worker.tracker.headers(withCookie(id));
          else worker.complete(id);
        };
        const heard = new Set<number>();
        // A request with an event deferred to the next worker has none delivered to this one after.
        let deferredTo = new Set<number>();
        let deferred: { r: number; step: Step }[] = [];
        const lastStop = Math.max(-1, ...stops);
        let worker = await startWorker({ flushDelayMs: 60_000 });
        for (let p = 0; p < order.length; p += 1) {
          if (stops.includes(p)) {
            // Its journal writes land: each left the worker when the change was made.
            await settle();
            worker = await startWorker({ flushDelayMs: 60_000 });
            // Events Chrome queued meanwhile arrive first, and out of order.
            for (const { r, step } of deferred.reverse()) {
              apply(worker, r, step);
              if (step !== 'headers') heard.add(r);
            }
            deferred = [];
            deferredTo = new Set();
          }
          if (batches.includes(p)) await worker.store.flush();
          const { r, step } = order[p]!;
          let fate = fates[p]!;
          if (fate === 'defer' && p > lastStop) fate = 'lose';
          if (fate === 'deliver' && deferredTo.has(r)) fate = 'defer';
          if (fate === 'lose') continue;
          if (fate === 'defer') {
            deferred.push({ r, step });
            deferredTo.add(r);
            continue;
          }
          apply(worker, r, step);
          if (step !== 'headers') heard.add(r);
        }
        await settle();
        const log = await (await startWorker()).store.read(TAB);
        expect(log?.total ?? 0).toBe(heard.size);
        addsUp(log);
        const ids = log?.entries.map((e) => e.id) ?? [];
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
