import type { Evidence } from '@/lib/engine/model/report';

export interface EvidenceGroup {
  evidence: Evidence;
  count: number;
}

/**
 * Identical pieces of evidence (one per refreshed token, say) shown once with a count; the group
 * keeps the newest item, the artifact the user most likely wants to open.
 */
export function groupEvidence(evidence: readonly Evidence[]): EvidenceGroup[] {
  const groups = new Map<string, EvidenceGroup>();
  for (const e of evidence) {
    const key = `${e.message.key}\u0000${JSON.stringify(e.message.params ?? {})}`;
    const seen = groups.get(key);
    groups.set(key, { evidence: e, count: (seen?.count ?? 0) + 1 });
  }
  return [...groups.values()];
}
