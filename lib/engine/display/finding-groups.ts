import type { Artifact, Finding, Report, Severity } from '../model/report';

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 };

/** The findings about one credential, or about the site as a whole (no token, no artifact). */
export interface FindingGroup {
  /** `token:<id>`, `artifact:<id>` or `site`: stable, for React keys and tests. */
  key: string;
  tokenId?: string;
  /** The artifact to name the group by: where the token is kept, or the cookie itself. */
  artifactId?: string;
  /** One per rule, most severe first. */
  findings: Finding[];
}

/** A stored place names a token better than the header it was sent in. */
function placeRank(a: Artifact): number {
  return a.location === 'header' || a.location === 'url' ? 1 : 0;
}

/**
 * Findings grouped by the token (or, without one, the artifact) they are about, one finding per
 * rule in each group: a token kept in two places, or three generations of one access token, would
 * otherwise list the same sentence several times without saying for which. Groups with the most
 * severe finding come first, the engine's order kept among equals.
 *
 * @example groupFindings(report).map((g) => g.key) // ['token:tok-1', 'artifact:cookie:…', 'site']
 */
export function groupFindings(
  report: Pick<Report, 'findings' | 'artifacts' | 'tokens'>,
): FindingGroup[] {
  const artifacts = new Map(report.artifacts.map((a) => [a.id, a]));
  const tokens = new Map(report.tokens.map((t) => [t.id, t]));
  const groups = new Map<string, FindingGroup & { rules: Set<string> }>();
  for (const finding of report.findings) {
    const tokenId = finding.tokenId ?? artifacts.get(finding.artifactId ?? '')?.tokenId;
    const key = tokenId
      ? `token:${tokenId}`
      : finding.artifactId
        ? `artifact:${finding.artifactId}`
        : 'site';
    let group = groups.get(key);
    if (!group) {
      group = { key, findings: [], rules: new Set() };
      if (tokenId) group.tokenId = tokenId;
      const named = tokenId
        ? namingArtifact(tokens.get(tokenId)?.artifactIds, artifacts)
        : undefined;
      const artifactId = named ?? finding.artifactId;
      if (artifactId) group.artifactId = artifactId;
      groups.set(key, group);
    }
    if (group.rules.has(finding.id)) continue;
    group.rules.add(finding.id);
    group.findings.push(finding);
  }
  const worst = (g: FindingGroup) => Math.min(...g.findings.map((f) => RANK[f.severity]));
  return [...groups.values()]
    .map(({ rules: _rules, ...group }) => ({
      ...group,
      findings: group.findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
        .map(({ f }) => f),
    }))
    .map((group, index) => ({ group, index }))
    .sort((a, b) => worst(a.group) - worst(b.group) || a.index - b.index)
    .map(({ group }) => group);
}

/** The artifact that names a token best: a stored place before a header it was sent in. */
function namingArtifact(
  ids: readonly string[] | undefined,
  artifacts: ReadonlyMap<string, Artifact>,
): string | undefined {
  const places = (ids ?? []).flatMap((id) => artifacts.get(id) ?? []);
  return places.sort((a, b) => placeRank(a) - placeRank(b))[0]?.id;
}
