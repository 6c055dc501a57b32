/**
 * A tab's log from the first request of a navigation, whatever order the browser reports the
 * navigation (the main-frame response), the page's requests and the tab's new URL (tabs.onUpdated)
 * in: Chrome sends them through separate paths, and a worker that is still starting sees only
 * part of them. Each row replays one order through the tracker and the log, as the background does.
 */
import { describe, expect, it } from 'vitest';
import { InFlightRequests, type RequestDetails, type TabOp } from '@/lib/background/in-flight';
import {
  applyOps,
  missedPageStart,
  requestsNote,
  type LogOp,
  type TabLog,
} from '@/lib/background/tab-log';

const TAB = 7;
const OLD = 'https://old.example.net/';
const PAGE = 'https://app.example.com/';
const API = 'https://api.other-origin.test';

/** One browser event, as the background receives it. */
type Step =
  | { kind: 'tab'; url: string }
  | { kind: 'start' | 'headers' | 'response' | 'complete'; request: RequestDetails };

const tab = (url: string): Step => ({ kind: 'tab', url });

let nextId = 0;
/** The four events of one request with its credential headers, in the order Chrome sends them. */
function request(
  url: string,
  {
    type = 'xmlhttprequest',
    initiator = new URL(PAGE).origin,
    sent = [] as { name: string; value: string }[],
    received = [] as { name: string; value: string }[],
  } = {},
): Step[] {
  nextId += 1;
  const details: RequestDetails = {
    requestId: String(nextId),
    url,
    method: type === 'main_frame' ? 'GET' : 'POST',
    type,
    tabId: TAB,
    frameId: 0,
    timeStamp: 1000 + nextId,
    ...(type === 'main_frame' ? {} : { initiator }),
  };
  const steps: Step[] = [
    { kind: 'start', request: details },
    { kind: 'headers', request: { ...details, requestHeaders: sent } },
  ];
  if (type === 'main_frame') {
    steps.push({ kind: 'response', request: { ...details, statusCode: 200 } });
  }
  steps.push({
    kind: 'complete',
    request: { ...details, statusCode: 200, responseHeaders: received },
  });
  return steps;
}

const bearer = [{ name: 'Authorization', value: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig' }];

/** The page's own document (it sets a cookie) and its script's four login requests. */
function pageLoad(page = PAGE) {
  const document = request(page, {
    type: 'main_frame',
    received: [{ name: 'Set-Cookie', value: 'csrf=1; Path=/' }],
  });
  const scripted = [
    request(`${page}login`, { received: [{ name: 'Set-Cookie', value: 'refresh=r1; HttpOnly' }] }),
    request(`${page}api/me`, { sent: bearer }),
    request(`${page}refresh`, { sent: [{ name: 'Cookie', value: 'refresh=r1' }] }),
    request(`${API}/me`, { sent: bearer }),
  ];
  return { document, scripted: scripted.flat() };
}

/** Runs the steps through one tracker and applies what it says to the tab's log, in order. */
function replay(steps: Step[], log?: TabLog): TabLog {
  const tracker = new InFlightRequests();
  let current = log;
  for (const step of steps) {
    let ops: TabOp[] = [];
    if (step.kind === 'tab') {
      ops = [{ tabId: TAB, change: { op: 'navigate', url: step.url, time: 5000, from: 'tab' } }];
    } else if (step.kind === 'start') ops = tracker.start(step.request);
    else if (step.kind === 'headers') tracker.headers(step.request);
    else if (step.kind === 'response') ops = tracker.navigationResponse(step.request);
    else ops = tracker.complete(step.request);
    current = applyOps(
      current,
      TAB,
      ops.map((op) => op.change),
      6000,
    );
  }
  if (!current) throw new Error('no log');
  return current;
}

/** A log of the old site with two of its requests. */
function oldSiteLog(): TabLog {
  const old: LogOp[] = [
    { op: 'navigate', url: OLD, time: 1, from: 'request' },
    ...['a', 'b'].map((id): LogOp => ({
      op: 'append',
      entry: {
        id: `old-${id}`,
        url: `${OLD}${id}`,
        method: 'GET',
        type: 'xmlhttprequest',
        time: 2,
        frameId: 0,
        initiator: new URL(OLD).origin,
        requestHeaders: [{ name: 'Cookie', value: 'old=1' }],
        responseHeaders: [],
      },
    })),
  ];
  return applyOps(undefined, TAB, old, 2);
}

const paths = (log: TabLog) =>
  log.entries.map((e) => new URL(e.url).pathname + new URL(e.url).host);

describe('a fresh tab that logs in by script at once', () => {
  const { document, scripted } = pageLoad();
  const orders: [string, Step[], TabLog | undefined][] = [
    [
      'navigation, then the requests, then the URL',
      [...document, ...scripted, tab(PAGE)],
      undefined,
    ],
    ['the URL first', [tab(PAGE), ...document, ...scripted], undefined],
    ['from about:blank', [tab('about:blank'), ...document, tab(PAGE), ...scripted], undefined],
    [
      'about:blank reported late',
      [...document, ...scripted, tab('about:blank'), tab(PAGE)],
      undefined,
    ],
    [
      'from the new-tab page',
      [tab('chrome://newtab/'), ...document, ...scripted, tab(PAGE)],
      undefined,
    ],
    ['after another site, URL late', [...document, ...scripted, tab(PAGE)], oldSiteLog()],
    ['after another site, URL first', [tab(PAGE), ...document, ...scripted], oldSiteLog()],
  ];

  it.each(orders)('keeps all five requests and nothing of before: %s', (_name, steps, before) => {
    const log = replay(steps, before);
    expect(log.url).toBe(PAGE);
    expect(log.entries).toHaveLength(5);
    expect(log.entries.every((e) => !e.url.startsWith(OLD))).toBe(true);
    expect(log.dropped).toBe(0);
    expect(log.seenPartly).toBe(0);
    expect(log.total).toBe(5);
    // The page's own request was seen: nothing to warn about.
    expect(missedPageStart(log, PAGE)).toBe(false);
    expect(requestsNote(log, PAGE)).toBeUndefined();
  });
});

describe('a page whose start capture never saw (the worker was still starting)', () => {
  const { scripted } = pageLoad();
  const orders: [string, Step[], TabLog | undefined][] = [
    ['a new tab', [...scripted.slice(6), tab(PAGE)], undefined],
    // The page committed before the worker ran: its new URL is never reported.
    ['a new tab whose URL is never reported', scripted.slice(6), undefined],
    // Listening began while the document was in flight: its response, not its start.
    [
      'a new tab whose document answered after listening began',
      [...pageLoad().document.slice(2), ...scripted.slice(6)],
      undefined,
    ],
    [
      'a new tab from about:blank',
      [tab('about:blank'), ...scripted.slice(6), tab(PAGE)],
      undefined,
    ],
    ['the tab was on another site', [...scripted.slice(6), tab(PAGE)], oldSiteLog()],
  ];

  it.each(orders)(
    'keeps what it saw of the new site and says the start is missing: %s',
    (_n, steps, before) => {
      const log = replay(steps, before);
      // The document's own response, when seen, is kept too (what it says without its start).
      expect(paths(log).filter((p) => p !== '/app.example.com')).toEqual([
        `/refreshapp.example.com`,
        `/meapi.other-origin.test`,
      ]);
      expect(missedPageStart(log, PAGE)).toBe(true);
    },
  );

  /** Only the ends of the document (its response too), the login and the first API call, then the rest. */
  const endsFirst = [
    ...pageLoad().document.slice(2),
    scripted[2]!,
    scripted[5]!,
    ...scripted.slice(6),
  ];

  it('counts requests seen only at their end apart from drops, and says how many', () => {
    const log = replay([...endsFirst, tab(PAGE)]);
    // The document (its Set-Cookie) and the login (its refresh cookie) say something: listed.
    expect(paths(log)).toEqual([
      '/app.example.com',
      '/loginapp.example.com',
      '/refreshapp.example.com',
      '/meapi.other-origin.test',
    ]);
    // GET /api/me answered nothing worth keeping: whether it sent the token is unknown.
    expect(log.seenPartly).toBe(1);
    expect(log.dropped).toBe(0);
    expect(log.total).toBe(5);
    expect(requestsNote(log, PAGE)).toEqual({
      what: 'requests',
      reason: 'seen-partly',
      count: 1,
    });
  });

  it('says the start is missing, without a number, when every partial request was listed', () => {
    const log = replay([...scripted.slice(6), tab(PAGE)]);
    expect(log.seenPartly).toBe(0);
    expect(requestsNote(log, PAGE)).toEqual({ what: 'requests', reason: 'started-mid-page' });
  });

  it('a reload clears the note, and what was seen in part stays counted, never as a drop', () => {
    const missed = replay([...endsFirst, tab(PAGE)]);
    const { document, scripted: again } = pageLoad();
    const reloaded = replay([...document, ...again], missed);
    expect(requestsNote(reloaded, PAGE)).toBeUndefined();
    expect(reloaded.seenPartly).toBe(1);
    expect(reloaded.dropped).toBe(0);
  });

  it('stops saying so once the page is loaded again (a reload)', () => {
    const missed = replay([...scripted.slice(6), tab(PAGE)]);
    const { document, scripted: again } = pageLoad();
    const reloaded = replay([...document, ...again], missed);
    expect(missedPageStart(reloaded, PAGE)).toBe(false);
    expect(reloaded.entries.length).toBe(7);
  });
});

describe('site changes', () => {
  it('a navigation within the same site keeps the log', () => {
    const first = replay([...pageLoad().document, tab(PAGE)]);
    const next = replay([...pageLoad(`${PAGE}account/`).document, tab(`${PAGE}account/`)], first);
    expect(next.entries).toHaveLength(2);
    expect(next.since).toBe(first.since);
  });

  it('another site clears only the old site: its own early requests stay', () => {
    const { scripted } = pageLoad();
    // The new page's first two requests come before anything names the new site.
    const log = replay([...scripted.slice(0, 6), tab(PAGE)], oldSiteLog());
    expect(log.entries.map((e) => e.url)).toEqual([`${PAGE}login`, `${PAGE}api/me`]);
    expect(log.total).toBe(2);
    // The log of the new site starts with its first request, not with the late URL.
    expect(log.since).toBe(log.entries[0]?.time);
  });

  it('a page that is no site (about:blank) keeps the entries until the next site sorts them', () => {
    const log = replay([tab('about:blank')], oldSiteLog());
    expect(log.url).toBe('about:blank');
    expect(log.entries).toHaveLength(2);
    const next = replay([...pageLoad().document], log);
    expect(next.entries.map((e) => e.url)).toEqual([PAGE]);
  });

  it('subframe requests whose page is unknown go with the old site', () => {
    const framed = request(`${PAGE}frame-api`, { sent: bearer }).map((step) =>
      step.kind === 'tab' ? step : { ...step, request: { ...step.request, frameId: 3 } },
    );
    const log = replay([...framed, tab(PAGE)], oldSiteLog());
    expect(log.entries).toEqual([]);
  });
});
