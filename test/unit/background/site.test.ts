import { describe, expect, it } from 'vitest';
import {
  entrySite,
  isOtherSite,
  registrableDomain,
  siteKey,
  topLevelSite,
} from '@/lib/background/registrable-domain';
import { isRestrictedUrl } from '@/lib/background/restricted';

describe('site rules', () => {
  it.each([
    ['https://a.b.example.co.uk/x', 'example.co.uk'],
    ['https://kim.github.io/app', 'kim.github.io'],
    ['http://session.localhost:3000/', 'session.localhost'],
    ['http://127.0.0.1:8080/', '127.0.0.1'],
    ['http://[::1]:8080/', '::1'],
    ['nonsense', ''],
  ])('registrableDomain(%s) = %s', (url, domain) => {
    expect(registrableDomain(url)).toBe(domain);
  });

  it('treats subdomains of one registrable domain as the same site, and other schemes apart', () => {
    expect(isOtherSite('https://www.example.com/a', 'https://accounts.example.com/b')).toBe(false);
    expect(isOtherSite('https://www.example.com/', 'https://example.org/')).toBe(true);
    expect(isOtherSite('https://alice.github.io/', 'https://bob.github.io/')).toBe(true);
    expect(isOtherSite('http://example.com/', 'https://example.com/')).toBe(true);
    expect(siteKey('chrome://newtab/')).toBe('chrome://newtab');
  });

  it('gives the CHIPS top-level site of web URLs only', () => {
    expect(topLevelSite('https://shop.example.com/cart')).toBe('https://example.com');
    expect(topLevelSite('about:blank')).toBeUndefined();
  });
});

describe('restricted pages', () => {
  it.each([
    'chrome://settings/',
    'chrome-extension://abc/popup.html',
    'about:addons',
    'moz-extension://uuid/x.html',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/ko/firefox/',
    'view-source:https://example.com/',
    'file:///home/kim/a.html',
    '',
    'not a url',
  ])('%s cannot be read', (url) => {
    expect(isRestrictedUrl(url)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://session.localhost:3000/',
    'https://chrome.google.com/search',
  ])('%s can', (url) => {
    expect(isRestrictedUrl(url)).toBe(false);
  });
});

describe('entrySite', () => {
  it.each([
    [
      'a main-frame request, by its URL',
      { url: 'https://www.a.test/', type: 'main_frame' },
      'https://a.test',
    ],
    [
      'a top-frame request to another origin, by its document',
      {
        url: 'https://api.b.test/me',
        type: 'xmlhttprequest',
        frameId: 0,
        initiator: 'https://app.a.test',
      },
      'https://a.test',
    ],
    [
      'a subframe request: its initiator is the frame, not the page',
      { url: 'https://a.test/x', type: 'xmlhttprequest', frameId: 4, initiator: 'https://a.test' },
      '',
    ],
    [
      'an opaque initiator',
      { url: 'https://a.test/x', type: 'fetch', frameId: 0, initiator: 'null' },
      '',
    ],
  ])('%s', (_name, entry, site) => {
    expect(entrySite(entry)).toBe(site);
  });
});
