import { describe, expect, it } from 'vitest';
import { groupFindings } from '@/lib/engine/display/finding-groups';
import { makeFinding } from '@/lib/engine/findings/catalogue';
import { labReport } from '@/test/fixtures/engine-reports';

describe('groupFindings', () => {
  it('puts each finding under the token it is about, the most severe group first', () => {
    const report = labReport('cognito');
    const groups = groupFindings(report);
    const rank = { high: 0, medium: 1, low: 2, info: 3 };
    const worst = groups.map((g) => rank[g.findings[0]!.severity]);
    expect(worst).toEqual([...worst].sort((a, b) => a - b));
    for (const group of groups.filter((g) => g.tokenId)) {
      const token = report.tokens.find((t) => t.id === group.tokenId)!;
      expect(token.artifactIds).toContain(group.artifactId);
    }
    expect(groups.reduce((n, g) => n + g.findings.length, 0)).toBe(report.findings.length);
  });

  it('shows a rule once per token, whichever of its places it was found in', () => {
    const report = labReport('firebase');
    const token = report.tokens.find((t) => t.artifactIds.length > 1)!;
    const [stored, sent] = token.artifactIds;
    const twice = [
      makeFinding('jwt.long-lifetime', { tokenId: token.id, artifactId: stored }),
      makeFinding('jwt.long-lifetime', { tokenId: token.id, artifactId: sent }),
    ];
    const groups = groupFindings({ ...report, findings: twice });
    expect(groups).toHaveLength(1);
    expect(groups[0]?.findings.map((f) => f.id)).toEqual(['jwt.long-lifetime']);
    // Named by where the token is kept, not by the header it was sent in.
    expect(report.artifacts.find((a) => a.id === groups[0]?.artifactId)?.location).toBe(
      'indexedDB',
    );
  });

  it('keeps findings about no token apart: a cookie by itself, the site as a whole', () => {
    const report = labReport('msal');
    const cookie = report.artifacts.find((a) => a.location === 'cookie-httponly' && !a.tokenId)!;
    const groups = groupFindings({
      ...report,
      findings: [
        makeFinding('cookie.credential-without-secure', { artifactId: cookie.id }),
        makeFinding('transport.credentials-over-http', {}),
      ],
    });
    expect(groups.map((g) => g.key).sort()).toEqual([`artifact:${cookie.id}`, 'site']);
  });
});
