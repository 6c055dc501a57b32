/**
 * A password typed in the address (`http://alice:s3cret@host/`) never reaches storage.session: the
 * browser reports such URLs as typed through every path capture listens to (the tab's new URL,
 * the navigation's own request, a response whose start was never seen, a redirect's Location).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { InFlightRequests, type RequestDetails, type TabOp } from '@/lib/background/in-flight';
import { tabUrlOps } from '@/lib/background/tab-url-ops';
import { startStore } from './start-store';

const SECRET = 's3cret';
const TYPED = `http://alice:${SECRET}@intranet.localhost:8080/`;
const SHOWN = 'http://alice@intranet.localhost:8080/';

let nextId = 0;
function details(overrides: Partial<RequestDetails> = {}): RequestDetails {
  return {
    requestId: String((nextId += 1)),
    url: TYPED,
    method: 'GET',
    type: 'main_frame',
    tabId: 4,
    frameId: 0,
    timeStamp: 1000,
    ...overrides,
  };
}

/** The URL of each `navigate` and `append` among the ops. */
const urlsOf = (ops: readonly TabOp[]) =>
  ops.flatMap(({ change }) =>
    change.op === 'navigate' ? [change.url] : change.op === 'append' ? [change.entry.url] : [],
  );

beforeEach(() => {
  fakeBrowser.reset();
});

describe('security: a password typed in the address stays out of the capture log', () => {
  it('the tab’s new URL (tabs.onUpdated), and a token in its fragment', () => {
    expect(urlsOf(tabUrlOps(4, TYPED, 10))).toEqual([SHOWN]);
    const withToken = tabUrlOps(4, `${TYPED}#access_token=abc.def.ghi&token_type=bearer`, 10);
    expect(urlsOf(withToken)).toEqual([
      `${SHOWN}#access_token=abc.def.ghi&token_type=bearer`,
      `${SHOWN}#access_token=abc.def.ghi&token_type=bearer`,
    ]);
    expect(JSON.stringify(withToken)).not.toContain(SECRET);
  });

  it('the navigation’s own main-frame response, seen from its start or only at its end', () => {
    const tracker = new InFlightRequests();
    const seen = details();
    tracker.start(seen);
    const fromStart = tracker.navigationResponse({ ...seen, statusCode: 200 });
    const endOnly = tracker.navigationResponse(details({ statusCode: 200 }));
    expect(urlsOf([...fromStart, ...endOnly])).toEqual([SHOWN, SHOWN]);
  });

  it('a request whose start came before capture listened, kept for what its response says', () => {
    const tracker = new InFlightRequests();
    const ops = tracker.complete(
      details({
        url: `${TYPED}login`,
        type: 'xmlhttprequest',
        statusCode: 200,
        responseHeaders: [{ name: 'Set-Cookie', value: 'sid=1; HttpOnly' }],
      }),
    );
    expect(urlsOf(ops)).toEqual([`${SHOWN}login`]);
  });

  it('a redirect whose Location carries a token and a password', () => {
    const tracker = new InFlightRequests();
    const hop = details({ url: 'https://idp.example/authorize', type: 'sub_frame', frameId: 3 });
    tracker.start(hop);
    const location = `${TYPED}callback?code=abcdefghijklmnop1234&state=xyz`;
    const ops = tracker.redirect({
      ...hop,
      statusCode: 302,
      redirectUrl: location,
      responseHeaders: [{ name: 'Location', value: location }],
    });
    const [change] = ops.map((op) => op.change);
    expect(change?.op === 'append' && change.entry.responseHeaders).toEqual([
      { name: 'Location', value: `${SHOWN}callback?code=abcdefghijklmnop1234&state=xyz` },
    ]);
  });

  it('storage.session, journal and log, after a whole visit holds no password', async () => {
    const store = await startStore({ flushDelayMs: 60_000 });
    const tracker = new InFlightRequests();
    const page = details();
    const api = details({
      url: `${TYPED}api/me`,
      type: 'xmlhttprequest',
      initiator: 'http://intranet.localhost:8080',
    });
    store.enqueue(tracker.start(page));
    store.enqueue(tracker.navigationResponse({ ...page, statusCode: 200 }));
    store.enqueue(tabUrlOps(4, TYPED, 1001));
    store.enqueue(tracker.complete({ ...page, statusCode: 200 }));
    store.enqueue(tracker.start(api));
    tracker.headers({ ...api, requestHeaders: [{ name: 'Cookie', value: 'sid=1' }] });
    // The journal is written at once, before any batch.
    await new Promise((resolve) => setTimeout(resolve, 0));
    store.enqueue(tracker.complete({ ...api, statusCode: 200 }));
    const journal = JSON.stringify(await fakeBrowser.storage.session.get(null));
    expect(journal).toContain('tokki.journal.');
    expect(journal).toContain(SHOWN);
    const log = await store.read(4);
    expect(log?.url).toBe(SHOWN);
    expect(log?.entries.map((e) => e.url)).toEqual([`${SHOWN}api/me`]);
    const stored = JSON.stringify(await fakeBrowser.storage.session.get(null));
    expect(stored).toContain(`${SHOWN}api/me`);
    expect(journal + stored).not.toContain(SECRET);
  });
});
