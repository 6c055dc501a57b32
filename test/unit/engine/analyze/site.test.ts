import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze/analyze';
import {
  guessRegistrableDomain,
  isLoopbackHost,
  isWithinDomain,
  siteOf,
} from '@/lib/engine/analyze/site';
import { registrableDomain, registrableDomainOf } from '@/lib/background/registrable-domain';
import { LOCATION_PROFILES, locationRisks } from '@/lib/engine/analyze/locations';
import type { Snapshot } from '@/lib/engine/model/snapshot';
import { cookie, NOW } from './helpers';

const fixtureRoot = join(import.meta.dirname, '../../../fixtures/snapshots');
const fixtures = [fixtureRoot, join(fixtureRoot, 'recorded')].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
    .map((f) => ({
      name: f,
      snapshot: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Snapshot,
    })),
);

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return undefined;
  }
}

/** Every host and cookie domain a fixture names: what the engine compares with the site. */
function hostsIn(snapshot: Snapshot): string[] {
  const urls = [
    snapshot.site.url,
    ...snapshot.requests.map((r) => r.url),
    ...snapshot.storage.map((e) => e.origin),
    ...snapshot.indexedDB.map((e) => e.origin),
    ...snapshot.bodies.map((b) => b.url),
  ];
  const hosts = urls.map(hostOf).filter((h): h is string => h !== undefined);
  return [...new Set([...hosts, ...snapshot.cookies.map((c) => c.domain)])];
}

describe('site', () => {
  it.each([
    ['https://app.example.co.uk/x', 'example.co.uk'],
    ['https://login.naver.co.kr/', 'naver.co.kr'],
    ['https://shop.example.com.au/', 'example.com.au'],
    ['https://a.b.example.com/', 'example.com'],
    ['http://session.localhost:8787/', 'session.localhost'],
    ['http://localhost:3000/', 'localhost'],
    ['http://127.0.0.1:5000/', '127.0.0.1'],
    ['http://[::1]:8080/', '::1'],
  ])('%s belongs to %s without the Public Suffix List', (url, domain) => {
    expect(siteOf(url).registrableDomain).toBe(domain);
  });

  it("takes the background's registrable domain when the snapshot has one", () => {
    expect(siteOf('https://kim.github.io/app', 'kim.github.io').registrableDomain).toBe(
      'kim.github.io',
    );
  });

  it('falls back when the given registrable domain is not the host or a parent of it', () => {
    expect(siteOf('https://app.example.com/', 'evil.example').registrableDomain).toBe(
      'example.com',
    );
    expect(siteOf('https://app.example.com/', 'com').registrableDomain).toBe('example.com');
  });

  it('documents its limit: private suffixes are unknown without the list', () => {
    expect(guessRegistrableDomain('kim.github.io')).toBe('github.io');
    expect(registrableDomainOf('kim.github.io')).toBe('kim.github.io');
  });

  it('does not throw on a URL it cannot parse', () => {
    expect(siteOf('not a url')).toMatchObject({ origin: '', registrableDomain: '' });
  });

  it.each([
    ['.api.example.com', 'example.com', true],
    ['EXAMPLE.com', 'example.com', true],
    ['notexample.com', 'example.com', false],
    ['example.com.evil.net', 'example.com', false],
    ['api.localhost', 'localhost', false],
    ['a.session.localhost', 'session.localhost', true],
    ['127.0.0.1', '127.0.0.1', true],
    ['lee.github.io', 'kim.github.io', false],
  ])('%s within %s → %s', (host, domain, within) => {
    expect(isWithinDomain(host, domain)).toBe(within);
  });

  it.each(fixtures)(
    'agrees with the Public Suffix List on every host of fixture $name',
    ({ snapshot }) => {
      const hosts = hostsIn(snapshot);
      expect(hosts.length).toBeGreaterThan(0);
      for (const host of hosts) {
        expect([host, guessRegistrableDomain(host)]).toEqual([host, registrableDomainOf(host)]);
      }
    },
  );

  it.each(fixtures)(
    "gives fixture $name the same report with or without the background's domain",
    ({ snapshot }) => {
      const withDomain: Snapshot = {
        ...snapshot,
        site: { ...snapshot.site, registrableDomain: registrableDomain(snapshot.site.url) },
      };
      const now = snapshot.takenAt;
      expect(analyze(withDomain, now)).toEqual(analyze(snapshot, now));
    },
  );

  it("security: another github.io site's login does not count as this site's", () => {
    const snapshot: Snapshot = {
      site: { url: 'https://kim.github.io/app', registrableDomain: 'kim.github.io' },
      takenAt: NOW,
      cookies: [
        cookie({
          name: 'sessionid',
          value: 'a8f5f167f44f4964e6c998dee827110c',
          domain: 'lee.github.io',
        }),
      ],
      requests: [],
      requestStats: { total: 0, withoutCredentials: 0, dropped: 0, since: NOW },
      storage: [],
      indexedDB: [],
      bodies: [],
      unavailable: [],
    };
    const report = analyze(snapshot, NOW);
    expect(report.site.registrableDomain).toBe('kim.github.io');
    expect(report.verdict.kind).toBe('none');
    expect(report.findings.filter((f) => f.id.startsWith('cookie.'))).toEqual([]);
  });

  it.each([
    ['localhost', true],
    ['bearer.localhost', true],
    ['127.0.0.1', true],
    ['::1', true],
    ['localhost.example.com', false],
    ['example.com', false],
  ])('loopback %s → %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});

describe('location risks', () => {
  it('tells HttpOnly cookies apart from web storage', () => {
    expect(LOCATION_PROFILES['cookie-httponly']).toMatchObject({
      readableByScripts: false,
      sentAutomatically: true,
    });
    expect(LOCATION_PROFILES.localStorage).toMatchObject({
      readableByScripts: true,
      sentAutomatically: false,
      survivesBrowserClose: 'yes',
    });
    expect(LOCATION_PROFILES.sessionStorage.survivesBrowserClose).toBe('no');
  });

  it('lists every location with its count and refines cookie survival from what was seen', () => {
    const risks = locationRisks(new Map([['localStorage', 2]]), { httponly: 'no' });
    expect(risks).toHaveLength(8);
    expect(risks.find((r) => r.location === 'localStorage')?.count).toBe(2);
    expect(risks.find((r) => r.location === 'cookie-httponly')?.survivesBrowserClose).toBe('no');
  });
});
