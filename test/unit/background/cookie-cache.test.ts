import { describe, expect, it } from 'vitest';
import type { CookieQueries, RawCookie } from '@/lib/platform/cookies';
import {
  COOKIE_CACHE_MAX_AGE_MS,
  CookieCache,
  concernsScope,
  type CookieScope,
} from '@/lib/background/cookie-cache';

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);
const SCOPE: CookieScope = { site: 'example.com', topLevelSite: 'https://example.com' };
const KEY = '\u0000https://app.example.com/';

const cookie = (name: string, extra: Partial<RawCookie> = {}): RawCookie => ({
  name,
  value: `${name}-value`,
  domain: 'app.example.com',
  path: '/',
  session: true,
  ...extra,
});

const queries = (...sent: RawCookie[]): CookieQueries => ({ sent, domain: sent, partitioned: [] });

function filled(answer: CookieQueries = queries(cookie('sid'))): CookieCache {
  const cache = new CookieCache();
  cache.finish(cache.begin(KEY, SCOPE), answer, NOW);
  return cache;
}

describe('CookieCache', () => {
  it('answers the same site again from memory', () => {
    expect(
      filled()
        .read(KEY, NOW + 1000)
        ?.sent.map((c) => c.name),
    ).toEqual(['sid']);
  });

  it('knows nothing of a site it never queried', () => {
    expect(filled().read('\u0000https://other.example.net/', NOW)).toBeUndefined();
  });

  it.each([
    ['a host-only cookie of the site', { domain: 'app.example.com' }],
    ['a cookie of the registrable domain', { domain: '.example.com' }],
    ['a cookie of another subdomain', { domain: 'login.example.com' }],
    [
      'an embedded site’s cookie in this site’s partition',
      {
        domain: 'widget.example.net',
        partitionKey: { topLevelSite: 'https://example.com' },
      },
    ],
  ])('forgets the answer when %s changes', (_what, change) => {
    const cache = filled();
    cache.changed(change);
    expect(cache.read(KEY, NOW + 1000)).toBeUndefined();
  });

  it('keeps the answer when another site’s cookie changes', () => {
    const cache = filled();
    cache.changed({ domain: '.tracker.example.net' });
    cache.changed({ domain: 'notexample.com' });
    cache.changed({
      domain: 'x.example.org',
      partitionKey: { topLevelSite: 'https://example.org' },
    });
    expect(cache.read(KEY, NOW + 1000)).toBeDefined();
  });

  it('does not remember an answer a change overtook while it was being read', () => {
    const cache = new CookieCache();
    const ticket = cache.begin(KEY, SCOPE);
    cache.changed({ domain: '.example.com' });
    cache.finish(ticket, queries(cookie('old')), NOW);
    expect(cache.read(KEY, NOW)).toBeUndefined();
  });

  it('does not remember a partial answer (a query failed)', () => {
    const cache = new CookieCache();
    cache.finish(cache.begin(KEY, SCOPE), undefined, NOW);
    expect(cache.read(KEY, NOW)).toBeUndefined();
  });

  it('never serves a cookie whose expiry has passed, though no change event said so', () => {
    const expiresAt = (NOW + 5000) / 1000;
    const cache = filled(
      queries(cookie('sid'), cookie('short', { session: false, expirationDate: expiresAt })),
    );
    expect(cache.read(KEY, NOW + 4000)?.sent.map((c) => c.name)).toEqual(['sid', 'short']);
    expect(cache.read(KEY, NOW + 5000)?.sent.map((c) => c.name)).toEqual(['sid']);
  });

  it('asks again once an answer is old, even without any change', () => {
    const cache = filled();
    expect(cache.read(KEY, NOW + COOKIE_CACHE_MAX_AGE_MS)).toBeDefined();
    expect(cache.read(KEY, NOW + COOKIE_CACHE_MAX_AGE_MS + 1)).toBeUndefined();
  });

  it('forgets everything when host permissions change', () => {
    const cache = filled();
    const pending = cache.begin('\u0000https://b.example.net/', { site: 'example.net' });
    cache.clear();
    cache.finish(pending, queries(), NOW);
    expect(cache.read(KEY, NOW)).toBeUndefined();
    expect(cache.read('\u0000https://b.example.net/', NOW)).toBeUndefined();
  });

  it('stays bounded, forgetting the oldest site first', () => {
    const cache = new CookieCache(COOKIE_CACHE_MAX_AGE_MS, 2);
    for (const host of ['a', 'b', 'c']) {
      cache.finish(cache.begin(host, { site: `${host}.example` }), queries(), NOW);
    }
    expect(['a', 'b', 'c'].map((k) => cache.read(k, NOW) !== undefined)).toEqual([
      false,
      true,
      true,
    ]);
  });
});

describe('concernsScope', () => {
  it('treats a cookie set on a parent of the site as concerning it', () => {
    expect(concernsScope({ domain: 'localhost' }, { site: 'many.localhost' })).toBe(true);
  });

  it('treats every change as concerning a site it cannot name', () => {
    expect(concernsScope({ domain: 'anything.example' }, { site: '' })).toBe(true);
  });
});
