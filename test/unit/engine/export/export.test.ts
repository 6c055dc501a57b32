import { describe, expect, it } from 'vitest';
import { reportToJson } from '@/lib/engine/export/export-json';
import { reportToMarkdown } from '@/lib/engine/export/export-markdown';
import { maskDeep, maskValue, secretsOf } from '@/lib/engine/export/mask';
import type { Report } from '@/lib/engine/model/report';
import { ACCESS_2, REFRESH } from '@/test/fixtures/panel-reports/bearer';
import { COOKIE_JWT } from '@/test/fixtures/panel-reports/jwt-in-cookie';
import {
  FIXTURE_NOW,
  bearerReport,
  edgeReport,
  jwtInCookieReport,
  sessionReport,
} from '@/test/fixtures/panel-reports';

const secretsIn = (report: Report) => secretsOf(report);

describe('maskValue', () => {
  it('keeps only a short prefix and the length of long values', () => {
    expect(maskValue(REFRESH)).toBe(`rt_9…[${REFRESH.length}]`);
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
    const json = reportToJson(bearerReport, { unmasked: false });
    expect(json).not.toContain('minji@example.com');
    expect(json).toContain('"sub": "user-42"');
  });

  it('includes the real values when the user unmasks', () => {
    const json = reportToJson(bearerReport, { unmasked: true });
    expect(json).toContain(ACCESS_2);
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
    expect(md).toContain('# Tokki report: http://localhost:8787');
    expect(md).toContain('## Cookies (1)');
    expect(md).toContain('## Tokens (3)');
    expect(md).toContain('Replaced by a newer token');
    const ko = reportToMarkdown(bearerReport, { unmasked: false, lang: 'ko', now: FIXTURE_NOW });
    expect(ko).toContain('# 토끼 보고서: http://localhost:8787');
    expect(ko).toContain('새 토큰으로 교체됨');
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
    expect(unmasked).toContain(COOKIE_JWT);
  });

  it('security: page data cannot break the table or inject markup', () => {
    const hostile: Report = {
      ...sessionReport,
      cookies: sessionReport.cookies.map((c, i) =>
        i === 0 ? { ...c, name: 'a|b\n<script>x</script>' } : c,
      ),
    };
    const md = reportToMarkdown(hostile, { unmasked: false, lang: 'en', now: FIXTURE_NOW });
    const row = md.split('\n').find((line) => line.includes('a\\|b'));
    expect(row).toBeDefined();
    expect(row).toContain('\\<script\\>');
    expect(md).not.toContain('<script>');
  });

  it('fences decoded JSON so a backtick run in a claim cannot close the block', () => {
    const report: Report = {
      ...edgeReport,
      tokens: edgeReport.tokens.map((t) =>
        t.jws ? { ...t, jws: { ...t.jws, payload: { note: '```\n# injected' } } } : t,
      ),
    };
    const md = reportToMarkdown(report, { unmasked: true, lang: 'en', now: FIXTURE_NOW });
    expect(md).toContain('````json');
  });
});
