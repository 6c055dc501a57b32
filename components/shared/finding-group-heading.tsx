import { memo } from 'react';
import type { FindingGroup } from '@/lib/engine/display/finding-groups';
import type { Artifact, TokenReport } from '@/lib/engine/model/report';
import { PlaceName } from './place-name';
import { Text } from './text';

export interface FindingGroupHeadingProps {
  group: FindingGroup;
  token?: TokenReport;
  artifact?: Artifact;
  /** A refresh replaced this token: said, so two access tokens are told apart. */
  replaced?: boolean;
}

/** Names what a group of findings is about: the token (kind, place, state), a cookie, or the site. */
export const FindingGroupHeading = memo(function FindingGroupHeading({
  group,
  token,
  artifact,
  replaced = false,
}: FindingGroupHeadingProps) {
  return (
    <div className="tk-finding-group__head" data-testid="finding-group-heading">
      {token ? (
        <strong>
          <Text msg={{ key: `ui.kind.${token.kind}` }} />
        </strong>
      ) : artifact ? (
        <strong>
          <Text msg={{ key: `ui.location.${artifact.location}` }} />
        </strong>
      ) : (
        <strong>
          <Text msg={{ key: 'ui.findings.site' }} />
        </strong>
      )}
      {artifact && group.key !== 'site' && (
        <span className="tk-token__label">
          <PlaceName artifact={artifact} copyable={false} />
        </span>
      )}
      {replaced ? (
        <span className="tk-badge" data-state="replaced">
          <Text msg={{ key: 'ui.findings.replaced' }} layout="compact" />
        </span>
      ) : (
        token?.expiry.state === 'expired' && (
          <span className="tk-badge tk-expiry tk-expiry--expired" data-state="expired">
            <Text msg={{ key: 'ui.expiry.expired' }} layout="compact" />
          </span>
        )
      )}
    </div>
  );
});
