import { describe, expect, it } from 'vitest';
import { expirySummary } from '@/lib/engine/display/expiry-summary';
import {
  FIXTURE_NOW,
  LATER,
  bearerReport,
  labRecording,
  labReport,
  recordedSnapshot,
  reportOf,
} from '@/test/fixtures/engine-reports';

describe('expirySummary', () => {
  it('names the live token that expires first and the replaced one that just expired', () => {
    const { first, expired, moreExpired } = expirySummary(bearerReport, FIXTURE_NOW);
    expect(first?.tokenId).toBe(bearerReport.soonestExpiry?.tokenId);
    expect(first?.next).toBe('refresh');
    expect(expired?.next).toBe('replaced');
    expect(moreExpired).toBe(0);
  });

  it('names an expired token where the engine has no live expiry left', () => {
    const report = reportOf(recordedSnapshot('jwtcookie-localhost'), LATER);
    expect(report.soonestExpiry).toBeUndefined();
    const { first, expired } = expirySummary(report, LATER);
    expect(first).toBeUndefined();
    expect(expired?.tokenId).toBe(report.tokens[0]?.id);
    // No refresh flow seen: Tokki does not guess what happens next.
    expect(expired?.next).toBeUndefined();
  });

  it('counts the expired tokens besides the one it names', () => {
    const report = reportOf(recordedSnapshot('bearer-localhost'), LATER);
    const { first, expired, moreExpired } = expirySummary(report, LATER);
    expect(report.tokens.find((t) => t.id === first?.tokenId)?.kind).toBe('refresh');
    expect(first?.next).toBeUndefined();
    expect(expired).toBeDefined();
    expect(moreExpired).toBe(1);
  });

  it("says Firebase's ID token is renewed with its refresh token", () => {
    const report = labReport('firebase');
    expect(expirySummary(report, labRecording('firebase').recordedAt).first?.next).toBe('refresh');
  });
});
