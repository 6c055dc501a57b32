/**
 * A credential header that the page itself puts on its requests is the site's login, wherever the
 * API lives: a single-page app that keeps its token in memory and calls an API on another site
 * (seen end to end in test/e2e/fresh-tab.e2e.ts) is logged in with a token, not "no credential".
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze/analyze';
import { bearer, goodClaims, jwt, NOW, SITE, snap } from './helpers';

const token = jwt(goodClaims());
const API = 'https://api.other-site.test/v1/me';

describe('credential headers the page sent to another site', () => {
  it('a Bearer token the top page sent to its API on another site is the site’s login', () => {
    const request = { ...bearer(API, token), frameId: 0, initiator: SITE };
    const report = analyze(snap({ requests: [request, { ...request, id: 'again' }] }), NOW);
    expect(report.verdict.kind).toBe('token');
    const evidence = report.verdict.evidence.map((e) => e.message);
    expect(evidence).toContainEqual({
      key: 'verdict.evidence.bearer-header',
      params: { header: 'Authorization', count: 2 },
    });
    // The request itself stays a third-party one in the Requests tab.
    expect(report.requests.map((r) => r.thirdParty)).toEqual([true, true]);
  });

  it('a recording that repeats a request id still counts the top page’s header as the site’s', () => {
    const request = { ...bearer(API, token), frameId: 0, initiator: SITE };
    const other = { ...bearer(API, token), id: 'other', frameId: 0, initiator: SITE };
    const report = analyze(snap({ requests: [request, request, other] }), NOW);
    expect(report.verdict.kind).toBe('token');
    expect(report.verdict.evidence.map((e) => e.message)).toContainEqual({
      key: 'verdict.evidence.bearer-header',
      params: { header: 'Authorization', count: 2 },
    });
  });

  it('security: the same header from a frame of another site, or of unknown origin, is not', () => {
    const fromFrame = { ...bearer(API, token), frameId: 3, initiator: 'https://widget.other.test' };
    const unknown = bearer(API, token);
    expect(analyze(snap({ requests: [fromFrame] }), NOW).verdict.kind).toBe('none');
    expect(analyze(snap({ requests: [unknown] }), NOW).verdict.kind).toBe('none');
    const otherPage = { ...bearer(API, token), frameId: 0, initiator: 'https://elsewhere.test' };
    expect(analyze(snap({ requests: [otherPage] }), NOW).verdict.kind).toBe('none');
  });
});
