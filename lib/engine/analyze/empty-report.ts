import type { Report } from '../model/report';
import { locationRisks } from './locations';

/**
 * A report of `site` with nothing in it: no credential, every count zero, every storage
 * location's row. What the engine answers when analysis fails, and what fixtures start from.
 */
export function emptyReport(site: Report['site'], now: number): Report {
  return {
    site,
    generatedAt: now,
    verdict: {
      kind: 'none',
      confidence: 0,
      summary: { key: 'verdict.summary.none' },
      evidence: [],
    },
    cookies: [],
    tokens: [],
    artifacts: [],
    findings: [],
    requests: [],
    locations: locationRisks(new Map()),
    counts: {
      cookies: { session: 0, persistent: 0, total: 0 },
      tokens: 0,
      findings: { high: 0, medium: 0, low: 0, info: 0 },
      requests: { total: 0, withCredentials: 0, dropped: 0 },
    },
    unavailable: [],
    problems: [],
  };
}
