import type { Finding, Severity } from '@/lib/engine/model/report';

export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 };

/** Most severe first; the engine's order is kept among equals. Returns a new array. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || a.index - b.index)
    .map((entry) => entry.finding);
}
