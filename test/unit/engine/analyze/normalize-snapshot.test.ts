import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze/analyze';
import type { SnapshotCookie } from '@/lib/engine/model/snapshot';
import { cookie, goodClaims, jwt, NOW, request, SITE, snap } from './helpers';

/**
 * Well-formed entries are kept as they are and the rest are copied into shape (see
 * normalize-snapshot.ts). These are the near misses: each looks well-formed but for one field,
 * and the report must show the repaired value, not the raw one.
 */
const untyped = (o: object) => o as never;

describe('snapshot entries that are almost well-formed are repaired, not kept', () => {
  it('a request without a method is shown as GET', () => {
    const report = analyze(snap({ requests: [request({ url: `${SITE}/a`, method: '' })] }), NOW);
    expect(report.requests[0]?.method).toBe('GET');
  });

  it('a request with a wrongly typed id, type or time gets text and a number', () => {
    const r = untyped({ ...request({ url: `${SITE}/a` }), id: 7, type: null, time: Number.NaN });
    const report = analyze(snap({ requests: [r] }), NOW);
    expect(report.requests[0]).toMatchObject({ id: '7', type: '', time: 0 });
  });

  it('a request whose status or frame id is not a number loses it', () => {
    const r = untyped({ ...request({ url: `${SITE}/a` }), status: '200', frameId: 'x' });
    const report = analyze(snap({ requests: [r] }), NOW);
    expect(report.requests[0]?.status).toBeUndefined();
  });

  it('a header list with a hole or a broken entry still reads the good headers', () => {
    const token = jwt(goodClaims());
    const headers: unknown[] = [];
    headers[1] = { name: 'Authorization', value: `Bearer ${token}` };
    headers.push({ name: 'X-Other', value: 42 }, null);
    const r = untyped({ ...request({ url: `${SITE}/a` }), requestHeaders: headers });
    const report = analyze(snap({ requests: [r] }), NOW);
    expect(report.tokens.map((t) => t.value)).toEqual([token]);
    expect(report.problems.map((p) => p.message)).toContainEqual({
      key: 'analysis.problem.dropped-entries',
      params: { what: 'headers', count: 2 },
    });
  });

  it('a persistent cookie without an expiry date is a session cookie', () => {
    const c = cookie({ name: 'sid', value: 'a'.repeat(32), session: false });
    const report = analyze(snap({ cookies: [c] }), NOW);
    expect(report.cookies[0]?.expiry.state).toBe('session');
  });

  it('a cookie with an unreadable expiry date, path or SameSite gets the defaults', () => {
    const c = untyped({
      ...cookie({ name: 'sid', value: 'a'.repeat(32), session: false }),
      expirationDate: Number.NaN,
      path: '',
      sameSite: 'bogus',
    }) as SnapshotCookie;
    const report = analyze(snap({ cookies: [c] }), NOW);
    expect(report.cookies[0]).toMatchObject({
      path: '/',
      sameSite: 'unspecified',
      expiry: { state: 'session' },
    });
  });

  it('a cookie with a wrongly typed flag is read as not set', () => {
    const c = untyped({ ...cookie({ name: 'sid', value: 'a'.repeat(32) }), httpOnly: 'yes' });
    const report = analyze(snap({ cookies: [c] }), NOW);
    expect(report.cookies[0]?.httpOnly).toBe(false);
  });
});
