import { describe, expect, it } from 'vitest';
import { catalogue } from '@/lib/engine/i18n/catalogue';
import type { Msg, Report, VerdictKind } from '@/lib/engine/model/report';
import * as reports from '@/test/fixtures/engine-reports';

/** Every Msg inside a report: anything with a string `key`. */
function messagesIn(value: unknown, found: Msg[] = []): Msg[] {
  if (Array.isArray(value)) value.forEach((v) => messagesIn(v, found));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (
      typeof record.key === 'string' &&
      ('params' in record || Object.keys(record).length === 1)
    ) {
      found.push(record as unknown as Msg);
    }
    Object.values(record).forEach((v) => messagesIn(v, found));
  }
  return found;
}

/**
 * The state each report the UI tests render stands for: its verdict, and what could not be read.
 * A staged snapshot that stopped showing its state would leave the views' tests checking nothing.
 */
const STATES: [string, Report, VerdictKind, string[]][] = [
  ['session', reports.sessionReport, 'session', []],
  ['session with neighbours', reports.sessionWithNeighboursReport, 'session', []],
  ['bearer', reports.bearerReport, 'token', []],
  ['jwt in cookie', reports.jwtCookieReport, 'token-in-cookie', []],
  ['readable jwt cookie', reports.readableJwtCookieReport, 'token-in-cookie', []],
  ['none', reports.noneReport, 'none', []],
  ['hybrid', reports.hybridReport, 'hybrid', []],
  ['many cookies', reports.manyCookiesReport, 'hybrid', []],
  ['edge', reports.edgeReport, 'token', []],
  ['restricted', reports.restrictedReport, 'none', ['restricted-page']],
  ['access withheld', reports.accessWithheldReport, 'none', ['no-host-permission']],
];

describe('the engine reports UI tests render', () => {
  it.each(STATES)('%s: is the state it is named for', (_name, report, verdict, unavailable) => {
    expect(report.verdict.kind).toBe(verdict);
    expect([...new Set(report.unavailable.map((u) => u.reason))]).toEqual(unavailable);
  });

  it.each(STATES)(
    '%s: only uses sentences the catalogue has, with all their parameters',
    (_name, report) => {
      const messages = messagesIn(report);
      expect(messages.length).toBeGreaterThan(0);
      for (const msg of messages) {
        const entry = catalogue[msg.key];
        expect(entry, msg.key).toBeDefined();
        const needed = [...(entry?.en ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        for (const name of needed)
          expect(msg.params ?? {}, `${msg.key} {${name}}`).toHaveProperty(name!);
      }
    },
  );

  it.each(STATES)('%s: analyses without problems but the ones it stages', (name, report) => {
    // The edge site keeps a truncated JWT in localStorage on purpose.
    const expected = name === 'edge' ? ['decode.ERR_TRUNCATED'] : [];
    expect(report.problems.map((p) => p.message.key)).toEqual(expected);
  });

  it('the clock sits where the demo tokens are live, and LATER where they have expired', () => {
    const state = (report: Report, value: string) =>
      report.tokens.find((t) => t.value === value)?.expiry.state;
    expect(state(reports.bearerReport, reports.BEARER.access)).toBe('expiring-soon');
    expect(state(reports.jwtCookieReport, reports.JWT_COOKIE)).toBe('valid');
    const later = reports.reportOf(reports.recordedSnapshot('jwtcookie-localhost'), reports.LATER);
    expect(state(later, reports.JWT_COOKIE)).toBe('expired');
  });
});
