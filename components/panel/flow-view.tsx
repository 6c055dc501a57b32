import { useMemo } from 'react';
import { Text } from '@/components/shared/text';
import type { Report } from '@/lib/model/report';
import { buildTimeline, type CredentialLife } from '@/lib/flow/build-timeline';
import { selectToken, showTab } from './panel-store';
import { dateTime, relativeTime } from './time-format';

function TokenLink({ id, lives, msgKey }: { id: string; lives: CredentialLife[]; msgKey: string }) {
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
      <Text msg={{ key: msgKey, params: { label: life?.label ?? id } }} />
    </button>
  );
}

/**
 * Each credential's life as a timeline — issued → stored → used → refreshed/replaced → expired —
 * with access tokens linked to the refresh token that renewed them.
 */
export function FlowView({ report, now }: { report: Report; now: number }) {
  const lives = useMemo(() => buildTimeline(report, now), [report, now]);
  if (lives.length === 0) {
    return (
      <p className="tp-muted" data-testid="flow-empty">
        <Text msg={{ key: 'panel.flow.none' }} />
      </p>
    );
  }
  return (
    <div className="tp-flow">
      <p className="tp-muted tp-small">
        <Text msg={{ key: 'panel.flow.intro' }} />
      </p>
      {lives.map((life) => (
        <section
          key={life.id}
          className={`tp-life tp-life--${life.kind}`}
          data-testid="flow-life"
          data-kind={life.kind}
          data-token-id={life.tokenId ?? ''}
          aria-labelledby={`tp-life-${life.id}`}
        >
          <h3 id={`tp-life-${life.id}`}>
            <span className="tp-badge">
              <Text msg={{ key: `ui.kind.${life.kind}` }} />
            </span>{' '}
            <bdi className="tp-mono">{life.label}</bdi>
          </h3>
          <div className="tp-life__links">
            {life.links.replaces && (
              <TokenLink id={life.links.replaces} lives={lives} msgKey="panel.flow.replaces" />
            )}
            {life.links.replacedBy && (
              <TokenLink id={life.links.replacedBy} lives={lives} msgKey="panel.flow.replacedBy" />
            )}
            {life.links.refreshTokenId && (
              <TokenLink
                id={life.links.refreshTokenId}
                lives={lives}
                msgKey="panel.flow.renewedWith"
              />
            )}
            {life.links.refreshes?.map((id) => (
              <TokenLink key={id} id={id} lives={lives} msgKey="panel.flow.renews" />
            ))}
          </div>
          <ol className="tp-timeline">
            {life.events.map((e, i) => (
              <li
                key={i}
                className={`tp-step tp-step--${e.stage}`}
                data-testid="flow-step"
                data-stage={e.stage}
              >
                <span className="tp-step__stage">
                  <Text msg={{ key: `panel.flow.stage.${e.stage}` }} />
                </span>
                <span className="tp-step__time tp-muted">
                  {e.time !== undefined ? (
                    <Text
                      render={(l) => `${dateTime(e.time!, l)} (${relativeTime(e.time!, now, l)})`}
                    />
                  ) : (
                    '—'
                  )}
                </span>
                <span className="tp-step__what">
                  <Text msg={e.message} />
                </span>
                {e.relatedTokenId && e.stage !== 'issued' && (
                  <TokenLink id={e.relatedTokenId} lives={lives} msgKey="panel.flow.replacedBy" />
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
