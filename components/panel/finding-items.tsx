import { Text } from '@/components/shared/text';
import { EvidenceText } from '@/components/shared/evidence-text';
import type { Finding, Report } from '@/lib/engine/model/report';
import { openArtifact } from './panel-store';

/** Findings as a list, each with its stable id and a link to what it is about. */
export function FindingItems({ findings, report }: { findings: Finding[]; report: Report }) {
  if (findings.length === 0) {
    return (
      <p className="tp-muted">
        <Text msg={{ key: 'panel.findings.none' }} />
      </p>
    );
  }
  const cookieIds = new Set(report.cookies.map((c) => c.artifactId));
  const artifacts = new Map(report.artifacts.map((a) => [a.id, a]));
  return (
    <ul className="tp-findings">
      {findings.map((f) => {
        const cookieArtifactId =
          f.artifactId && cookieIds.has(f.artifactId) ? f.artifactId : undefined;
        const linkable = cookieArtifactId !== undefined || f.tokenId !== undefined;
        return (
          <li key={f.key} className="tp-finding" data-finding-id={f.id} data-severity={f.severity}>
            <span className={`tp-sev tp-sev--${f.severity}`}>
              <Text msg={{ key: `ui.severity.${f.severity}` }} />
            </span>{' '}
            <EvidenceText
              evidence={f}
              artifact={f.artifactId ? artifacts.get(f.artifactId) : undefined}
            />{' '}
            <code className="tp-muted">{f.id}</code>
            {linkable && (
              <button
                type="button"
                className="tp-link"
                onClick={() => openArtifact({ cookieArtifactId, tokenId: f.tokenId })}
              >
                <Text msg={{ key: 'panel.openArtifact' }} />
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
