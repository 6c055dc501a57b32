import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze/analyze';
import { bearer, cookie, goodClaims, jwt, NOW, SEC, SITE, request, snap, stored } from './helpers';

const SID = 'Zx8f2Qp9LmN4vR7tY1wK3eH6uJ0aS5dF';
const verdictOf = (...args: Parameters<typeof snap>) => analyze(snap(...args), NOW).verdict;

describe('verdict', () => {
  it('session: an opaque session cookie the site receives', () => {
    const v = verdictOf({
      cookies: [cookie({ name: 'PHPSESSID', value: SID })],
      requests: [
        request({
          url: `${SITE}/`,
          requestHeaders: [{ name: 'Cookie', value: `PHPSESSID=${SID}; _ga=GA1.1.1.1` }],
        }),
      ],
    });
    expect(v.kind).toBe('session');
    expect(v.evidence.map((e) => e.message.key)).toContain('verdict.evidence.known-session-cookie');
    expect(v.evidence.map((e) => e.message.key)).toContain('verdict.evidence.cookie-sent');
  });

  it('is more confident when the cookie was seen in use', () => {
    const stored = verdictOf({ cookies: [cookie({ name: 'sid_x', value: SID })] });
    const used = verdictOf({
      cookies: [cookie({ name: 'sid_x', value: SID })],
      requests: [
        request({ url: `${SITE}/`, requestHeaders: [{ name: 'Cookie', value: `sid_x=${SID}` }] }),
      ],
    });
    expect(used.confidence).toBeGreaterThan(stored.confidence);
  });

  it('token: a JWT the page keeps in storage, even before it is sent', () => {
    expect(verdictOf({ storage: [stored('access_token', jwt(goodClaims()))] }).kind).toBe('token');
  });

  it('token-in-cookie: a JWT carried by a cookie', () => {
    expect(verdictOf({ cookies: [cookie({ name: 'auth', value: jwt(goodClaims()) })] }).kind).toBe(
      'token-in-cookie',
    );
  });

  it('hybrid: a session cookie and a bearer token', () => {
    const v = verdictOf({
      cookies: [cookie({ name: 'sessionid', value: SID })],
      requests: [bearer('https://api.example.com/v1/me', jwt(goodClaims()))],
    });
    expect(v.kind).toBe('hybrid');
  });

  it('none: CSRF and refresh-less noise do not make a login', () => {
    const v = verdictOf({
      cookies: [
        cookie({ name: 'csrftoken', value: SID, httpOnly: false }),
        cookie({ name: '_ga', value: 'GA1.2.3.4', httpOnly: false }),
        cookie({ name: '__cf_bm', value: `${SID}${SID}` }),
      ],
    });
    expect(v.kind).toBe('none');
  });

  it('security: third-party bearer tokens and partitioned cookies never make the site look logged in', () => {
    const v = verdictOf({
      cookies: [
        cookie({
          name: 'sessionid',
          value: SID,
          domain: '.widget.example.net',
          hostOnly: false,
          scope: 'partitioned',
          partitionKey: { topLevelSite: SITE },
        }),
      ],
      requests: [
        bearer('https://api.segment.io/v1/t', jwt(goodClaims())),
        request({ url: `https://tracker.example.net/p?access_token=${SID}` }),
      ],
    });
    expect(v.kind).toBe('none');
  });

  it('is less sure of "none" when the page could not be read', () => {
    const sure = analyze(snap(), NOW).verdict;
    const blind = analyze(
      snap({ unavailable: [{ what: 'cookies', reason: 'no-host-permission' }] }),
      NOW,
    ).verdict;
    expect(blind.kind).toBe('none');
    expect(blind.confidence).toBeLessThan(sure.confidence);
  });
});

describe('refresh flow', () => {
  const iss = 'https://id.example.com';
  const older = jwt(goodClaims({ iss, iat: SEC - 900, exp: SEC - 300 }), {
    alg: 'ES256',
    typ: 'at+jwt',
  });
  const newer = jwt(goodClaims({ iss, iat: SEC - 200, exp: SEC + 400 }), {
    alg: 'ES256',
    typ: 'at+jwt',
  });

  it('links a refresh token, the refresh request and the access token it replaced', () => {
    const refresh = request({
      url: `${SITE}/auth/token`,
      method: 'POST',
      formFields: { grant_type: ['refresh_token'] },
    });
    const report = analyze(
      snap({
        cookies: [
          cookie({
            name: 'refresh_token',
            value: SID,
            session: false,
            expirationDate: SEC + 86400,
          }),
        ],
        requests: [
          bearer(`${SITE}/api`, older, { time: NOW - 800_000 }),
          refresh,
          bearer(`${SITE}/api`, newer),
        ],
      }),
      NOW,
    );
    const flow = report.verdict.flow;
    const olderId = report.tokens.find((t) => t.value === older)?.id;
    const newerId = report.tokens.find((t) => t.value === newer)?.id;
    expect(flow?.refreshTokenId).toBe(report.tokens.find((t) => t.kind === 'refresh')?.id);
    expect(flow?.refreshRequestIds).toEqual([refresh.id]);
    expect(flow?.replacements).toEqual([{ fromTokenId: olderId, toTokenId: newerId }]);
    expect(report.verdict.kind).toBe('token');
    // The bearer use is what makes it a token login; the refresh token only supports it.
    const keys = report.verdict.evidence.map((e) => e.message.key);
    expect(keys.indexOf('verdict.evidence.bearer-header')).toBeLessThan(
      keys.indexOf('verdict.evidence.refresh-token'),
    );
  });

  it('does not take another grant or a third party’s /token for a refresh', () => {
    const report = analyze(
      snap({
        requests: [
          request({
            url: `${SITE}/oauth/token`,
            method: 'POST',
            formFields: { grant_type: ['authorization_code'] },
          }),
          request({ url: 'https://other.example.net/token', method: 'POST' }),
        ],
      }),
      NOW,
    );
    expect(report.verdict.flow).toBeUndefined();
  });

  it('does not call tokens of different users a replacement', () => {
    const bob = jwt(goodClaims({ iss, sub: 'bob', iat: SEC - 100 }), {
      alg: 'ES256',
      typ: 'at+jwt',
    });
    const report = analyze(
      snap({ requests: [bearer(`${SITE}/api`, older), bearer(`${SITE}/api`, bob)] }),
      NOW,
    );
    expect(report.verdict.flow?.replacements ?? []).toEqual([]);
  });
});

describe('requests', () => {
  it('marks third-party requests by registrable domain and lists the tokens each carried', () => {
    const token = jwt(goodClaims());
    const report = analyze(
      snap({
        requests: [
          bearer('https://api.example.com/me', token),
          request({ url: 'https://cdn.example.net/a.js' }),
        ],
      }),
      NOW,
    );
    expect(report.requests.map((r) => r.thirdParty)).toEqual([false, true]);
    expect(report.requests[0]?.tokenIds).toEqual([report.tokens[0]?.id]);
    expect(report.requests[0]?.scheme).toBe('Bearer');
    expect(report.counts.requests.withCredentials).toBe(1);
  });

  it('lists the cookies a response set', () => {
    const report = analyze(
      snap({
        requests: [
          request({
            url: `${SITE}/login`,
            responseHeaders: [
              { name: 'set-cookie', value: 'sessionid=abc; HttpOnly\nlang=ko; Path=/' },
            ],
          }),
        ],
      }),
      NOW,
    );
    expect(report.requests[0]?.setCookies).toEqual(['sessionid', 'lang']);
  });

  it('decodes Basic credentials without losing the user', () => {
    const report = analyze(
      snap({
        requests: [
          request({
            url: `${SITE}/x`,
            requestHeaders: [{ name: 'Authorization', value: `Basic ${btoa('alice:s3cret')}` }],
          }),
        ],
      }),
      NOW,
    );
    expect(report.tokens[0]).toMatchObject({
      format: 'basic',
      basic: { user: 'alice', password: 's3cret' },
    });
  });
});
