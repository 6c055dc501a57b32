import { memo } from 'react';
import type { Report } from '@/lib/engine/model/report';
import { ExpiryCountdown } from './expiry-countdown';
import { PlaceName } from './place-name';
import { Text } from './text';

export interface SoonestExpiryProps {
  report: Pick<Report, 'soonestExpiry' | 'tokens' | 'artifacts'>;
  now: number;
}

/** The credential that expires first, named, with a live countdown. */
export const SoonestExpiry = memo(function SoonestExpiry({ report, now }: SoonestExpiryProps) {
  const soonest = report.soonestExpiry;
  const token = soonest?.tokenId ? report.tokens.find((t) => t.id === soonest.tokenId) : undefined;
  const artifactId = soonest?.artifactId ?? token?.artifactIds[0];
  const artifact = artifactId ? report.artifacts.find((a) => a.id === artifactId) : undefined;
  return (
    <section
      className="tk-soonest"
      data-testid="soonest-expiry"
      aria-labelledby="tk-soonest-heading"
    >
      <h3 id="tk-soonest-heading" className="tk-heading">
        <Text msg={{ key: 'ui.expiry.heading' }} />
      </h3>
      {soonest ? (
        <div className="tk-soonest__body">
          <span className="tk-soonest__what">
            {token && <Text msg={{ key: `ui.kind.${token.kind}` }} />}
            {artifact && (
              <span className="tk-token__label">
                {' '}
                <PlaceName artifact={artifact} />
              </span>
            )}
          </span>
          <ExpiryCountdown expiresAt={soonest.expiresAt} now={now} />
        </div>
      ) : (
        <p className="tk-muted">
          <Text msg={{ key: 'ui.expiry.none' }} />
        </p>
      )}
    </section>
  );
});
