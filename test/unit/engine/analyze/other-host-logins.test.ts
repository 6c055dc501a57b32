import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze/analyze';
import { bearer, cookie, goodClaims, jwt, NOW, request, snap } from './helpers';

const IDP = 'https://id.example.com';
const API = 'https://api.example.com';
const access = jwt(goodClaims());

/** The identity provider's login cookie, on its own host, and the SPA's Bearer calls. */
function spaWithIdp(setBy: 'main_frame' | 'xmlhttprequest') {
  const idpCookie = cookie({
    name: '_session',
    value: 'T_DWKMSTj-ApuvBuFddPSAmMkz3BdyBbFRua8TMHB9U',
    domain: 'id.example.com',
    scope: 'domain',
  });
  return snap({
    cookies: [idpCookie],
    requests: [
      request({
        url: `${setBy === 'main_frame' ? IDP : API}/auth/abc`,
        type: setBy,
        responseHeaders: [{ name: 'Set-Cookie', value: `_session=${idpCookie.value}; HttpOnly` }],
      }),
      bearer(`${API}/me`, access),
    ],
  });
}

describe('a sign-in service on another host of the site', () => {
  it("its cookie, set only by its own pages, is not taken for the page's session", () => {
    const report = analyze(spaWithIdp('main_frame'), NOW);
    expect(report.cookies[0]!.credential.is).toBe(true);
    expect(report.verdict.kind).toBe('token');
  });

  it("an API host's cookie that the page's scripts receive stays the site's session", () => {
    // The same cookie, set in answer to a script's request: the page itself uses it.
    const report = analyze(spaWithIdp('xmlhttprequest'), NOW);
    expect(report.verdict.kind).toBe('hybrid');
  });

  it("a cookie of another host seen in no request stays the site's", () => {
    const s = spaWithIdp('main_frame');
    s.requests = s.requests.slice(1);
    expect(analyze(s, NOW).verdict.kind).toBe('hybrid');
  });
});
