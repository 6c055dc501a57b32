import { memo } from 'react';
import { expirySummary, type ExpiryLine } from '@/lib/engine/display/expiry-summary';
import { translate } from '@/lib/engine/i18n/translate';
import type { Artifact, Report, TokenReport } from '@/lib/engine/model/report';
import { ExpiryCountdown } from './expiry-countdown';
import { durationMsg } from './format-duration';
import { PlaceName } from './place-name';
import { Text } from './text';

export interface SoonestExpiryProps {
  report: Pick<Report, 'soonestExpiry' | 'tokens' | 'artifacts' | 'verdict'>;
  now: number;
}

/** Where a token is kept names it better than the header it was sent in. */
function placeOf(
  line: ExpiryLine,
  token: TokenReport | undefined,
  artifacts: readonly Artifact[],
): Artifact | undefined {
  const ids = line.artifactId ? [line.artifactId] : (token?.artifactIds ?? []);
  const places = ids.flatMap((id) => artifacts.find((a) => a.id === id) ?? []);
  return places.find((a) => a.location !== 'header' && a.location !== 'url') ?? places[0];
}

/** What happens next, in a sentence: renewed with the refresh token, or already replaced. */
function NextStep({ line, now }: { line: ExpiryLine; now: number }) {
  if (!line.next) return null;
  const left = line.expiresAt - now;
  return (
    <p className="tk-soonest__next" data-testid="expiry-next" data-next={line.next}>
      {line.next === 'replaced' ? (
        <Text msg={{ key: 'ui.expiry.next.replaced' }} />
      ) : left > 0 ? (
        <Text
          render={(lang) =>
            translate(
              {
                key: 'ui.expiry.next.refresh-in',
                params: { time: translate(durationMsg(left), lang) },
              },
              lang,
            )
          }
        />
      ) : (
        <Text msg={{ key: 'ui.expiry.next.refresh-due' }} />
      )}
    </p>
  );
}

function Entry({
  line,
  report,
  now,
}: {
  line: ExpiryLine;
  report: SoonestExpiryProps['report'];
  now: number;
}) {
  const token = line.tokenId ? report.tokens.find((t) => t.id === line.tokenId) : undefined;
  const artifact = placeOf(line, token, report.artifacts);
  return (
    <div
      className="tk-soonest__body"
      data-token-id={line.tokenId}
      data-expired={line.expiresAt <= now}
    >
      <span className="tk-soonest__what">
        {token && <Text msg={{ key: `ui.kind.${token.kind}` }} />}
        {artifact && (
          <span className="tk-token__label">
            {' '}
            <PlaceName artifact={artifact} copyable={false} />
          </span>
        )}
      </span>
      <ExpiryCountdown expiresAt={line.expiresAt} now={now} />
      <NextStep line={line} now={now} />
    </div>
  );
}

/**
 * The credential that expires first, named, with a live countdown, and the token that expired
 * last: the summary says what the cards say, and what happens next where Tokki knows it.
 */
export const SoonestExpiry = memo(function SoonestExpiry({ report, now }: SoonestExpiryProps) {
  const { first, expired, moreExpired } = expirySummary(report, now);
  const onlyExpired = !first && expired !== undefined;
  return (
    <section
      className="tk-soonest"
      data-testid="soonest-expiry"
      aria-labelledby="tk-soonest-heading"
    >
      <h3 id="tk-soonest-heading" className="tk-heading">
        <Text msg={{ key: onlyExpired ? 'ui.expiry.heading-expired' : 'ui.expiry.heading' }} />
      </h3>
      {first && <Entry line={first} report={report} now={now} />}
      {expired && <Entry line={expired} report={report} now={now} />}
      {moreExpired > 0 && (
        <p className="tk-muted">
          <Text msg={{ key: 'ui.expiry.more-expired', params: { n: moreExpired } }} />
        </p>
      )}
      {!first && !expired && (
        <p className="tk-muted">
          <Text msg={{ key: 'ui.expiry.none' }} />
        </p>
      )}
    </section>
  );
});
