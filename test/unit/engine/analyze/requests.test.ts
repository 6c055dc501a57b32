import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze/analyze';
import { bearer, cookie, goodClaims, jwt, NOW, request, SITE, snap } from './helpers';

const session = 'a8f5f167f44f4964e6c998dee827110c';

describe('requests that carried a credential', () => {
  it('counts a request once even when it carries the token twice', () => {
    const token = jwt(goodClaims());
    const report = analyze(
      snap({
        cookies: [cookie({ name: 'auth', value: token })],
        requests: [
          request({
            id: 'r-both',
            url: `${SITE}/api/me`,
            requestHeaders: [
              { name: 'Authorization', value: `Bearer ${token}` },
              { name: 'Cookie', value: `auth=${token}` },
            ],
          }),
        ],
      }),
      NOW,
    );
    expect(report.tokens[0]?.sentIn).toEqual(['r-both']);
    expect(report.requests[0]?.tokenIds).toEqual([report.tokens[0]?.id]);
  });

  it('names the scheme of a request that carried only a credential cookie Cookie', () => {
    const token = jwt(goodClaims());
    const withCookie = (id: string, headers: { name: string; value: string }[]) =>
      request({ id, url: `${SITE}/api/me`, requestHeaders: headers });
    const report = analyze(
      snap({
        cookies: [
          cookie({ name: 'sessionid', value: session }),
          cookie({ name: 'theme', value: 'dark' }),
        ],
        requests: [
          withCookie('cookie-only', [{ name: 'Cookie', value: `sessionid=${session}` }]),
          // The Cookie header comes first here: the Authorization scheme still names the request.
          withCookie('both', [
            { name: 'Cookie', value: `sessionid=${session}` },
            { name: 'Authorization', value: `Bearer ${token}` },
          ]),
          withCookie('no-credential', [{ name: 'Cookie', value: 'theme=dark' }]),
        ],
      }),
      NOW,
    );
    const scheme = (id: string) => report.requests.find((r) => r.id === id)?.scheme;
    expect(scheme('cookie-only')).toBe('Cookie');
    expect(scheme('both')).toBe('Bearer');
    expect(scheme('no-credential')).toBeUndefined();
  });

  it('names Basic a request whose URL carries a user, even with a credential cookie', () => {
    const report = analyze(
      snap({
        cookies: [cookie({ name: 'sessionid', value: session })],
        requests: [
          request({
            id: 'userinfo',
            url: `${SITE.replace('://', '://alice@')}/admin`,
            requestHeaders: [{ name: 'Cookie', value: `sessionid=${session}` }],
          }),
        ],
      }),
      NOW,
    );
    expect(report.requests.find((r) => r.id === 'userinfo')?.scheme).toBe('Basic');
  });

  it('lists a request id once when a recording repeats it', () => {
    const token = jwt(goodClaims());
    const report = analyze(
      snap({
        requests: [
          bearer(`${SITE}/api/a`, token, { id: 'same' }),
          bearer(`${SITE}/api/b`, token, { id: 'other' }),
          bearer(`${SITE}/api/c`, token, { id: 'same' }),
        ],
      }),
      NOW,
    );
    expect(report.tokens[0]?.sentIn).toEqual(['same', 'other']);
    expect(report.requests.map((r) => r.tokenIds)).toEqual([
      [report.tokens[0]?.id],
      [report.tokens[0]?.id],
      [report.tokens[0]?.id],
    ]);
  });

  it("counts only the site's own requests in the verdict's evidence", () => {
    const header = `sessionid=${session}`;
    const withCookie = (url: string) =>
      request({ url, requestHeaders: [{ name: 'Cookie', value: header }] });
    const report = analyze(
      snap({
        cookies: [cookie({ name: 'sessionid', value: session })],
        requests: [
          withCookie(`${SITE}/a`),
          withCookie('https://tracker.other.example/p'),
          withCookie(`${SITE}/b`),
        ],
      }),
      NOW,
    );
    expect(report.verdict.kind).toBe('session');
    const sent = report.verdict.evidence.find((e) => e.message.key.endsWith('.cookie-sent'));
    expect(sent?.message.params?.count).toBe(2);
    expect(report.tokens[0]?.sentIn).toHaveLength(3);
    expect(report.requests.map((r) => r.thirdParty)).toEqual([false, true, false]);
  });

  it('treats two spellings of one origin as one place the header was sent from', () => {
    const token = jwt(goodClaims());
    const report = analyze(
      snap({
        requests: [
          bearer('HTTPS://API.example.com/v1/a', token),
          bearer('https://api.example.com/v1/b', token),
        ],
      }),
      NOW,
    );
    const headers = report.artifacts.filter((a) => a.location === 'header');
    expect(headers).toHaveLength(1);
    expect(headers[0]?.requestIds).toHaveLength(2);
  });

  it('security: names the plain-http request a credential travelled over', () => {
    const token = jwt(goodClaims());
    const report = analyze(
      snap({
        requests: [
          bearer(`${SITE}/api/a`, token),
          bearer('http://api.example.com/v1/me', token),
          bearer('http://api.localhost:8080/v1/me', jwt(goodClaims({ sub: 'bob' }))),
        ],
      }),
      NOW,
    );
    const overHttp = report.findings.filter((f) => f.id === 'transport.credentials-over-http');
    expect(overHttp).toHaveLength(1);
    expect(overHttp[0]?.message.params?.host).toBe('api.example.com');
  });

  it('counts the requests that carried any credential', () => {
    const report = analyze(
      snap({
        requests: [
          bearer(`${SITE}/api/a`, jwt(goodClaims())),
          request({ url: `${SITE}/logo.png` }),
          request({ url: `${SITE}/cb?access_token=${jwt(goodClaims({ sub: 'c' }))}` }),
        ],
      }),
      NOW,
    );
    expect(report.counts.requests.withCredentials).toBe(2);
  });
});
