import { describe, expect, it } from 'vitest';
import { pickAuthChallenge } from '@/lib/background/credential-headers';
import { withoutUrlPassword } from '@/lib/engine/analyze/url-password';
import { InFlightRequests, type RequestDetails } from '@/lib/background/in-flight';

const CHALLENGE = { name: 'WWW-Authenticate', value: 'Basic realm="staff", charset="UTF-8"' };

function details(overrides: Partial<RequestDetails> = {}): RequestDetails {
  return {
    requestId: '7',
    url: 'http://alice:wonderland@intranet.localhost:8080/',
    method: 'GET',
    type: 'main_frame',
    tabId: 1,
    timeStamp: 1000,
    ...overrides,
  };
}

describe('pickAuthChallenge', () => {
  it('keeps the challenge of a 401 or 407, nothing else', () => {
    const headers = [{ name: 'Content-Type', value: 'text/plain' }, CHALLENGE];
    expect(pickAuthChallenge(401, headers)).toEqual([CHALLENGE]);
    expect(pickAuthChallenge(407, [{ name: 'Proxy-Authenticate', value: 'Basic' }])).toHaveLength(
      1,
    );
    expect(pickAuthChallenge(200, headers)).toEqual([]);
    expect(pickAuthChallenge(undefined, headers)).toEqual([]);
  });
});

describe('withoutUrlPassword', () => {
  it.each([
    ['http://alice:wonderland@host:8080/a?b=c', 'http://alice@host:8080/a?b=c'],
    ['https://alice@host/', 'https://alice@host/'],
    ['https://host/p?next=a:b@c', 'https://host/p?next=a:b@c'],
    ['https://host:8443/', 'https://host:8443/'],
    ['https://a%40b:p%3Aw@host/', 'https://a%40b@host/'],
    ['not a url', 'not a url'],
  ])('%s → %s', (url, expected) => {
    expect(withoutUrlPassword(url)).toBe(expected);
  });
});

describe('a request the browser signs in with HTTP authentication (Chrome)', () => {
  it('keeps the challenge the browser answered, and the URL without its password', () => {
    const tracker = new InFlightRequests();
    tracker.start(details());
    // Chrome shows the 401, answers it itself and retries the same request, whose credentials
    // it never shows: the final response carries no credential header at all.
    tracker.challenge(details({ statusCode: 401, responseHeaders: [CHALLENGE] }));
    const ops = tracker.complete(details({ statusCode: 200, responseHeaders: [] }));
    expect(ops).toHaveLength(1);
    const change = ops[0]!.change;
    expect(change.op).toBe('append');
    if (change.op !== 'append') return;
    expect(change.entry.status).toBe(200);
    expect(change.entry.responseHeaders).toEqual([CHALLENGE]);
    expect(change.entry.url).toBe('http://alice@intranet.localhost:8080/');
    expect(JSON.stringify(ops)).not.toContain('wonderland');
  });

  it('a challenge left unanswered shows once, as the final 401 has it', () => {
    const tracker = new InFlightRequests();
    tracker.start(details());
    tracker.challenge(details({ statusCode: 401, responseHeaders: [CHALLENGE] }));
    const [op] = tracker.complete(details({ statusCode: 401, responseHeaders: [CHALLENGE] }));
    expect(op?.change.op === 'append' && op.change.entry.responseHeaders).toEqual([CHALLENGE]);
  });

  it('a document without a challenge is only counted, as before', () => {
    const tracker = new InFlightRequests();
    tracker.start(details({ url: 'http://intranet.localhost:8080/' }));
    tracker.challenge(details({ statusCode: 200, responseHeaders: [] }));
    const [op] = tracker.complete(details({ statusCode: 200, responseHeaders: [] }));
    expect(op?.change.op).toBe('count');
  });
});
