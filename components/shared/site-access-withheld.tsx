import { useState } from 'react';
import { Text } from './text';
import { ValueText } from './value-text';

export interface SiteAccessWithheldProps {
  origin: string;
  /** Asks the browser for access (permissions.request); resolves whether it was granted. */
  onRequestAccess: () => Promise<boolean>;
}

/**
 * The user or the browser withheld host access (Chrome "on click", Firefox MV3): say what
 * cannot be read, and offer the one button that asks.
 */
export function SiteAccessWithheld({ origin, onRequestAccess }: SiteAccessWithheldProps) {
  const [state, setState] = useState<'idle' | 'asking' | 'denied'>('idle');
  const ask = async () => {
    setState('asking');
    let granted: boolean;
    try {
      granted = await onRequestAccess();
    } catch {
      granted = false;
    }
    setState(granted ? 'idle' : 'denied');
  };
  return (
    <section className="tk-state tk-state--warn" data-testid="state-site-access">
      <h2 className="tk-state__title">
        <Text msg={{ key: 'ui.state.access.title' }} />
      </h2>
      <p className="tk-state__url">
        <ValueText value={origin} />
      </p>
      <p>
        <Text msg={{ key: 'ui.state.access.body' }} layout="block" />
      </p>
      <button
        type="button"
        className="tk-btn tk-btn--primary"
        data-testid="request-site-access"
        disabled={state === 'asking'}
        onClick={() => void ask()}
      >
        <Text msg={{ key: 'ui.state.access.button' }} />
      </button>
      <p role="status" className="tk-state__note">
        {state === 'denied' && <Text msg={{ key: 'ui.state.access.denied' }} />}
      </p>
    </section>
  );
}
