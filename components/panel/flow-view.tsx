import { useMemo } from 'react';
import { Text } from '@/components/shared/text';
import { ValueText } from '@/components/shared/value-text';
import type { Msg, Report } from '@/lib/engine/model/report';
import {
  buildTimeline,
  type CredentialLife,
  type FlowEvent,
} from '@/lib/engine/flow/build-timeline';
import { selectToken, showTab } from './panel-store';
import { formatDateTime, formatRelative } from '@/lib/engine/i18n/format-time';

function TokenLink({
  id,
  lives,
  msgKey,
  n,
}: {
  id: string;
  lives: CredentialLife[];
  msgKey: Msg['key'];
  n?: number;
}) {
  const life = lives.find((l) => l.id === id);
  return (
    <button
      type="button"
      className="tp-link"
      data-link={msgKey}
      onClick={() => {
        selectToken(id);
        showTab('tokens');
      }}
    >
      <Text msg={{ key: msgKey, params: { label: life?.label ?? id, n: n ?? 1 } }} />
    </button>
  );
}

/** A life is over once its credential expired or was replaced; those fold away below the live ones. */
function isPast(life: CredentialLife): boolean {
  return life.links.replacedBy !== undefined || life.events.some((e) => e.stage === 'expired');
}

function Step({ e, now, lives }: { e: FlowEvent; now: number; lives: CredentialLife[] }) {
  const repeated = e.count !== undefined && e.count > 1 && e.stage !== 'used';
  return (
    <li
      className={`tp-step tp-step--${e.stage}`}
      data-testid="flow-step"
      data-stage={e.stage}
      data-count={e.count ?? 1}
    >
      <span className="tp-step__stage">
        <Text msg={{ key: `panel.flow.stage.${e.stage}` }} />
        {repeated && <span className="tp-muted"> ×{e.count}</span>}
      </span>
      <span className="tp-step__time tp-muted">
        {e.time !== undefined ? (
          <Text
            render={(l) => `${formatDateTime(e.time!, l)} (${formatRelative(e.time!, now, l)})`}
          />
        ) : (
          '—'
        )}
      </span>
      <span className="tp-step__what">
        <Text msg={e.message} />
        {e.lastTime !== undefined && e.lastTime !== e.time && (
          <span className="tp-muted">
            {' · '}
            <Text msg={{ key: 'panel.flow.last' }} />{' '}
            <Text render={(l) => formatRelative(e.lastTime!, now, l)} />
          </span>
        )}
        {e.relatedTokenId && e.stage === 'replaced' && (
          <TokenLink id={e.relatedTokenId} lives={lives} msgKey="panel.flow.replacedBy" />
        )}
      </span>
    </li>
  );
}

function Life({
  life,
  lives,
  now,
}: {
  life: CredentialLife;
  lives: CredentialLife[];
  now: number;
}) {
  const renewed = life.links.refreshes ?? [];
  const latest = renewed.at(-1);
  return (
    <section
      className={`tp-life tp-life--${life.kind}`}
      data-testid="flow-life"
      data-kind={life.kind}
      data-token-id={life.tokenId ?? ''}
      data-past={isPast(life)}
      aria-labelledby={`tp-life-${life.id}`}
    >
      <h3 id={`tp-life-${life.id}`}>
        <span className="tp-badge">
          <Text msg={{ key: `ui.kind.${life.kind}` }} />
        </span>{' '}
        <ValueText className="tp-mono" value={life.label} />
      </h3>
      <div className="tp-life__links">
        {life.links.replaces && (
          <TokenLink id={life.links.replaces} lives={lives} msgKey="panel.flow.replaces" />
        )}
        {life.links.replacedBy && (
          <TokenLink id={life.links.replacedBy} lives={lives} msgKey="panel.flow.replacedBy" />
        )}
        {life.links.refreshTokenId && (
          <TokenLink id={life.links.refreshTokenId} lives={lives} msgKey="panel.flow.renewedWith" />
        )}
        {latest && (
          <TokenLink id={latest} lives={lives} msgKey="panel.flow.renews" n={renewed.length} />
        )}
      </div>
      <ol className="tp-timeline">
        {life.events.map((e, i) => (
          <Step key={i} e={e} now={now} lives={lives} />
        ))}
      </ol>
    </section>
  );
}

/**
 * Each credential's life as a timeline — issued → stored → used → refreshed/replaced → expired —
 * with access tokens linked to the refresh token that renewed them. Credentials still alive come
 * first; expired or replaced ones fold into a disclosure so a long session stays readable.
 */
export function FlowView({ report, now }: { report: Report; now: number }) {
  // The timeline only changes state once a minute matters; `now` still moves the relative times.
  const minute = Math.floor(now / 60_000) * 60_000;
  const lives = useMemo(
    () => buildTimeline(report, Math.max(minute, report.generatedAt)),
    [report, minute],
  );
  if (lives.length === 0) {
    return (
      <p className="tp-muted" data-testid="flow-empty">
        <Text msg={{ key: 'panel.flow.none' }} />
      </p>
    );
  }
  const current = lives.filter((l) => !isPast(l));
  const past = lives.filter(isPast);
  return (
    <div className="tp-flow">
      <p className="tp-muted tp-small">
        <Text msg={{ key: 'panel.flow.intro' }} />
      </p>
      {current.map((life) => (
        <Life key={life.id} life={life} lives={lives} now={now} />
      ))}
      {past.length > 0 && (
        <details className="tp-past" data-testid="flow-past" open={past.length <= 3}>
          <summary>
            <Text msg={{ key: 'panel.flow.past', params: { n: past.length } }} />
          </summary>
          {past.map((life) => (
            <Life key={life.id} life={life} lives={lives} now={now} />
          ))}
        </details>
      )}
    </div>
  );
}
