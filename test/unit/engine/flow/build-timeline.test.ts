import { describe, expect, it } from 'vitest';
import { buildTimeline, type CredentialLife } from '@/lib/engine/flow/build-timeline';
import type { Report } from '@/lib/engine/model/report';
import {
  BEARER,
  FIXTURE_NOW,
  LATER,
  bearerReport,
  jwtCookieReport,
  labReport,
  noneReport,
  recordedSnapshot,
  reportOf,
  sessionReport,
  tokenIdOf,
} from '@/test/fixtures/engine-reports';
import { capturedRequest } from '@/test/fixtures/snapshot-builders';

const live = tokenIdOf(bearerReport, BEARER.access);
const refresh = tokenIdOf(bearerReport, BEARER.refresh);
const replaced = tokenIdOf(bearerReport, BEARER.replaced);

const stages = (life: CredentialLife | undefined) => life?.events.map((e) => e.stage);
const lifeOf = (lives: CredentialLife[], id: string) => lives.find((l) => l.id === id);

describe('buildTimeline', () => {
  it('tells the access + refresh story: issued → stored → used → replaced → expired, then the new token', () => {
    const lives = buildTimeline(bearerReport, FIXTURE_NOW);
    // The recording saw the first access token only in the header it was sent in.
    expect(stages(lifeOf(lives, replaced))).toEqual(['used', 'replaced', 'expired']);
    expect(stages(lifeOf(lives, live))).toEqual(['issued', 'stored', 'used', 'expires']);
    // The refresh cookie is set at login, then set anew by the refresh that uses it.
    expect(stages(lifeOf(lives, refresh))).toEqual([
      'issued',
      'stored',
      'issued',
      'refreshed',
      'used',
      'expires',
    ]);
  });

  it('links the access tokens to each other and to the refresh token that renewed them', () => {
    const lives = buildTimeline(bearerReport, FIXTURE_NOW);
    expect(lifeOf(lives, replaced)?.links).toMatchObject({
      replacedBy: live,
      refreshTokenId: refresh,
    });
    expect(lifeOf(lives, live)?.links).toMatchObject({
      replaces: replaced,
      refreshTokenId: refresh,
    });
    expect(lifeOf(lives, refresh)?.links.refreshes).toEqual([live]);
  });

  it('says where each token was issued: a response body path, or Set-Cookie', () => {
    const lives = buildTimeline(bearerReport, FIXTURE_NOW);
    const access = lifeOf(lives, live)!.events[0]!;
    expect(access.message).toEqual({
      key: 'panel.flow.issued.body',
      params: { request: 'POST /refresh', path: '$.access_token' },
    });
    const issued = lifeOf(lives, refresh)!.events[0]!;
    expect(issued.message.key).toBe('panel.flow.issued.set-cookie');
    expect(issued.requestIds).toEqual(['1004']);
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
    expect(life?.events[2]?.count).toBe(3);
  });

  it('marks a future expiry as "expires" and a past one as "expired" depending on now', () => {
    const before = buildTimeline(jwtCookieReport, FIXTURE_NOW);
    const after = buildTimeline(jwtCookieReport, LATER);
    expect(stages(before[0])?.at(-1)).toBe('expires');
    expect(stages(after[0])?.at(-1)).toBe('expired');
  });

  it('summarises thousands of uses as one step with a count and a small sample', () => {
    const snapshot = recordedSnapshot('session-localhost');
    const [session] = snapshot.cookies;
    snapshot.requests = Array.from({ length: 10_000 }, (_, i) =>
      capturedRequest({
        id: `q-${i}`,
        url: 'http://session.localhost:8787/api/me',
        type: 'fetch',
        time: FIXTURE_NOW - 10_000 + i,
        requestHeaders: [{ name: 'Cookie', value: `${session!.name}=${session!.value}` }],
      }),
    );
    const report = reportOf(snapshot);
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
    // Four more refreshes after the recorded one, each sending the cookie and setting it anew.
    const snapshot = recordedSnapshot('bearer-localhost');
    const recorded = snapshot.requests.find((r) => r.url.endsWith('/refresh'))!;
    const cookie = `refresh_token=${BEARER.refresh}`;
    const refreshes = Array.from({ length: 4 }, (_, i) => ({
      ...recorded,
      id: `rr-${i}`,
      time: FIXTURE_NOW - 30_000 + i * 5_000,
      requestHeaders: [{ name: 'Cookie', value: cookie }],
      responseHeaders: [{ name: 'Set-Cookie', value: `${cookie}; Path=/; HttpOnly; Secure` }],
    }));
    snapshot.requests.push(...refreshes);
    const report = reportOf(snapshot);
    const life = buildTimeline(report, FIXTURE_NOW).find((l) => l.id === refresh)!;
    const rotations = life.events.filter(
      (e) => e.stage === 'issued' && e.message.params?.request === 'POST /refresh',
    );
    expect(rotations).toHaveLength(1);
    expect(rotations[0]).toMatchObject({
      count: 5,
      time: recorded.time,
      lastTime: refreshes[3]!.time,
    });
    expect(life.events.filter((e) => e.stage === 'refreshed')).toHaveLength(1);
    expect(life.events.find((e) => e.stage === 'refreshed')?.count).toBe(5);
  });
});

describe('buildTimeline on a real stack', () => {
  it('links the replaced token to the one stored now, whatever order the engine met them in (MSAL)', () => {
    const report = labReport('msal');
    const stored = report.tokens.find(
      (t) => t.kind === 'access' && t.artifactIds.some((id) => id.startsWith('sessionStorage')),
    )!;
    const other = report.tokens.find((t) => t.kind === 'access' && t !== stored)!;
    const lives = buildTimeline(report, report.generatedAt);
    expect(lifeOf(lives, other.id)?.links.replacedBy).toBe(stored.id);
    expect(lifeOf(lives, stored.id)?.links.replaces).toBe(other.id);
  });
});
