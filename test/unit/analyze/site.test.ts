import { describe, expect, it } from 'vitest';
import { isLoopbackHost, registrableDomainOf, siteOf } from '@/lib/analyze/site';
import { LOCATION_PROFILES, locationRisks } from '@/lib/analyze/locations';

describe('site', () => {
  it.each([
    ['https://app.example.co.uk/x', 'example.co.uk'],
    ['http://session.localhost:8787/', 'session.localhost'],
    ['http://localhost:3000/', 'localhost'],
    ['http://127.0.0.1:5000/', '127.0.0.1'],
    ['https://user.github.io/', 'user.github.io'],
  ])('%s belongs to %s', (url, domain) => {
    expect(siteOf(url).registrableDomain).toBe(domain);
  });

  it('ignores the leading dot of a cookie domain', () => {
    expect(registrableDomainOf('.news.example.org')).toBe('example.org');
  });

  it('does not throw on a URL it cannot parse', () => {
    expect(siteOf('not a url')).toMatchObject({ origin: '', registrableDomain: '' });
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
