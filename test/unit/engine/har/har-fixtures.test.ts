/**
 * The HAR fixtures recorded from the demo's logins (test/fixtures/har) give the verdicts the live
 * panel gives on the same logins (panel.e2e.ts, popup-firefox.e2e.ts), and a recorded live
 * snapshot of the bearer login (test/fixtures/snapshots) agrees with its HAR.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze/analyze';
import type { Snapshot } from '@/lib/engine/model/snapshot';
import { importHarText } from './import-har-text';

const FIXTURES = join(import.meta.dirname, '../../../fixtures');
const har = (name: string) => readFileSync(join(FIXTURES, 'har', name), 'utf8');

describe('HAR fixtures of the demo logins', () => {
  it.each([
    ['chromium-session.har', 'session', 'session.localhost'],
    ['chromium-bearer.har', 'token', 'bearer.localhost'],
    ['chromium-jwt-cookie.har', 'token-in-cookie', 'jwtcookie.localhost'],
    ['chromium-plain.har', 'none', 'plain.localhost'],
    ['firefox-bearer.har', 'token', 'bearer.localhost'],
  ])('%s gives the live verdict %s for %s', (file, verdict, domain) => {
    const { report, sites } = importHarText(har(file));
    expect(sites[0]).toBe(domain);
    expect(report.verdict.kind).toBe(verdict);
  });

  it('the bearer login: the HAR and the live snapshot agree on verdict and token kinds', () => {
    const live = JSON.parse(
      readFileSync(join(FIXTURES, 'snapshots/bearer-localhost.json'), 'utf8'),
    ) as Snapshot;
    const fromLive = analyze(live, live.takenAt);
    const { report } = importHarText(har('chromium-bearer.har'));
    expect(report.verdict.kind).toBe(fromLive.verdict.kind);
    const kinds = (r: typeof report) => [...new Set(r.tokens.map((t) => t.kind))].sort();
    // The live snapshot also read localStorage, which a HAR never holds; everything the HAR
    // shows is something the live panel showed too.
    expect(kinds(fromLive)).toEqual(expect.arrayContaining(kinds(report)));
  });

  it('says that web storage and IndexedDB are not in a HAR, rather than that they were empty', () => {
    const { report } = importHarText(har('chromium-bearer.har'));
    expect(report.unavailable).toEqual(
      expect.arrayContaining([
        { what: 'storage', reason: 'not-in-har' },
        { what: 'indexedDB', reason: 'not-in-har' },
      ]),
    );
  });

  it('reads the session cookie with the attributes its Set-Cookie gave', () => {
    const { report } = importHarText(har('chromium-session.har'));
    const sid = report.cookies.find((c) => c.name === 'sessionid');
    expect(sid).toMatchObject({ httpOnly: true, secure: true, sameSite: 'lax' });
  });
});
