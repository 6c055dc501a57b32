import { describe, expect, it } from 'vitest';
import { reportToJson } from '@/lib/engine/export/export-json';
import { reportToMarkdown } from '@/lib/engine/export/export-markdown';
import { maskDeep, maskValue, secretsOf } from '@/lib/engine/export/mask';
import type { Report } from '@/lib/engine/model/report';
import {
  BEARER,
  FIXTURE_NOW,
  JWT_COOKIE,
  bearerReport,
  edgeReport,
  jwtCookieReport as jwtInCookieReport,
  labReport,
  recordedSnapshot,
  reportOf,
  sessionReport,
} from '@/test/fixtures/engine-reports';
import { fakeJwt, snapshotCookie, storageEntry } from '@/test/fixtures/snapshot-builders';

const { access: ACCESS, refresh: REFRESH } = BEARER;

const secretsIn = (report: Report) => secretsOf(report);

describe('maskValue', () => {
  it('keeps only a short prefix and the length of long values', () => {
    expect(maskValue(REFRESH)).toBe(`${REFRESH.slice(0, 4)}…[${REFRESH.length}]`);
  });
  it('security: shows nothing of short values', () => {
    expect(maskValue('hunter2')).toBe('••••[7]');
  });
});

describe('JSON export', () => {
  it.each([
    ['bearer', bearerReport],
    ['session', sessionReport],
    ['jwt-in-cookie', jwtInCookieReport],
    ['edge', edgeReport],
  ])('security: a masked %s export holds none of the credential values', (_name, report) => {
    const json = reportToJson(report, { unmasked: false });
    const secrets = secretsIn(report);
    expect(secrets.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(json).not.toContain(secret);
    expect(JSON.parse(json)).toMatchObject({ format: 'tokki-report/1', masked: true });
  });

  it('security: masks sensitive claims inside decoded payloads too', () => {
    // Supabase's access token carries the user's email.
    const report = labReport('supabase');
    const email = report.tokens.flatMap((t) => t.claims).find((c) => c.name === 'email')!;
    const sub = report.tokens.flatMap((t) => t.claims).find((c) => c.name === 'sub')!;
    const json = reportToJson(report, { unmasked: false });
    expect(json).not.toContain(String(email.value));
    expect(json).toContain(`"sub": "${String(sub.value)}"`);
  });

  it('security: masks every credential header value, even one no rule recognised as a token', () => {
    const report = structuredClone(bearerReport);
    const unrecognised = 'zz-house-secret-that-no-rule-knows-zz';
    report.requests[0]!.headers = {
      credential: { request: [{ name: 'X-Custom-Auth', value: unrecognised }], response: [] },
      other: { request: [], response: [] },
    };
    for (const text of [
      reportToJson(report, { unmasked: false }),
      reportToMarkdown(report, { unmasked: false, lang: 'en', now: FIXTURE_NOW }),
    ]) {
      expect(text).not.toContain(unrecognised);
    }
    expect(reportToJson(report, { unmasked: true })).toContain(unrecognised);
  });

  it('includes the real values when the user unmasks', () => {
    const json = reportToJson(bearerReport, { unmasked: true });
    expect(json).toContain(ACCESS);
    expect(json).toContain(REFRESH);
    expect(JSON.parse(json).masked).toBe(false);
  });

  it('masks a token embedded in a longer string, such as a URL', () => {
    const masked = maskDeep({ url: `https://x.test/cb?token=${REFRESH}&a=1` }, [REFRESH]) as {
      url: string;
    };
    expect(masked.url).toBe(`https://x.test/cb?token=${maskValue(REFRESH)}&a=1`);
  });

  it('security: a page-made __proto__ key stays plain data', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as unknown;
    const masked = maskDeep(hostile, []) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(masked)).toContain('__proto__');
  });
});

describe('Markdown export', () => {
  it('writes the verdict, cookies, tokens and the timeline in the chosen language', () => {
    const md = reportToMarkdown(bearerReport, { unmasked: false, lang: 'en', now: FIXTURE_NOW });
    expect(md).toContain('# Tokki report: http://bearer.localhost:8787');
    expect(md).toContain('## Cookies (1)');
    expect(md).toContain('## Tokens (3)');
    // Flow's story: the token stored now is current, the one it took over from replaced.
    expect(md).toMatch(/- Access token ` localStorage\["access_token"\] ` #[0-9a-f]{8} — Current/);
    expect(md).toMatch(/- Access token ` Authorization: Bearer ` #[0-9a-f]{8} — Replaced/);
    expect(md).toMatch(/1\. \S+ — Issue: POST \/login/);
    // Fingerprints come from the real values, so masking does not make two tokens look alike.
    const prints = [...md.matchAll(/- Access token ` [^`]+ ` #([0-9a-f]{8})/g)].map((m) => m[1]);
    expect(new Set(prints).size).toBe(2);
    const ko = reportToMarkdown(bearerReport, { unmasked: false, lang: 'ko', now: FIXTURE_NOW });
    expect(ko).toContain('# 토끼 보고서: http://bearer.localhost:8787');
    expect(ko).toMatch(/- 액세스 토큰 ` Authorization: Bearer ` #[0-9a-f]{8} — 교체됨/);
  });

  it('security: masked Markdown holds no credential value', () => {
    for (const report of [bearerReport, jwtInCookieReport, edgeReport]) {
      const md = reportToMarkdown(report, { unmasked: false, lang: 'both', now: FIXTURE_NOW });
      for (const secret of secretsIn(report)) expect(md).not.toContain(secret);
    }
    const unmasked = reportToMarkdown(jwtInCookieReport, {
      unmasked: true,
      lang: 'en',
      now: FIXTURE_NOW,
    });
    expect(unmasked).toContain(JWT_COOKIE);
  });

  it('security: page data cannot break the table or inject markup', () => {
    const snapshot = recordedSnapshot('session-localhost');
    snapshot.cookies.push(
      snapshotCookie({ name: 'a|b\n<script>x</script>', value: 'x', domain: 'session.localhost' }),
    );
    const hostile = reportOf(snapshot);
    const md = reportToMarkdown(hostile, { unmasked: false, lang: 'en', now: FIXTURE_NOW });
    const row = md.split('\n').find((line) => line.includes('a\\|b'));
    expect(row).toBeDefined();
    expect(row).toContain('\\<script\\>');
    expect(md).not.toContain('<script>');
  });

  it('fences decoded JSON so a backtick run in a claim cannot close the block', () => {
    const snapshot = recordedSnapshot('plain-localhost');
    const token = fakeJwt({ alg: 'HS256' }, { note: '```\n# injected' });
    snapshot.storage.push(
      storageEntry('localStorage', 'http://plain.localhost:8787', 'jwt', token),
    );
    const report = reportOf(snapshot);
    const md = reportToMarkdown(report, { unmasked: true, lang: 'en', now: FIXTURE_NOW });
    expect(md).toContain('````json');
  });
});
