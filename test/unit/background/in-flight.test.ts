import { describe, expect, it } from 'vitest';
import chromeLogin from '@/test/fixtures/webrequest/chrome-session-login.json';
import firefoxRefresh from '@/test/fixtures/webrequest/firefox-bearer-refresh.json';
import { InFlightRequests, type RequestDetails } from '@/lib/background/in-flight';
import { tokenFormFields } from '@/lib/engine/har/har-form-fields';
import type { CapturedRequest } from '@/lib/engine/model/snapshot';
import { replay, type RecordedEvent } from './replay';

const appended = (ops: ReturnType<typeof replay>['ops']): CapturedRequest[] =>
  ops.flatMap((op) => (op.change.op === 'append' ? [op.change.entry] : []));

function request(overrides: Partial<RequestDetails> = {}): RequestDetails {
  return {
    requestId: '1',
    url: 'https://app.example.com/api',
    method: 'GET',
    type: 'xmlhttprequest',
    tabId: 1,
    timeStamp: 1000,
    ...overrides,
  };
}

/**
 * A top-level navigation through an SSO redirect (with its Set-Cookie) to `target`, whose start
 * the tracker has seen; returns the first hop's details for the calls that follow.
 */
function startSsoRedirect(tracker: InFlightRequests, target: string): RequestDetails {
  const hop = request({ type: 'main_frame', url: 'https://sso.example.org/authorize' });
  tracker.start(hop);
  tracker.redirect({
    ...hop,
    statusCode: 302,
    redirectUrl: target,
    responseHeaders: [{ name: 'Set-Cookie', value: 'sso=1' }],
  });
  tracker.start({ ...hop, url: target });
  return hop;
}

describe('capture of a Chrome session login', () => {
  const { ops, tracker } = replay(chromeLogin.events as RecordedEvent[]);

  it('switches the log to the site once the final page answers, then adds both hops', () => {
    expect(ops.map((op) => op.change.op)).toEqual(['navigate', 'append', 'append', 'count']);
    expect(ops[0]?.change).toMatchObject({ op: 'navigate', url: 'https://app.example.com/' });
  });

  it('keeps the Set-Cookie of the login redirect and the Cookie of the next page', () => {
    const [login, home] = appended(ops);
    expect(login).toMatchObject({ id: '101', method: 'POST', status: 302 });
    expect(login?.responseHeaders).toEqual([
      { name: 'Set-Cookie', value: 'JSESSIONID=abc123; Path=/; HttpOnly; Secure; SameSite=Lax' },
    ]);
    expect(home).toMatchObject({ id: '101.1', url: 'https://app.example.com/', status: 200 });
    expect(home?.requestHeaders).toEqual([{ name: 'Cookie', value: 'JSESSIONID=abc123' }]);
  });

  it('security: never keeps the password of a login form; other headers stay apart from credentials', () => {
    const json = JSON.stringify(ops);
    expect(json).not.toContain('hunter2');
    const credentialLists = JSON.stringify(
      appended(ops).map((e) => [e.requestHeaders, e.responseHeaders]),
    );
    expect(credentialLists).not.toContain('User-Agent');
    expect(credentialLists).not.toContain('Content-Type');
  });

  it('counts the image without credentials and keeps nothing in flight afterwards', () => {
    expect(ops.at(-1)).toMatchObject({ tabId: 7, change: { op: 'count' } });
    expect(tracker.size).toBe(0);
  });
});

describe('capture of a Firefox bearer app', () => {
  const { ops, tracker } = replay(firefoxRefresh.events as RecordedEvent[]);
  const entries = appended(ops);

  it('keeps the Bearer header and takes the initiator from originUrl', () => {
    expect(entries[0]?.requestHeaders).toEqual([
      { name: 'Authorization', value: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJraW0ifQ.c2ln' },
    ]);
    expect(entries[0]?.initiator).toBe('https://app.example.com');
    expect(entries[0]?.type).toBe('xmlhttprequest');
  });

  it('keeps the refresh form fields and splits the Set-Cookie lines Firefox joins', () => {
    expect(entries[1]?.formFields).toEqual({ grant_type: ['refresh_token'], client_id: ['spa'] });
    expect(entries[1]?.responseHeaders.map((h) => h.value)).toEqual([
      'refresh_token=r2; Path=/auth; HttpOnly; Secure',
      'access=a2; Path=/; Secure',
    ]);
  });

  it('ignores requests outside tabs (service workers, tabId -1)', () => {
    expect(ops.every((op) => op.tabId === 3)).toBe(true);
    expect(entries).toHaveLength(2);
    expect(tracker.size).toBe(0);
  });
});

describe('InFlightRequests', () => {
  it('records a request whose only credential is a token in its URL', () => {
    const tracker = new InFlightRequests();
    tracker.start(request({ url: 'https://app.example.com/cb?code=xyz&state=1' }));
    const ops = tracker.complete(request({ statusCode: 200 }));
    expect(ops[0]?.change).toMatchObject({
      op: 'append',
      entry: { url: 'https://app.example.com/cb?code=xyz&state=1' },
    });
  });

  it('records an error on a failed credential request and forgets it', () => {
    const tracker = new InFlightRequests();
    tracker.start(request());
    tracker.headers(request({ requestHeaders: [{ name: 'X-Api-Key', value: 'k' }] }));
    const ops = tracker.fail(request({ error: 'net::ERR_CONNECTION_REFUSED' }));
    expect(ops[0]?.change).toMatchObject({
      op: 'append',
      entry: { error: 'net::ERR_CONNECTION_REFUSED' },
    });
    expect(tracker.size).toBe(0);
  });

  it('counts a request whose start it never saw (the worker restarted mid-flight) as dropped', () => {
    const tracker = new InFlightRequests();
    expect(tracker.complete(request({ requestId: 'unknown' }))).toEqual([
      { tabId: 1, change: { op: 'lost', rid: 'unknown' } },
    ]);
    expect(tracker.fail(request({ requestId: 'other', tabId: -1 }))).toEqual([]);
  });

  it('keeps what the response of such a request says (a Set-Cookie arriving after a restart)', () => {
    const tracker = new InFlightRequests();
    const [op] = tracker.complete(
      request({
        requestId: 'late',
        statusCode: 200,
        responseHeaders: [{ name: 'Set-Cookie', value: 'sid=abc; HttpOnly' }],
      }),
    );
    expect(op?.change).toMatchObject({
      op: 'append',
      entry: {
        id: 'late',
        status: 200,
        requestHeaders: [],
        responseHeaders: [{ name: 'Set-Cookie', value: 'sid=abc; HttpOnly' }],
      },
    });
  });

  it('a failed top-level redirect chain still shows its hops, in the current log', () => {
    const tracker = new InFlightRequests();
    const hop = startSsoRedirect(tracker, 'https://app.example.com/cb');
    const ops = tracker.fail({
      ...hop,
      url: 'https://app.example.com/cb',
      error: 'net::ERR_ABORTED',
    });
    expect(ops.map((op) => op.change.op)).toEqual(['append', 'count']);
    expect(tracker.size).toBe(0);
  });

  it('reads a JSON body when its path names a token endpoint, not its host, as a HAR import does', () => {
    const body = '{"refresh_token":"r2"}';
    const captured = (url: string) => {
      const tracker = new InFlightRequests();
      const details = request({
        url,
        method: 'POST',
        requestBody: { raw: [{ bytes: new TextEncoder().encode(body).buffer }] },
      });
      tracker.start(details);
      const [op] = tracker.complete({ ...details, statusCode: 200 });
      return op && 'entry' in op.change ? op.change.entry?.formFields : undefined;
    };
    const imported = (url: string) =>
      tokenFormFields({ mimeType: 'application/json', text: body }, url);
    expect(captured('https://api.example.com/oauth/token')).toEqual({ refresh_token: ['r2'] });
    expect(captured('https://auth.example.com/api/profile')).toBeUndefined();
    for (const url of [
      'https://api.example.com/oauth/token',
      'https://auth.example.com/api/profile',
    ])
      expect(captured(url)).toEqual(imported(url));
  });

  it('stays bounded when requests never finish', () => {
    const tracker = new InFlightRequests();
    for (let i = 0; i < 10_000; i += 1) tracker.start(request({ requestId: String(i) }));
    expect(tracker.size).toBeLessThanOrEqual(4096);
  });

  it('never throws on hostile input', () => {
    const tracker = new InFlightRequests();
    const hostile = request({
      url: 'not a url',
      requestBody: { raw: [{ bytes: new Uint8Array([0xff, 0xfe]).buffer }] },
      requestHeaders: [{ name: '__proto__', value: '<script>' }, { name: 'Cookie' }, null as never],
    });
    expect(() => {
      tracker.start(hostile);
      tracker.headers(hostile);
      tracker.complete({
        ...hostile,
        responseHeaders: [{ name: 'Set-Cookie', binaryValue: [97, 61, 98] }],
      });
    }).not.toThrow();
  });
});

describe('requests in flight across a worker stop', () => {
  it('each start opens its request and its end closes it, by requestId', () => {
    const tracker = new InFlightRequests();
    expect(tracker.start(request({ requestId: '7' }))).toEqual([
      { tabId: 1, change: { op: 'open', ids: ['7'] } },
    ]);
    expect(tracker.complete(request({ requestId: '7' }))).toMatchObject([
      { tabId: 1, change: { op: 'count', rid: '7', entry: { id: '7', plain: true } } },
    ]);
    expect(tracker.start(request({ requestId: '8', tabId: -1 }))).toEqual([]);
  });

  it('a top-level redirect chain stays open until its last hop ends, not when its hops show', () => {
    const tracker = new InFlightRequests();
    const hop = startSsoRedirect(tracker, 'https://app.example.com/');
    const shown = tracker.navigationResponse({ ...hop, url: 'https://app.example.com/' });
    expect(shown.map((op) => op.change.op)).toEqual(['navigate', 'append']);
    expect(shown.some((op) => 'rid' in op.change)).toBe(false);
    const [end] = tracker.complete({ ...hop, url: 'https://app.example.com/', statusCode: 200 });
    expect(end?.change).toMatchObject({ rid: '1' });
  });

  it('the end arriving before the start (events queued for a new worker) is counted once', () => {
    const tracker = new InFlightRequests();
    const ops = [
      ...tracker.complete(request({ requestId: '9', statusCode: 200 })),
      ...tracker.start(request({ requestId: '9' })),
    ];
    tracker.headers(
      request({ requestId: '9', requestHeaders: [{ name: 'Cookie', value: 's=1' }] }),
    );
    expect(ops).toEqual([{ tabId: 1, change: { op: 'lost', rid: '9' } }]);
    // Not left in flight, where a later stop would count it a second time.
    expect(tracker.size).toBe(0);
  });

  it('request headers arriving before the start still mark the request as a credential one', () => {
    const tracker = new InFlightRequests();
    tracker.headers(
      request({ requestId: '4', requestHeaders: [{ name: 'Cookie', value: 's=1' }] }),
    );
    tracker.start(request({ requestId: '4' }));
    const [op] = tracker.complete(request({ requestId: '4', statusCode: 200 }));
    expect(op?.change).toMatchObject({
      op: 'append',
      entry: { requestHeaders: [{ name: 'Cookie', value: 's=1' }] },
    });
  });

  it('stays bounded when out-of-order events never find their pair', () => {
    const tracker = new InFlightRequests();
    for (let i = 0; i < 5000; i += 1) {
      const id = String(i);
      tracker.headers(request({ requestId: id, requestHeaders: [{ name: 'Cookie', value: 'x' }] }));
      tracker.complete(request({ requestId: `e${id}` }));
    }
    // The oldest were forgotten: a late start of request 0 is tracked with no headers.
    tracker.start(request({ requestId: '0' }));
    expect(tracker.complete(request({ requestId: '0' }))[0]?.change.op).toBe('count');
    // The newest were not.
    tracker.start(request({ requestId: '4999' }));
    expect(tracker.complete(request({ requestId: '4999' }))[0]?.change.op).toBe('append');
  });
});
