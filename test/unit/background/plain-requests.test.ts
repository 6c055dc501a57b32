/** Every request of the site is listed: those without credentials too, bounded and lossless. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { assembleSnapshot } from '@/lib/background/assemble-snapshot';
import { MAX_OTHER_HEADERS, MAX_OTHER_HEADER_VALUE } from '@/lib/background/constants';
import { pickOtherHeaders } from '@/lib/background/credential-headers';
import { InFlightRequests, type RequestDetails } from '@/lib/background/in-flight';
import { applyOps, reviveTabLog, statsOf, trimmedCopy, type LogOp } from '@/lib/background/tab-log';
import type { CapturedRequest } from '@/lib/engine/model/snapshot';
import { startStore } from './start-store';

function details(overrides: Partial<RequestDetails> = {}): RequestDetails {
  return {
    requestId: '1',
    url: 'https://app.example.com/api/items',
    method: 'GET',
    type: 'xmlhttprequest',
    tabId: 1,
    frameId: 0,
    initiator: 'https://app.example.com',
    timeStamp: 1000.25,
    ...overrides,
  };
}

const browserHeaders = [
  { name: 'Accept', value: 'application/json' },
  { name: 'User-Agent', value: 'Chrome' },
  { name: 'Content-Type', value: 'application/json' },
];

/** One request from start to end through the tracker; returns the ops of its end. */
function run(tracker: InFlightRequests, d: RequestDetails, end: Partial<RequestDetails> = {}) {
  tracker.start(d);
  tracker.headers({ ...d, timeStamp: d.timeStamp + 1.5, requestHeaders: browserHeaders });
  tracker.responded({ ...d, timeStamp: d.timeStamp + 30 });
  return tracker.complete({
    ...d,
    timeStamp: d.timeStamp + 42.75,
    statusCode: 200,
    responseHeaders: [
      { name: 'Content-Type', value: 'application/json' },
      { name: 'Server', value: 'demo' },
    ],
    ...end,
  });
}

const plainEntry = (id: number, extra: Partial<CapturedRequest> = {}): CapturedRequest => ({
  id: String(id),
  url: `https://app.example.com/asset/${id}`,
  method: 'GET',
  type: 'image',
  frameId: 0,
  initiator: 'https://app.example.com',
  time: 1000 + id,
  requestHeaders: [],
  responseHeaders: [],
  plain: true,
  ...extra,
});

const plainOp = (id: number, extra: Partial<CapturedRequest> = {}): LogOp => ({
  op: 'count',
  rid: String(id),
  entry: plainEntry(id, extra),
});

describe('capture of a request without credentials', () => {
  it('lists it as plain, with a few headers and its timing in ms after the start', () => {
    const [op] = run(new InFlightRequests(), details());
    expect(op?.change).toMatchObject({ op: 'count', rid: '1' });
    const entry = op?.change.op === 'count' ? op.change.entry : undefined;
    expect(entry).toMatchObject({
      id: '1',
      method: 'GET',
      status: 200,
      plain: true,
      initiator: 'https://app.example.com',
      time: 1000,
      timing: { sent: 1.5, response: 30, end: 42.8 },
      otherRequestHeaders: [
        { name: 'Accept', value: 'application/json' },
        { name: 'Content-Type', value: 'application/json' },
      ],
      otherResponseHeaders: [{ name: 'Content-Type', value: 'application/json' }],
    });
    // Only a small set for the bulk of a page: no User-Agent, no Server.
    expect(JSON.stringify(entry)).not.toMatch(/User-Agent|Server/);
  });

  it('keeps every header of a token endpoint that carried no credential (the issuing POST /login)', () => {
    const [op] = run(
      new InFlightRequests(),
      details({ url: 'https://app.example.com/login', method: 'POST' }),
    );
    const entry = op?.change.op === 'count' ? op.change.entry : undefined;
    expect(entry?.plain).toBe(true);
    expect(entry?.otherRequestHeaders?.map((h) => h.name)).toEqual([
      'Accept',
      'User-Agent',
      'Content-Type',
    ]);
    expect(entry?.otherResponseHeaders?.map((h) => h.name)).toEqual(['Content-Type', 'Server']);
  });

  it('security: a credential request keeps its credentials apart from the other headers', () => {
    const tracker = new InFlightRequests();
    const d = details();
    tracker.start(d);
    tracker.headers({
      ...d,
      requestHeaders: [{ name: 'Authorization', value: 'Bearer abc.def.ghi' }, ...browserHeaders],
    });
    const [op] = tracker.complete({
      ...d,
      statusCode: 200,
      responseHeaders: [
        { name: 'Set-Cookie', value: 'sid=1' },
        { name: 'Server', value: 'demo' },
      ],
    });
    const entry = op?.change.op === 'append' ? op.change.entry : undefined;
    expect(entry?.plain).toBeUndefined();
    expect(entry?.requestHeaders).toEqual([{ name: 'Authorization', value: 'Bearer abc.def.ghi' }]);
    expect(entry?.otherRequestHeaders?.map((h) => h.name)).toEqual([
      'Accept',
      'User-Agent',
      'Content-Type',
    ]);
    expect(entry?.responseHeaders).toEqual([{ name: 'Set-Cookie', value: 'sid=1' }]);
    expect(entry?.otherResponseHeaders).toEqual([{ name: 'Server', value: 'demo' }]);
  });

  it('an API call that only carries a credential keeps a few other headers, as the bulk does', () => {
    const tracker = new InFlightRequests();
    // The host's name says nothing of the endpoint: only its path does.
    const d = details({ url: 'https://session.example.com/me?n=1' });
    tracker.start(d);
    tracker.headers({
      ...d,
      requestHeaders: [{ name: 'Cookie', value: 'sid=1' }, ...browserHeaders],
    });
    const [op] = tracker.complete({ ...d, statusCode: 200, responseHeaders: [] });
    const entry = op?.change.op === 'append' ? op.change.entry : undefined;
    expect(entry?.requestHeaders).toEqual([{ name: 'Cookie', value: 'sid=1' }]);
    expect(entry?.otherRequestHeaders?.map((h) => h.name)).toEqual(['Accept', 'Content-Type']);
  });

  it('caps the other headers in number and size, and strips a password from Location', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ name: `X-H${i}`, value: 'v' }));
    expect(pickOtherHeaders(many, () => false)).toHaveLength(MAX_OTHER_HEADERS);
    const [long] = pickOtherHeaders([{ name: 'X-Long', value: 'a'.repeat(5000) }], () => false);
    expect(long?.value.length).toBeLessThan(MAX_OTHER_HEADER_VALUE + 20);
    const [location] = pickOtherHeaders(
      [{ name: 'Location', value: 'https://kim:pw@app.example.com/next' }],
      () => false,
    );
    expect(location?.value).not.toContain('pw@');
  });
});

describe('the ring of requests without credentials', () => {
  const limits = { cap: 3, byteBudget: 1_000_000, plainCap: 2 };

  it('keeps the newest up to its own cap, without pushing credential entries out or counting drops', () => {
    const credential: LogOp = {
      op: 'append',
      entry: {
        ...plainEntry(0),
        plain: undefined,
        requestHeaders: [{ name: 'Cookie', value: 'a=1' }],
      },
    };
    const log = applyOps(undefined, 1, [credential, plainOp(1), plainOp(2), plainOp(3)], 0, limits);
    expect(log.entries.map((e) => e.id)).toEqual(['0']);
    expect(log.plain?.entries.map((e) => e.id)).toEqual(['2', '3']);
    expect(statsOf(log, 0)).toMatchObject({ total: 4, withoutCredentials: 3, dropped: 0 });
  });

  it('holds its byte budget, keeping at least the newest', () => {
    const log = applyOps(undefined, 1, [plainOp(1), plainOp(2), plainOp(3)], 0, {
      ...limits,
      plainCap: 100,
      plainByteBudget: 10,
    });
    expect(log.plain?.entries.map((e) => e.id)).toEqual(['3']);
  });

  it('follows the site: a move to another site keeps only the new site’s requests, counted', () => {
    const other = plainOp(2, { initiator: 'https://other.test' });
    const log = applyOps(
      undefined,
      1,
      [
        { op: 'navigate', url: 'https://app.example.com/', time: 0 },
        plainOp(1),
        other,
        { op: 'navigate', url: 'https://other.test/', time: 5 },
      ],
      0,
      limits,
    );
    expect(log.plain?.entries.map((e) => e.id)).toEqual(['2']);
    expect(statsOf(log, 0)).toMatchObject({ total: 1, withoutCredentials: 1 });
  });

  it('survives storage: revived as written, and a trimmed copy lets them go first', () => {
    const log = applyOps(undefined, 1, [plainOp(1), plainOp(2)], 0, limits);
    const revived = reviveTabLog(JSON.parse(JSON.stringify(log)), 1, 0);
    expect(revived?.plain?.entries.map((e) => e.id)).toEqual(['1', '2']);
    expect(revived?.plain?.bytes).toBe(log.plain?.bytes);
    const trimmed = JSON.parse(JSON.stringify(trimmedCopy(log, 0))) as typeof log;
    expect(trimmed.plain).toBeUndefined();
    expect(trimmed.withoutCredentials).toBe(2);
  });

  it('comes after the credential entries in the snapshot', () => {
    const log = applyOps(undefined, 1, [plainOp(1), { op: 'append', entry: plainEntry(9) }], 0);
    const snapshot = assembleSnapshot({
      tab: { url: 'https://app.example.com/' },
      takenAt: 5,
      log,
    });
    expect(snapshot.requests.map((r) => r.id)).toEqual(['9', '1']);
  });
});

describe('lossless across a worker stop', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a new worker replays the listed requests the stopped one had only journaled', async () => {
    const stopped = await startStore({ flushDelayMs: 60_000 });
    stopped.enqueue([
      { tabId: 30, change: { op: 'open', ids: ['1'] } },
      { tabId: 30, change: plainOp(1) },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const log = await (await startStore()).read(30);
    expect(log?.plain?.entries.map((e) => e.id)).toEqual(['1']);
    expect(log).toMatchObject({ total: 1, withoutCredentials: 1, dropped: 0 });
  });
});
