import { describe, expect, it } from 'vitest';
import { assembleSnapshot, mergeCookies } from '@/lib/background/assemble-snapshot';
import type { RawCookie } from '@/lib/platform/cookies';
import { applyOps } from '@/lib/background/tab-log';

const cookie = (name: string, extra: Partial<RawCookie> = {}): RawCookie => ({
  name,
  value: `${name}-value`,
  domain: 'app.example.com',
  path: '/',
  hostOnly: true,
  secure: true,
  httpOnly: true,
  sameSite: 'lax',
  session: true,
  storeId: '0',
  ...extra,
});

describe('mergeCookies', () => {
  const url = 'https://app.example.com/home';

  it('labels sent cookies, then the domain’s others, without duplicates', () => {
    const merged = mergeCookies(
      {
        sent: [cookie('sid')],
        domain: [cookie('sid'), cookie('other', { domain: '.example.com', hostOnly: false })],
        partitioned: [],
      },
      url,
    );
    expect(merged.map((c) => [c.name, c.scope])).toEqual([
      ['sid', 'sent'],
      ['other', 'domain'],
    ]);
  });

  it('labels CHIPS cookies of this top-level site as partitioned and leaves out other partitions', () => {
    const mine = cookie('chat', {
      domain: 'widget.example.net',
      partitionKey: { topLevelSite: 'https://example.com' },
    });
    const theirs = cookie('chat', {
      domain: 'widget.example.net',
      partitionKey: { topLevelSite: 'https://other.test' },
    });
    const merged = mergeCookies({ sent: [mine], domain: [], partitioned: [mine, theirs] }, url);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      name: 'chat',
      scope: 'partitioned',
      partitionKey: { topLevelSite: 'https://example.com' },
    });
  });

  it('keeps persistent expiry, maps Firefox sameSite names, and copies only known fields', () => {
    const [merged] = mergeCookies(
      {
        sent: [
          {
            ...cookie('remember', {
              session: false,
              expirationDate: 1_900_000_000,
              sameSite: 'None',
            }),
            evil: 1,
          } as RawCookie,
        ],
        domain: [],
        partitioned: [],
      },
      url,
    );
    expect(merged).toMatchObject({
      session: false,
      expirationDate: 1_900_000_000,
      sameSite: 'no_restriction',
    });
    expect(merged).not.toHaveProperty('evil');
  });
});

describe('assembleSnapshot', () => {
  it('puts the log, its counters and the scan into the snapshot', () => {
    const log = applyOps(
      undefined,
      5,
      [
        { op: 'navigate', url: 'https://app.example.com/', time: 100 },
        { op: 'count' },
        {
          op: 'append',
          entry: {
            id: '1',
            url: 'https://app.example.com/api',
            method: 'GET',
            type: 'xmlhttprequest',
            time: 101,
            requestHeaders: [{ name: 'Cookie', value: 'sid=1' }],
            responseHeaders: [],
          },
        },
      ],
      100,
    );
    const snapshot = assembleSnapshot({
      tab: { id: 5, url: 'https://app.example.com/', title: 'App' },
      takenAt: 200,
      browser: 'firefox',
      cookies: { sent: [cookie('sid')], domain: [], partitioned: [] },
      log,
      storage: [{ area: 'localStorage', origin: 'https://app.example.com', key: 'k', value: 'v' }],
      unavailable: [
        { what: 'cookies', reason: 'api-missing' },
        { what: 'cookies', reason: 'api-missing' },
      ],
    });
    expect(snapshot.site).toEqual({
      url: 'https://app.example.com/',
      tabId: 5,
      title: 'App',
      registrableDomain: 'example.com',
    });
    expect(snapshot.requests.map((r) => r.id)).toEqual(['1']);
    expect(snapshot.requestStats).toEqual({
      total: 2,
      withoutCredentials: 1,
      dropped: 0,
      seenPartly: 0,
      since: 100,
    });
    expect(snapshot.storage).toHaveLength(1);
    expect(snapshot.unavailable).toEqual([{ what: 'cookies', reason: 'api-missing' }]);
    expect(snapshot.browser).toBe('firefox');
  });

  it('says when storage.session refused the log', () => {
    const log = { ...applyOps(undefined, 1, [], 0), quotaExceeded: true };
    expect(
      assembleSnapshot({ tab: { url: 'https://a.example/' }, takenAt: 1, log }).unavailable,
    ).toEqual([{ what: 'requests', reason: 'quota' }]);
  });

  it.each([
    ['https://a.b.example.co.uk/x', 'example.co.uk'],
    ['https://alice.github.io/app', 'alice.github.io'],
    ['http://app.many.localhost:8080/', 'many.localhost'],
    ['http://localhost:3000/', 'localhost'],
    ['http://127.0.0.1:5173/', '127.0.0.1'],
  ])('names the registrable domain of %s for the engine: %s', (url, domain) => {
    expect(assembleSnapshot({ tab: { url }, takenAt: 1 }).site.registrableDomain).toBe(domain);
  });

  it('leaves the registrable domain out when the tab has no usable URL', () => {
    expect(assembleSnapshot({ tab: { url: '' }, takenAt: 1 }).site).not.toHaveProperty(
      'registrableDomain',
    );
  });
});
