import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze/analyze';
import type { Report } from '@/lib/engine/model/report';
import type { Snapshot } from '@/lib/engine/model/snapshot';
import { cookie, goodClaims, jwt, NOW, SITE, request, snap, stored } from './helpers';

/** A report every view can render: all ids resolve, counts add up. */
function expectConsistent(report: Report): void {
  const artifactIds = new Set(report.artifacts.map((a) => a.id));
  const tokenIds = new Set(report.tokens.map((t) => t.id));
  expect(artifactIds.size).toBe(report.artifacts.length);
  expect(tokenIds.size).toBe(report.tokens.length);
  for (const t of report.tokens)
    for (const a of t.artifactIds) expect(artifactIds.has(a)).toBe(true);
  for (const f of report.findings) {
    if (f.artifactId !== undefined) expect(artifactIds.has(f.artifactId)).toBe(true);
    if (f.tokenId !== undefined) expect(tokenIds.has(f.tokenId)).toBe(true);
  }
  expect(new Set(report.findings.map((f) => f.key)).size).toBe(report.findings.length);
  expect(report.counts.tokens).toBe(report.tokens.length);
  expect(report.verdict.confidence).toBeGreaterThanOrEqual(0);
  expect(report.verdict.confidence).toBeLessThanOrEqual(1);
  expect(() => JSON.stringify(report)).not.toThrow();
}

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '__proto__',
    'constructor',
    '<img src=x onerror=alert(1)>',
    '\uD800',
    'eyJ',
    'a.b.c',
    '%E0%A4%A',
  ),
  fc.constant(jwt(goodClaims())),
  fc.constant(
    jwt({ __proto__: { admin: true }, sub: 'x' } as Record<string, unknown>, { alg: 'none' }, ''),
  ),
  fc.string().map((s) => `eyJ${s}.eyJ${s}.${s}`),
);

const arbCookie = fc.record({
  name: hostile,
  value: hostile,
  domain: fc.constantFrom('app.example.com', '.example.com', '.tracker.net', '', '..'),
  path: fc.constantFrom('/', '', '/x'),
  hostOnly: fc.boolean(),
  secure: fc.boolean(),
  httpOnly: fc.boolean(),
  sameSite: fc.constantFrom('no_restriction', 'lax', 'strict', 'unspecified', 'bogus'),
  session: fc.boolean(),
  expirationDate: fc.option(fc.oneof(fc.double(), fc.integer()), { nil: undefined }),
  scope: fc.constantFrom('sent', 'domain', 'partitioned'),
});

const arbRequest = fc.record({
  id: fc.string(),
  url: fc.oneof(fc.webUrl(), hostile),
  method: fc.constantFrom('GET', 'POST', ''),
  type: fc.string(),
  time: fc.oneof(fc.integer(), fc.double()),
  requestHeaders: fc.array(
    fc.record({
      name: fc.constantFrom('Authorization', 'Cookie', 'X-Auth-Token', 'x'),
      value: hostile,
    }),
  ),
  responseHeaders: fc.array(
    fc.record({ name: fc.constantFrom('Set-Cookie', 'WWW-Authenticate'), value: hostile }),
  ),
  formFields: fc.option(fc.dictionary(hostile, fc.array(hostile)), { nil: undefined }),
});

const arbSnapshot = fc.record({
  site: fc.record({ url: fc.oneof(fc.webUrl(), hostile) }),
  takenAt: fc.integer(),
  cookies: fc.array(arbCookie, { maxLength: 8 }),
  requests: fc.array(arbRequest, { maxLength: 8 }),
  requestStats: fc.record({
    total: fc.nat(),
    withoutCredentials: fc.nat(),
    dropped: fc.nat(),
    since: fc.nat(),
  }),
  storage: fc.array(
    fc.record({
      area: fc.constantFrom('localStorage', 'sessionStorage'),
      origin: fc.constant(SITE),
      key: hostile,
      value: hostile,
    }),
    { maxLength: 5 },
  ),
  indexedDB: fc.array(
    fc.record({
      origin: fc.constant(SITE),
      database: hostile,
      store: hostile,
      key: hostile,
      value: hostile,
    }),
    { maxLength: 3 },
  ),
  bodies: fc.array(
    fc.record({
      url: fc.webUrl(),
      time: fc.nat(),
      mimeType: fc.constant('application/json'),
      body: hostile,
    }),
    {
      maxLength: 3,
    },
  ),
  unavailable: fc.constant([]),
});

// Generous per-test limits: the shared CI box can be heavily loaded; these are not speed tests.
describe('robustness', () => {
  it('security: never throws and stays consistent on random hostile snapshots', () => {
    fc.assert(
      fc.property(arbSnapshot, fc.integer(), (s, now) => {
        const report = analyze(s as unknown as Snapshot, now);
        expect(report.problems.map((p) => p.message.key)).not.toContain(
          'analysis.problem.internal',
        );
        expectConsistent(report);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it.each([null, undefined, 42, 'snapshot', [], { cookies: 'x', requests: [null], storage: [{}] }])(
    'security: gives a report, not a throw, for %j',
    (input) => {
      const report = analyze(input as unknown as Snapshot, NOW);
      expect(report.verdict.kind).toBe('none');
      expect(report.problems.length).toBeGreaterThan(0);
    },
  );

  it('security: __proto__ keys in page data stay data', () => {
    const report = analyze(
      snap({
        storage: [
          stored(
            '__proto__',
            JSON.stringify({ __proto__: { access_token: jwt(goodClaims()) }, constructor: 1 }),
          ),
        ],
        cookies: [cookie({ name: '__proto__', value: 'x' })],
        requests: [
          request({
            url: `${SITE}/`,
            formFields: JSON.parse('{"__proto__":["a"]}') as Record<string, string[]>,
          }),
        ],
      }),
      NOW,
    );
    expect(({} as Record<string, unknown>).access_token).toBeUndefined();
    expectConsistent(report);
  });

  it('analyses 10,000 cookies and reports each one', () => {
    const cookies = Array.from({ length: 10_000 }, (_, i) =>
      cookie({
        name: `c${i}`,
        value: i % 50 === 0 ? jwt(goodClaims({ jti: i })) : `v${i}`,
        httpOnly: i % 2 === 0,
      }),
    );
    const report = analyze(snap({ cookies }), NOW);
    expect(report.cookies).toHaveLength(10_000);
    expect(report.tokens).toHaveLength(200);
    expectConsistent(report);
  }, 120_000);

  it('security: one token copied into thousands of look-alike cookies stays one token', () => {
    const token = jwt(goodClaims());
    const cookies = Array.from({ length: 5_000 }, () => cookie({ name: 'auth', value: token }));
    const report = analyze(snap({ cookies }), NOW);
    expect(report.tokens).toHaveLength(1);
    expect(report.tokens[0]?.artifactIds).toHaveLength(5_000);
    expectConsistent(report);
  }, 120_000);

  it('says what it could not read: a cookie too large to search', () => {
    const report = analyze(
      snap({ cookies: [cookie({ name: 'huge', value: 'x'.repeat(100_000) })] }),
      NOW,
    );
    expect(report.problems.map((p) => p.message.key)).toContain('analysis.problem.value-too-large');
    expect(report.problems[0]?.artifactId).toBe(report.cookies[0]?.artifactId);
  });

  it('copies what the snapshot could not read', () => {
    const unavailable = [{ what: 'storage', reason: 'restricted-page' }] as Snapshot['unavailable'];
    expect(analyze(snap({ unavailable }), NOW).unavailable).toEqual(unavailable);
  });
});
