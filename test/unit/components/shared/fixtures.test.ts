import { describe, expect, it } from 'vitest';
import { FINDING_IDS } from '@/lib/engine/findings/catalogue';
import { catalogue } from '@/lib/engine/i18n/catalogue';
import type { Msg, Report } from '@/lib/engine/model/report';
import * as panelFixtures from '@/test/fixtures/panel-reports';
import * as fixtures from '@/test/fixtures/reports';

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

/** Both hand-written sets: the popup's (reports) and the panel's (panel-reports). */
const reports = [
  ...Object.entries(fixtures).map(
    ([name, value]) => [`reports/${name}`, value] as [string, unknown],
  ),
  ...Object.entries(panelFixtures).map(
    ([name, value]) => [`panel-reports/${name}`, value] as [string, unknown],
  ),
].filter(
  (entry): entry is [string, Report] =>
    typeof entry[1] === 'object' && entry[1] !== null && 'verdict' in entry[1],
);

describe('report fixtures', () => {
  it.each(reports)(
    '%s only uses sentences the catalogue has, with all their parameters',
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

  it.each(reports)(
    '%s only has findings the engine can raise, each tied to its own key',
    (_name, report) => {
      for (const finding of report.findings) {
        expect(FINDING_IDS, finding.key).toContain(finding.id);
        expect(finding.key.startsWith(`${finding.id}@`), finding.key).toBe(true);
        expect(finding.message.key).toBe(`finding.${finding.id}`);
      }
    },
  );
});
