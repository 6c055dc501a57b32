import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze/analyze';
import type { ExpiryState, Location, TokenKind, VerdictKind } from '@/lib/engine/model/report';
import type { Snapshot } from '@/lib/engine/model/snapshot';

/**
 * Every `<name>.json` snapshot in test/fixtures/snapshots (and its recorded/ folder) with a `<name>.expected.json` sidecar is
 * analysed and checked against it. Recorded fixtures can be dropped in next to the hand-made ones.
 */
interface Expected {
  verdict: VerdictKind;
  /** Analyse at this time instead of the snapshot's takenAt. */
  now?: number;
  /** `refreshRequests`: true = at least one, a number = exactly that many. */
  flow?: { refreshToken?: boolean; refreshRequests?: boolean | number; replacements?: boolean };
  /** Finding ids that must appear. */
  findings?: string[];
  /** Finding ids that must not appear. */
  absentFindings?: string[];
  /** How many tokens of each kind. */
  tokenKinds?: Partial<Record<TokenKind, number>>;
  /** How many credentials of the site each location holds (the location table). */
  locations?: Partial<Record<Location, number>>;
  /** The expiry states of the tokens of each kind, in any order. */
  tokenExpiry?: Partial<Record<TokenKind, ExpiryState[]>>;
  /** The expiry state of each named cookie. */
  cookieExpiry?: Record<string, ExpiryState>;
}

const root = join(import.meta.dirname, '../../../fixtures/snapshots');
// The hand-made fixtures, and the ones record.mjs saved from real runs of the extension.
const dirs = [root, join(root, 'recorded')];
const cases = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => {
      const name = f.replace(/\.expected\.json$/, '');
      const snapshot = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Snapshot;
      const expected = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Expected;
      return { name, snapshot, expected };
    }),
);

describe('snapshot fixtures', () => {
  it('finds the fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  describe.each(cases)('$name', ({ snapshot, expected }) => {
    const report = analyze(snapshot, expected.now ?? snapshot.takenAt);
    const ids = new Set(report.findings.map((f) => f.id));

    it(`says the site is "${expected.verdict}"`, () => {
      expect(report.verdict.kind).toBe(expected.verdict);
    });

    it('backs the verdict with evidence pointing at what it saw', () => {
      expect(report.verdict.evidence.length).toBeGreaterThan(0);
      const artifactIds = new Set(report.artifacts.map((a) => a.id));
      const tokenIds = new Set(report.tokens.map((t) => t.id));
      for (const e of report.verdict.evidence) {
        if (e.artifactId !== undefined) expect(artifactIds).toContain(e.artifactId);
        if (e.tokenId !== undefined) expect(tokenIds).toContain(e.tokenId);
      }
    });

    it('reports the refresh flow it saw', () => {
      const flow = report.verdict.flow;
      if (!expected.flow) {
        expect(flow?.refreshTokenId).toBeUndefined();
        return;
      }
      expect(flow).toBeDefined();
      if (expected.flow.refreshToken) expect(flow?.refreshTokenId).toBeDefined();
      const wanted = expected.flow.refreshRequests;
      if (typeof wanted === 'number') expect(flow?.refreshRequestIds).toHaveLength(wanted);
      else if (wanted) expect(flow?.refreshRequestIds.length).toBeGreaterThan(0);
      if (expected.flow.replacements) expect(flow?.replacements.length).toBeGreaterThan(0);
    });

    it('raises the expected findings and not the others', () => {
      for (const id of expected.findings ?? []) expect(ids).toContain(id);
      for (const id of expected.absentFindings ?? []) expect(ids).not.toContain(id);
    });

    it('classifies the tokens', () => {
      const kinds: Partial<Record<TokenKind, number>> = {};
      for (const t of report.tokens) kinds[t.kind] = (kinds[t.kind] ?? 0) + 1;
      for (const [kind, count] of Object.entries(expected.tokenKinds ?? {})) {
        expect(kinds[kind as TokenKind] ?? 0).toBe(count);
      }
    });

    it('counts the credentials in each location', () => {
      for (const [location, count] of Object.entries(expected.locations ?? {})) {
        expect(report.locations.find((l) => l.location === location)?.count ?? 0, location).toBe(
          count,
        );
      }
    });

    it('tells how long each token and cookie stays valid', () => {
      for (const [kind, states] of Object.entries(expected.tokenExpiry ?? {})) {
        const seen = report.tokens.filter((t) => t.kind === kind).map((t) => t.expiry.state);
        expect(seen.sort(), kind).toEqual([...states].sort());
      }
      for (const [name, state] of Object.entries(expected.cookieExpiry ?? {})) {
        expect(report.cookies.find((c) => c.name === name)?.expiry.state, name).toBe(state);
      }
    });

    it('has a CookieReport for every cookie and no parse problems', () => {
      expect(report.cookies).toHaveLength(snapshot.cookies.length);
      expect(report.problems).toEqual([]);
    });
  });
});
