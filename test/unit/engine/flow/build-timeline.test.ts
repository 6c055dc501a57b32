import { describe, expect, it } from 'vitest';
import { buildTimeline, type CredentialLife } from '@/lib/engine/flow/build-timeline';
import type { Report, RequestReport } from '@/lib/engine/model/report';
import {
  FIXTURE_NOW,
  bearerReport,
  jwtInCookieReport,
  noneReport,
  sessionReport,
} from '@/test/fixtures/panel-reports';

const stages = (life: CredentialLife | undefined) => life?.events.map((e) => e.stage);
const lifeOf = (lives: CredentialLife[], id: string) => lives.find((l) => l.id === id);

describe('buildTimeline', () => {
  it('tells the access + refresh story: issued → stored → used → replaced → expired, then the new token', () => {
    const lives = buildTimeline(bearerReport, FIXTURE_NOW);
    expect(stages(lifeOf(lives, 't-access-1'))).toEqual([
      'issued',
      'stored',
      'used',
      'replaced',
      'expired',
    ]);
    expect(stages(lifeOf(lives, 't-access-2'))).toEqual(['issued', 'stored', 'used', 'expires']);
    expect(stages(lifeOf(lives, 't-refresh'))).toEqual([
      'issued',
      'stored',
      'refreshed',
      'expires',
    ]);
  });

  it('links the access tokens to each other and to the refresh token that renewed them', () => {
    const lives = buildTimeline(bearerReport, FIXTURE_NOW);
    expect(lifeOf(lives, 't-access-1')?.links).toMatchObject({
      replacedBy: 't-access-2',
      refreshTokenId: 't-refresh',
    });
    expect(lifeOf(lives, 't-access-2')?.links).toMatchObject({
      replaces: 't-access-1',
      refreshTokenId: 't-refresh',
    });
    expect(lifeOf(lives, 't-refresh')?.links.refreshes).toEqual(['t-access-2']);
  });

  it('says where each token was issued: a response body path, or Set-Cookie', () => {
    const lives = buildTimeline(bearerReport, FIXTURE_NOW);
    const access = lifeOf(lives, 't-access-1')!.events[0]!;
    expect(access.message).toEqual({
      key: 'panel.flow.issued.body',
      params: { request: 'POST /api/login', path: '$.access_token' },
    });
    const refresh = lifeOf(lives, 't-refresh')!.events[0]!;
    expect(refresh.message.key).toBe('panel.flow.issued.set-cookie');
    expect(refresh.requestIds).toEqual(['r-login']);
  });

  it('keeps events in time order', () => {
    for (const life of buildTimeline(bearerReport, FIXTURE_NOW)) {
      const times = life.events.map((e) => e.time).filter((t): t is number => t !== undefined);
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it('a session cookie has no expiry step: it dies with the browser', () => {
    const [life] = buildTimeline(sessionReport, FIXTURE_NOW);
    expect(stages(life)).toEqual(['issued', 'stored', 'used']);
    expect(life?.events[2]?.count).toBe(2);
  });

  it('marks a future expiry as "expires" and a past one as "expired" depending on now', () => {
    const before = buildTimeline(jwtInCookieReport, FIXTURE_NOW);
    const after = buildTimeline(jwtInCookieReport, FIXTURE_NOW + 10 * 60_000);
    expect(stages(before[0])?.at(-1)).toBe('expires');
    expect(stages(after[0])?.at(-1)).toBe('expired');
  });

  it('summarises thousands of uses as one step with a count and a small sample', () => {
    const requests: RequestReport[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `q-${i}`,
      url: 'http://localhost:8787/api/me',
      origin: 'http://localhost:8787',
      method: 'GET',
      type: 'fetch',
      status: 200,
      time: FIXTURE_NOW - 10_000 + i,
      thirdParty: false,
      tokenIds: ['t-phpsessid'],
      setCookies: [],
    }));
    const report: Report = {
      ...sessionReport,
      requests,
      tokens: sessionReport.tokens.map((t) => ({ ...t, sentIn: requests.map((r) => r.id) })),
    };
    const used = buildTimeline(report, FIXTURE_NOW)[0]?.events.find((e) => e.stage === 'used');
    expect(used?.count).toBe(10_000);
    expect(used?.requestIds.length).toBeLessThanOrEqual(5);
    expect(used?.lastTime).toBe(FIXTURE_NOW - 1);
  });

  it('has nothing to tell when there is no credential', () => {
    expect(buildTimeline(noneReport, FIXTURE_NOW)).toEqual([]);
  });

  it('does not throw on dangling ids', () => {
    const broken: Report = {
      ...bearerReport,
      artifacts: [],
      requests: [],
      verdict: {
        ...bearerReport.verdict,
        flow: {
          refreshTokenId: 'gone',
          refreshRequestIds: ['gone'],
          replacements: [{ fromTokenId: 'x', toTokenId: 'y' }],
        },
      },
    };
    expect(() => buildTimeline(broken, FIXTURE_NOW)).not.toThrow();
  });
});

describe('buildTimeline with a rotating refresh cookie', () => {
  it('folds the same step repeated on every refresh into one step with a count', () => {
    const refreshes = Array.from({ length: 4 }, (_, i) => ({
      id: `rr-${i}`,
      url: 'http://localhost:8787/api/auth/refresh',
      origin: 'http://localhost:8787',
      method: 'POST',
      type: 'fetch',
      status: 200,
      time: FIXTURE_NOW - 4 * 60_000 + i * 60_000,
      thirdParty: false,
      tokenIds: ['t-refresh'],
      setCookies: ['refresh_token'],
    }));
    const report: Report = {
      ...bearerReport,
      requests: [...bearerReport.requests, ...refreshes],
      verdict: {
        ...bearerReport.verdict,
        flow: {
          ...bearerReport.verdict.flow!,
          refreshRequestIds: ['r-refresh', ...refreshes.map((r) => r.id)],
        },
      },
    };
    const refresh = buildTimeline(report, FIXTURE_NOW).find((l) => l.id === 't-refresh')!;
    const rotations = refresh.events.filter(
      (e) => e.stage === 'issued' && e.message.params?.request === 'POST /api/auth/refresh',
    );
    expect(rotations).toHaveLength(1);
    expect(rotations[0]).toMatchObject({
      count: 4,
      time: refreshes[0]!.time,
      lastTime: refreshes[3]!.time,
    });
    expect(refresh.events.filter((e) => e.stage === 'refreshed')).toHaveLength(1);
    expect(refresh.events.find((e) => e.stage === 'refreshed')?.count).toBe(5);
  });
});
