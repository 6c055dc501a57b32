import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze/analyze';
import { emptySnapshot, type CapturedRequest, type Snapshot } from '@/lib/engine/model/snapshot';
import {
  isCredentialRequestHeader,
  pickRequestCredentials,
  pickResponseCredentials,
} from '@/lib/background/credential-headers';
import { MAX_HEADER_VALUE, TRUNCATION_MARK } from '@/lib/background/constants';
import { hasUrlToken } from '@/lib/background/url-tokens';

describe('which request headers carry credentials', () => {
  it.each([
    'Authorization',
    'authorization',
    'Cookie',
    'X-Auth-Token',
    'X-Api-Key',
    'Api-Key',
    'apikey',
    'X-Access-Token',
    'access-token',
    'X-CSRF-Token',
    'X-XSRF-TOKEN',
    'X-Amz-Security-Token',
    'Proxy-Authorization',
  ])('%s is a credential header', (name) => {
    expect(isCredentialRequestHeader(name)).toBe(true);
  });

  it.each([
    'Accept',
    'Content-Type',
    'User-Agent',
    'Referer',
    'X-Requested-With',
    'Sec-Fetch-Site',
    'Origin',
  ])('%s is not', (name) => {
    expect(isCredentialRequestHeader(name)).toBe(false);
  });
});

describe('pickRequestCredentials', () => {
  it('keeps only credential headers, in order', () => {
    expect(
      pickRequestCredentials([
        { name: 'Accept', value: '*/*' },
        { name: 'Authorization', value: 'Basic a2ltOnB3' },
        { name: 'Cookie', value: 'sid=1' },
      ]),
    ).toEqual([
      { name: 'Authorization', value: 'Basic a2ltOnB3' },
      { name: 'Cookie', value: 'sid=1' },
    ]);
  });

  it('cuts a huge value and says so', () => {
    const [kept] = pickRequestCredentials([
      { name: 'Cookie', value: 'a='.padEnd(MAX_HEADER_VALUE * 3, 'x') },
    ]);
    expect(kept?.value).toHaveLength(MAX_HEADER_VALUE + TRUNCATION_MARK.length);
    expect(kept?.value.endsWith(TRUNCATION_MARK)).toBe(true);
  });

  it('returns nothing for missing headers', () => {
    expect(pickRequestCredentials(undefined)).toEqual([]);
  });
});

describe('pickResponseCredentials', () => {
  it('keeps Set-Cookie and WWW-Authenticate, drops the rest', () => {
    expect(
      pickResponseCredentials([
        { name: 'Content-Type', value: 'text/html' },
        { name: 'WWW-Authenticate', value: 'Bearer realm="api", error="invalid_token"' },
        { name: 'set-cookie', value: 'sid=1; HttpOnly' },
      ]).map((h) => h.name),
    ).toEqual(['WWW-Authenticate', 'set-cookie']);
  });

  it('keeps a Location only when it hands over a token', () => {
    const headers = (location: string) => [{ name: 'Location', value: location }];
    expect(pickResponseCredentials(headers('/home'), hasUrlToken)).toEqual([]);
    expect(
      pickResponseCredentials(headers('https://app/cb#access_token=abc'), hasUrlToken),
    ).toEqual([{ name: 'Location', value: 'https://app/cb#access_token=abc' }]);
  });

  it('splits the newline-joined Set-Cookie of Firefox into one header per cookie', () => {
    expect(
      pickResponseCredentials([{ name: 'Set-Cookie', value: 'a=1\nb=2\n' }]).map((h) => h.value),
    ).toEqual(['a=1', 'b=2']);
  });
});

/**
 * Token schemes other than Bearer, as real clients send them: capture keeps each header, and the
 * engine counts the request as token auth with the scheme or header named in the evidence.
 */
describe('non-Bearer token headers, from capture to verdict', () => {
  const SITE = 'https://app.example.com';
  const TOKEN = '9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b';
  const JWT =
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbGljZSIsImlhdCI6MTc2NDI0NDgwMH0.c2lnbmF0dXJl';
  function verdictFor(name: string, value: string) {
    const kept = pickRequestCredentials([
      { name: 'Accept', value: 'application/json' },
      { name, value },
    ]);
    const request: CapturedRequest = {
      id: '1',
      url: `${SITE}/api/me`,
      method: 'GET',
      type: 'xmlhttprequest',
      time: 0,
      requestHeaders: kept,
      responseHeaders: [],
    };
    const snapshot: Snapshot = { ...emptySnapshot(`${SITE}/`, 0), requests: [request] };
    return { kept, verdict: analyze(snapshot, 0).verdict };
  }

  it.each([
    ['Authorization', `Token ${TOKEN}`, 'token-scheme-header', 'Token'],
    ['Authorization', JWT, 'raw-jwt-header', undefined],
    ['X-Auth-Token', TOKEN, 'custom-token-header', undefined],
    ['X-Access-Token', JWT, 'custom-token-header', undefined],
    ['X-API-Key', TOKEN, 'custom-token-header', undefined],
    ['X-Api-Token', TOKEN, 'custom-token-header', undefined],
    ['X-Parse-Session-Token', `r:${TOKEN}`, 'custom-token-header', undefined],
    ['Private-Token', TOKEN, 'custom-token-header', undefined],
    ['access-token', TOKEN, 'custom-token-header', undefined],
    ['X-Functions-Key', TOKEN, 'custom-token-header', undefined],
    ['Ocp-Apim-Subscription-Key', TOKEN, 'custom-token-header', undefined],
  ])('%s: %s is kept and read as token auth', (name, value, evidence, scheme) => {
    const { kept, verdict } = verdictFor(name, value);
    expect(kept).toEqual([{ name, value }]);
    expect(verdict.kind).toBe('token');
    const found = verdict.evidence.find((e) => e.message.key === `verdict.evidence.${evidence}`);
    expect(found?.message.params).toMatchObject({ header: name, ...(scheme ? { scheme } : {}) });
  });
});
