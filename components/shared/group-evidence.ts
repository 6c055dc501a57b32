import type { Evidence, RefreshFlow } from '@/lib/engine/model/report';

export interface EvidenceGroup {
  evidence: Evidence;
  count: number;
}

/** The tokens a refresh replaced, which a grouped line should not open. */
export function replacedTokenIds(flow: RefreshFlow | undefined): ReadonlySet<string> {
  return new Set(flow?.replacements.map((r) => r.fromTokenId));
}

/**
 * Identical pieces of evidence (one per refreshed token, say) shown once with a count. The group
 * keeps the first item that points at a live token: the engine lists the live token first, and
 * the line opens the artifact the user most likely wants, never a token a refresh replaced.
 */
export function groupEvidence(
  evidence: readonly Evidence[],
  replaced: ReadonlySet<string> = new Set(),
): EvidenceGroup[] {
  const groups = new Map<string, EvidenceGroup>();
  const isReplaced = (e: Evidence) => e.tokenId !== undefined && replaced.has(e.tokenId);
  for (const e of evidence) {
    const key = `${e.message.key}\u0000${JSON.stringify(e.message.params ?? {})}`;
    const seen = groups.get(key);
    if (!seen) groups.set(key, { evidence: e, count: 1 });
    else {
      seen.count += 1;
      if (isReplaced(seen.evidence) && !isReplaced(e)) seen.evidence = e;
    }
  }
  return [...groups.values()];
}
