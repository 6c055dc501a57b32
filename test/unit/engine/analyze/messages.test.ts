import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze/analyze';
import { LOCATION_ORDER } from '@/lib/engine/analyze/locations';
import { catalogue } from '@/lib/engine/i18n/catalogue';
import type { ExpiryState, Msg, Report, TokenKind, VerdictKind } from '@/lib/engine/model/report';
import type { Snapshot } from '@/lib/engine/model/snapshot';
import { bearer, cookie, goodClaims, jwt, NOW, SITE, snap, stored } from './helpers';

/** Every sentence a report asks the UI to show. */
function messagesOf(report: Report): Msg[] {
  return [
    report.verdict.summary,
    ...report.verdict.evidence.map((e) => e.message),
    ...report.findings.map((f) => f.message),
    ...report.tokens.flatMap((t) => [
      ...t.kindReasons,
      ...t.claims.map((c) => c.meaning),
      ...(t.error ? [t.error.message] : []),
    ]),
    ...report.cookies.flatMap((c) => c.credential.reasons),
    ...report.problems.map((p) => p.message),
  ];
}

const dirs = ['', 'recorded'].map((sub) =>
  join(import.meta.dirname, '../../../fixtures/snapshots', sub),
);
const fixtures = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as Snapshot] as const),
);

/** Extra snapshots that reach the rarer messages (problems, kinds, reasons). */
const extras: [string, Snapshot][] = [
  ['garbage', 42 as unknown as Snapshot],
  [
    'bad entries',
    { ...snap(), cookies: [null, { name: 5 }], requests: 'x' } as unknown as Snapshot,
  ],
  [
    'many kinds',
    snap({
      cookies: [
        cookie({ name: 'csrftoken', value: 'abc', httpOnly: false }),
        cookie({ name: '__Host-authjs.csrf-token', value: 'abc|def' }),
        cookie({ name: 'AWSALB', value: 'x'.repeat(40) }),
        cookie({ name: 'lang', value: 'ko' }),
        cookie({ name: 'mystery', value: 'Q2hhbmdlLW1lLXRvLWEtcmFuZG9tLXZhbHVlLXBsZWFzZQ' }),
        cookie({ name: 'empty_session', value: '' }),
      ],
      storage: [
        stored(
          'CognitoIdentityServiceProvider.abc.alice.idToken',
          jwt(goodClaims({ token_use: 'id' })),
        ),
        stored('kc', jwt(goodClaims({ typ: 'Refresh', scope: undefined }))),
        stored('x', JSON.stringify({ token: jwt({ sub: 'a', iat: 1, exp: 3 }) })),
      ],
      requests: [
        bearer(`${SITE}/api`, jwt(goodClaims({ nbf: Math.floor(NOW / 1000) + 9999 }))),
        bearer(`${SITE}/api`, 'not-a-jwt-but-opaque-token-1234567890'),
        bearer(`${SITE}/api`, 'eyJhbGciOiJub25lIn0.%%%.'),
      ],
    }),
  ],
];

/** The lab's recordings of real auth stacks, analysed at the moment they were recorded. */
const labDir = join(import.meta.dirname, '../../../fixtures/lab');
const labReports = readdirSync(labDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const { snapshot, recordedAt } = JSON.parse(readFileSync(join(labDir, f), 'utf8')) as {
      snapshot: Snapshot;
      recordedAt: number;
    };
    return [`lab/${f}`, analyze(snapshot, recordedAt)] as const;
  });

const reports = [
  ...[...fixtures, ...extras].map(([name, s]) => [name, analyze(s, NOW)] as const),
  ...labReports,
];

/**
 * Every member of a union type, as a list: the object must name each member (tsc fails on a
 * missing or unknown one), so a kind added to the model cannot be left out of these tests.
 */
function membersOf<T extends string>(all: Record<T, true>): T[] {
  return Object.keys(all) as T[];
}
const kinds = membersOf<TokenKind>({
  access: true,
  refresh: true,
  id: true,
  'session-id': true,
  'session-data': true,
  'authorization-code': true,
  csrf: true,
  unknown: true,
});
const states = membersOf<ExpiryState>({
  session: true,
  valid: true,
  'expiring-soon': true,
  expired: true,
  'not-yet-valid': true,
  'never-expires': true,
  unknown: true,
});
const verdicts = membersOf<VerdictKind>({
  session: true,
  token: true,
  'token-in-cookie': true,
  hybrid: true,
  'http-auth': true,
  none: true,
});

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');

describe('every message the analysis produces exists in both languages', () => {
  describe.each(reports)('%s', (_name, report) => {
    it('gives only verdict and token kinds the UI knows', () => {
      expect(verdicts).toContain(report.verdict.kind);
      for (const token of report.tokens) expect(kinds).toContain(token.kind);
    });

    it('uses only catalogue keys, with every placeholder filled', () => {
      for (const msg of messagesOf(report)) {
        const entry = catalogue[msg.key];
        expect(entry, msg.key).toBeDefined();
        for (const name of placeholders(entry?.en ?? '')) {
          expect(msg.params ?? {}, `${msg.key} needs {${name}}`).toHaveProperty(name);
        }
      }
    });
  });

  it.each([
    ...kinds.map((k) => `analysis.kind.${k}`),
    ...states.map((s) => `analysis.expiry.${s}`),
    ...LOCATION_ORDER.map((l) => `analysis.location.${l}`),
    ...kinds.map((k) => `ui.kind.${k}`),
    ...verdicts.flatMap((v) => [`verdict.kind.${v}`, `verdict.summary.${v}`, `ui.verdict.${v}`]),
  ])('%s is explained', (key) => {
    expect(catalogue[key]?.ko).toBeTruthy();
    expect(catalogue[key]?.en).toBeTruthy();
  });
});
