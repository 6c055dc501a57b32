/** Bad HAR files each get their reason; odd but valid ones (Safari's, split anywhere) read the same. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HarReader } from '@/lib/engine/har/har-reader';
import { importHarText } from './import-har-text';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/har');
const session = readFileSync(join(FIXTURES, 'chromium-session.har'), 'utf8');

function reasonOf(text: string, chunk = 7): string | undefined {
  const reader = new HarReader();
  for (let at = 0; at < text.length; at += chunk) reader.push(text.slice(at, at + chunk));
  const read = reader.finish();
  return 'error' in read ? read.error : undefined;
}

const entry = (url: string, extra: Record<string, unknown> = {}) => ({
  startedDateTime: '2026-11-20T09:00:00.000Z',
  time: 10,
  request: { method: 'GET', url, headers: [], cookies: [] },
  response: { status: 200, headers: [], cookies: [], content: { size: 0, mimeType: 'text/html' } },
  ...extra,
});

describe('HAR reader: bad input', () => {
  it.each([
    ['text', 'hello, this is not a HAR'],
    ['HTML', '<!doctype html><title>x</title>'],
    ['broken JSON', '{"log": {"entries": [ {"request": nope} ]}}'],
    ['JSON after the end', '{"log":{"entries":[]}} {"again":1}'],
    ['nothing but a BOM', '\ufeff'],
  ])('%s is not-json', (_, text) => {
    expect(reasonOf(text)).toBe('not-json');
  });

  it.each([
    ['an object without log', '{"a": 1}'],
    ['an array', '[1, 2, 3]'],
    ['a log without entries', '{"log": {"version": "1.2"}}'],
    ['entries that are not a list', '{"log": {"entries": {}}}'],
    ['entries without requests', '{"log": {"entries": [{"a": 1}, {"b": 2}]}}'],
  ])('%s is not-har', (_, text) => {
    expect(reasonOf(text)).toBe('not-har');
  });

  it('a file cut anywhere is truncated', () => {
    for (const at of [1, 100, Math.floor(session.length / 2), session.length - 3]) {
      expect(reasonOf(session.slice(0, at), 4096)).toBe('truncated');
    }
  });

  it('a HAR of 0 entries is empty', () => {
    expect(reasonOf('{"log": {"version": "1.2", "pages": [], "entries": []}}')).toBe('empty');
  });
});

describe('HAR reader: what it reads', () => {
  it('reads the same whatever the size of the pieces (escaped quotes and backslashes inside)', () => {
    const har = JSON.stringify({
      log: {
        entries: [
          entry('https://a.test/"quoted"\\path', {
            response: {
              status: 200,
              headers: [{ name: 'Set-Cookie', value: 'sid="a\\"b}]"; HttpOnly' }],
              content: { mimeType: 'text/plain', text: '}]}]\\"' },
            },
          }),
        ],
      },
    });
    const whole = importHarText(har).snapshot;
    for (const chunk of [1, 2, 3, 5]) {
      const reader = new HarReader();
      for (let at = 0; at < har.length; at += chunk) reader.push(har.slice(at, at + chunk));
      const read = reader.finish();
      expect('contents' in read && read.contents.requests).toEqual(whole.requests);
    }
    expect(whole.requests[0]?.url).toBe('https://a.test/"quoted"\\path');
  });

  it('a Safari-style HAR (no pages, no `_` fields) takes the first entry’s site', () => {
    const har = JSON.stringify({
      log: {
        creator: { name: 'WebKit Web Inspector', version: '1.0' },
        entries: [
          entry('https://www.example.com/'),
          entry('https://api.example.com/me', {
            request: {
              method: 'GET',
              url: 'https://api.example.com/me',
              headers: [
                { name: 'Authorization', value: 'Bearer abcdefghijklmnopqrstuvwxyz012345' },
              ],
            },
          }),
        ],
      },
    });
    const { report, sites } = importHarText(har);
    expect(sites).toEqual(['example.com']);
    expect(report.verdict.kind).toBe('token');
    expect(report.requests.map((r) => r.type)).toEqual(['main_frame', 'main_frame']);
  });

  it('a Set-Cookie that expires the cookie takes it out of the jar (a logout)', () => {
    const set = (value: string, at: string) =>
      entry('https://a.test/x', {
        startedDateTime: at,
        response: { status: 200, headers: [{ name: 'Set-Cookie', value }] },
      });
    const har = JSON.stringify({
      log: {
        entries: [
          set('sessionid=abcdefghijklmnop0123456789; HttpOnly; Secure', '2026-11-20T09:00:00Z'),
          set('sessionid=; Max-Age=0', '2026-11-20T09:01:00Z'),
        ],
      },
    });
    expect(importHarText(har).snapshot.cookies).toEqual([]);
  });

  it('reads a token from a base64-encoded JSON body', () => {
    const jwt =
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZW1vIiwiZXhwIjoxOTAwMDAwMDAwfQ.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg';
    const body = Buffer.from(JSON.stringify({ access_token: jwt })).toString('base64');
    const har = JSON.stringify({
      log: {
        entries: [
          entry('https://a.test/api/login', {
            response: {
              status: 200,
              headers: [],
              content: { mimeType: 'application/json', text: body, encoding: 'base64' },
            },
          }),
        ],
      },
    });
    const { snapshot, report } = importHarText(har);
    expect(snapshot.bodies.map((b) => b.body)).toEqual([JSON.stringify({ access_token: jwt })]);
    expect(report.tokens.some((t) => t.format === 'jws')).toBe(true);
    expect(snapshot.unavailable).not.toContainEqual({ what: 'bodies', reason: 'not-in-har' });
  });

  it('a HAR without response content says bodies were not in it', () => {
    const har = JSON.stringify({ log: { entries: [entry('https://a.test/')] } });
    expect(importHarText(har).snapshot.unavailable).toContainEqual({
      what: 'bodies',
      reason: 'not-in-har',
    });
  });

  it('several sites: the first page’s is the main one, the others are offered by credentials', () => {
    const visit = (url: string, pageref: string, cookie?: string) =>
      entry(url, {
        pageref,
        _resourceType: 'document',
        request: {
          method: 'GET',
          url,
          headers: cookie ? [{ name: 'Cookie', value: cookie }] : [],
        },
      });
    const har = JSON.stringify({
      log: {
        pages: [
          { id: 'p1', title: 'https://news.example.com/' },
          { id: 'p2', title: 'Shop' },
          { id: 'p3', title: 'Blog' },
        ],
        entries: [
          visit('https://news.example.com/', 'p1'),
          visit('https://shop.example.org/', 'p2', 'PHPSESSID=abcdefghijklmnopqrstuvwxyz'),
          visit('https://blog.example.net/', 'p3'),
        ],
      },
    });
    const main = importHarText(har);
    expect(main.sites).toEqual(['example.com', 'example.org']);
    expect(main.report.verdict.kind).toBe('none');
    const shop = importHarText(har, 'example.org');
    expect(shop.report.site.origin).toBe('https://shop.example.org');
    expect(shop.report.verdict.kind).toBe('session');
  });
});
