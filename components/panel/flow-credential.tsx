import { Text } from '@/components/shared/text';
import { ValueText } from '@/components/shared/value-text';
import type { FlowCredential } from '@/lib/engine/flow/build-sequences';
import { selectToken, showTab } from './panel-store';

/**
 * One credential of a login: kind, where it lives, its fingerprint and whether it is the live
 * one. Keeps data-testid="flow-credential" with data-token-kind, data-state, data-fingerprint and
 * data-locations (the `data-location` kinds, space-separated) for end-to-end tests.
 */
export function FlowCredentialCard({ credential }: { credential: FlowCredential }) {
  const { tokenId, kind, state, fingerprint, locations, memoryOnly, label } = credential;
  return (
    <li
      className={`tp-flow-cred tp-flow-cred--${state}`}
      data-testid="flow-credential"
      data-token-id={tokenId}
      data-token-kind={kind}
      data-state={state}
      data-fingerprint={fingerprint}
      data-locations={locations.join(' ')}
      data-memory-only={memoryOnly}
    >
      <span className={`tp-badge tp-flow-state tp-flow-state--${state}`}>
        <Text msg={{ key: `panel.flow.state.${state}` }} layout="compact" />
      </span>{' '}
      <button
        type="button"
        className="tp-link"
        onClick={() => {
          selectToken(tokenId);
          showTab('tokens');
        }}
      >
        <Text msg={{ key: `ui.kind.${kind}` }} />
      </button>{' '}
      <span className="tp-mono tp-flow-fp" title="SHA-256">
        #{fingerprint}
      </span>{' '}
      <ValueText className="tp-mono tp-muted" value={label} />
      <span className="tp-flow-cred__where">
        {locations.map((l) => (
          <span key={l} className="tk-chip" data-location={l}>
            <Text msg={{ key: `ui.location.${l}` }} layout="compact" />
          </span>
        ))}
        {memoryOnly && (
          <span className="tk-chip tp-flow-memory" data-testid="flow-memory-only">
            <Text msg={{ key: 'panel.flow.seq.memoryOnly' }} layout="compact" />
          </span>
        )}
      </span>
    </li>
  );
}
