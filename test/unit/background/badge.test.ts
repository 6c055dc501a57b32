import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeFor, unreadableBadge } from '@/lib/background/badge/badge';
import type { Report, TokenReport, VerdictKind } from '@/lib/engine/model/report';

function report(
  kind: VerdictKind,
  extra: { tokens?: Partial<TokenReport>[]; high?: number } = {},
): Report {
  const tokens = (extra.tokens ?? []).map((token, i): TokenReport => ({
    id: `t${i}`,
    value: 'v',
    format: 'opaque',
    kind: 'access',
    kindReasons: [],
    artifactIds: [],
    sentIn: [],
    claims: [],
    expiry: { state: 'valid' },
    findingIds: [],
    ...token,
  }));
  return {
    site: {
      url: 'https://app.example.com/',
      origin: 'https://app.example.com',
      registrableDomain: 'example.com',
    },
    generatedAt: 0,
    verdict: { kind, confidence: 1, summary: { key: 'verdict.summary.session' }, evidence: [] },
    cookies: [],
    tokens,
    artifacts: [],
    findings: [],
    requests: [],
    locations: [],
    counts: {
      cookies: { session: 0, persistent: 0, total: 0 },
      tokens: tokens.length,
      findings: { high: extra.high ?? 0, medium: 0, low: 0, info: 0 },
      requests: { total: 0, withCredentials: 0, dropped: 0 },
    },
    unavailable: [],
    problems: [],
  };
}

describe('badgeFor', () => {
  it.each([
    ['session', [], 'S'],
    ['token', [{ format: 'jws' }], 'JWT'],
    ['token', [{ format: 'opaque' }], 'TOK'],
    ['token-in-cookie', [{ format: 'jws' }], 'JWT'],
    ['hybrid', [], 'S+T'],
    ['http-auth', [{ format: 'basic' }], 'HTTP'],
    ['none', [], '—'],
  ] as const)('a %s verdict reads %s → %s', (kind, tokens, text) => {
    const badge = badgeFor(report(kind, { tokens: [...tokens] }), 'en');
    expect(badge.text).toBe(text);
    expect(badge.text.length).toBeLessThanOrEqual(4);
    expect(badge.color).not.toBe(BADGE_COLORS.warning);
  });

  it('gives HTTP authentication its own colour and says in the tooltip that the browser sends it', () => {
    const badge = badgeFor(report('http-auth', { tokens: [{ format: 'basic' }] }), 'en');
    expect(badge.color).toBe(BADGE_COLORS.httpAuth);
    expect(Object.entries(BADGE_COLORS).filter(([, c]) => c === badge.color)).toHaveLength(1);
    expect(badge.title).toMatch(/HTTP authentication.*browser sends/);
    expect(badgeFor(report('http-auth'), 'ko').title).toContain('HTTP 인증');
  });

  it('turns the warning colour on for an expired token or a high-severity finding', () => {
    expect(
      badgeFor(report('token', { tokens: [{ format: 'jws', expiry: { state: 'expired' } }] }), 'en')
        .color,
    ).toBe(BADGE_COLORS.warning);
    expect(badgeFor(report('session', { high: 1 }), 'en').color).toBe(BADGE_COLORS.warning);
  });

  it('explains itself in the tooltip in Korean or English', () => {
    const expired = report('session', { high: 2 });
    expect(badgeFor(expired, 'ko').title).toContain('세션');
    expect(badgeFor(expired, 'ko').title).toContain('주의');
    expect(badgeFor(expired, 'en').title).toContain('session');
    expect(badgeFor(report('session'), 'en').title).not.toContain('Warning');
  });
});

describe('unreadableBadge', () => {
  it('asks for access with "?" and stays blank on browser pages', () => {
    expect(unreadableBadge('en', 'no-host-permission').text).toBe('?');
    expect(unreadableBadge('ko', 'restricted-page')).toMatchObject({
      text: '',
      color: BADGE_COLORS.none,
    });
    expect(unreadableBadge('ko', 'restricted-page').title).toContain('브라우저');
  });
});
