import { useMemo } from 'react';
import { Text } from '@/components/shared/text';
import type { Report } from '@/lib/engine/model/report';
import { buildSequences, type LoginSequence } from '@/lib/engine/flow/build-sequences';
import { FlowCredentialCard } from './flow-credential';
import { FlowStepRow } from './flow-step';
import './flow.css';

function Sequence({ sequence, n }: { sequence: LoginSequence; n: number }) {
  const start = sequence.steps[0]?.time ?? 0;
  const heading = `tp-seq-${n}`;
  return (
    <section className="tp-flow-seq" data-testid="flow-sequence" aria-labelledby={heading}>
      <h3 id={heading}>
        <Text msg={{ key: 'panel.flow.seq.heading', params: { n } }} />
      </h3>
      <h4 className="tp-muted tp-small">
        <Text msg={{ key: 'panel.flow.seq.credentials' }} />
      </h4>
      <ul className="tp-flow-creds">
        {sequence.credentials.map((c) => (
          <FlowCredentialCard key={c.tokenId} credential={c} />
        ))}
      </ul>
      <h4 className="tp-muted tp-small">
        <Text msg={{ key: 'panel.flow.seq.steps' }} />
      </h4>
      <ol className="tp-flow-steps">
        {sequence.steps.map((step) => (
          <FlowStepRow key={step.n} step={step} start={start} />
        ))}
      </ol>
    </section>
  );
}

/**
 * Each login as one numbered sequence between the browser and the server — issue → store → send
 * → refresh → replace → expire — with each credential's fingerprint and which one is live. The
 * login the verdict rests on comes first; a step opens its request.
 */
export function FlowView({ report, now }: { report: Report; now: number }) {
  // States change when a credential expires; a second is fine-grained enough for that.
  const second = Math.floor(now / 1000) * 1000;
  const sequences = useMemo(
    () => buildSequences(report, Math.max(second, report.generatedAt)),
    [report, second],
  );
  if (sequences.length === 0) {
    return (
      <p className="tp-muted" data-testid="flow-empty">
        <Text msg={{ key: 'panel.flow.none' }} />
      </p>
    );
  }
  return (
    <div className="tp-flow">
      <p className="tp-muted tp-small">
        <Text msg={{ key: 'panel.flow.seq.intro' }} />
      </p>
      {sequences.map((sequence, i) => (
        <Sequence key={sequence.id} sequence={sequence} n={i + 1} />
      ))}
    </div>
  );
}
