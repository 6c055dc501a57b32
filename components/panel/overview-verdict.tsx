import { groupEvidence, replacedTokenIds } from '@/components/shared/group-evidence';
import { SeenCount } from '@/components/shared/seen-count';
import { Text } from '@/components/shared/text';
import { verdictTitle } from '@/lib/engine/display/verdict-title';
import type { Artifact, Evidence, Report } from '@/lib/engine/model/report';
import { EvidenceCopyKey, EvidenceText } from '@/components/shared/evidence-text';
import { openArtifact } from './panel-store';

/** One piece of evidence, a link to its cookie or token when it names one, and how often seen. */
function EvidenceItem({
  evidence: e,
  count,
  cookieIds,
  artifact,
}: {
  evidence: Evidence;
  count: number;
  cookieIds: Set<string>;
  artifact: Artifact | undefined;
}) {
  const cookieArtifactId = e.artifactId && cookieIds.has(e.artifactId) ? e.artifactId : undefined;
  const linkable = cookieArtifactId !== undefined || e.tokenId !== undefined;
  return (
    <li data-testid="evidence" data-count={count}>
      {linkable ? (
        <button
          type="button"
          className="tp-link"
          onClick={() => openArtifact({ cookieArtifactId, tokenId: e.tokenId })}
        >
          <EvidenceText evidence={e} artifact={artifact} />
        </button>
      ) : (
        <EvidenceText evidence={e} artifact={artifact} />
      )}
      {count > 1 && <SeenCount count={count} className="tp-muted" />}
      <EvidenceCopyKey evidence={e} artifact={artifact} />
    </li>
  );
}

function EvidenceList({ report }: { report: Report }) {
  const cookieIds = new Set(report.cookies.map((c) => c.artifactId));
  const artifacts = new Map(report.artifacts.map((a) => [a.id, a]));
  return (
    <>
      <h3>
        <Text msg={{ key: 'panel.evidence' }} />
      </h3>
      <ul className="tp-evidence">
        {groupEvidence(report.verdict.evidence, replacedTokenIds(report.verdict.flow)).map(
          ({ evidence, count }, i) => (
            <EvidenceItem
              key={i}
              evidence={evidence}
              count={count}
              cookieIds={cookieIds}
              artifact={evidence.artifactId ? artifacts.get(evidence.artifactId) : undefined}
            />
          ),
        )}
      </ul>
    </>
  );
}

/** The verdict: its title and confidence, the summary, and the evidence it rests on. */
export function OverviewVerdict({ report }: { report: Report }) {
  const { verdict } = report;
  return (
    <section
      className={`tp-verdict tp-verdict--${verdict.kind}`}
      data-testid="verdict"
      data-verdict={verdict.kind}
      aria-labelledby="tp-verdict-title"
    >
      <h2 id="tp-verdict-title">
        <Text msg={verdictTitle(verdict)} />{' '}
        <span className="tp-muted">
          <Text
            msg={{
              key: 'ui.verdict.confidence',
              params: { pct: Math.round(verdict.confidence * 100) },
            }}
          />
        </span>
      </h2>
      <p>
        <Text msg={verdict.summary} layout="block" />
      </p>
      {verdict.evidence.length > 0 && <EvidenceList report={report} />}
    </section>
  );
}
