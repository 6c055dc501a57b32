import type { Report } from '../model/report';

/** Union-find over token ids: each root names one login. */
class Groups {
  private readonly parent = new Map<string, string>();

  find(id: string): string {
    let root = id;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(id, root);
    return root;
  }

  join(ids: readonly string[]): void {
    const [first, ...rest] = ids;
    if (first === undefined) return;
    const root = this.find(first);
    for (const id of rest) this.parent.set(this.find(id), root);
  }
}

/**
 * Splits the report's tokens into logins: tokens of one refresh chain, the refresh token and the
 * tokens it renewed, tokens a response issued together with the credentials its request carried
 * (a session cookie sent to `GET /api/ws-token` whose answer is a Bearer token: one hybrid
 * login), and tokens kept under one storage key. Each login lists its token ids; logins and their
 * tokens keep the report's order.
 */
export function loginGroups(report: Report, chains: readonly string[][]): string[][] {
  const groups = new Groups();
  const known = new Set(report.tokens.map((t) => t.id));
  for (const chain of chains) groups.join(chain);

  const flow = report.verdict.flow;
  const refreshIds = new Set(flow?.refreshRequestIds ?? []);
  if (flow?.refreshTokenId && known.has(flow.refreshTokenId)) {
    const renewed = chains.filter((c) => c.length > 1).flat();
    groups.join([flow.refreshTokenId, ...renewed]);
  }

  const carried = new Map(report.requests.map((r) => [r.id, r.tokenIds]));
  const byStoreKey = new Map<string, string[]>();
  const issuedBy = new Map<string, string[]>();
  for (const artifact of report.artifacts) {
    const tokenId = artifact.tokenId;
    if (tokenId === undefined || !known.has(tokenId)) continue;
    if (artifact.location === 'response-body') {
      for (const requestId of artifact.requestIds) {
        issuedBy.set(requestId, [...(issuedBy.get(requestId) ?? []), tokenId]);
        if (refreshIds.has(requestId) && flow?.refreshTokenId) {
          groups.join([tokenId, flow.refreshTokenId]);
        }
      }
    }
    if (artifact.path !== undefined) {
      const key = `${artifact.location}\u0000${artifact.origin ?? ''}\u0000${artifact.name}`;
      byStoreKey.set(key, [...(byStoreKey.get(key) ?? []), tokenId]);
    }
  }
  for (const [requestId, issued] of issuedBy) {
    const sent = (carried.get(requestId) ?? []).filter((id) => known.has(id));
    groups.join([...issued, ...sent]);
  }
  for (const ids of byStoreKey.values()) groups.join(ids);

  const out = new Map<string, string[]>();
  for (const token of report.tokens) {
    const root = groups.find(token.id);
    out.set(root, [...(out.get(root) ?? []), token.id]);
  }
  return [...out.values()];
}
