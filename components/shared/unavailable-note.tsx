import { memo } from 'react';
import type { Unavailable } from '@/lib/model/snapshot';
import { Text } from './text';

/**
 * What Tokki could not read, said plainly. Restricted pages and withheld access have their own
 * views; `devtools-only` is expected outside the panel and not worth a warning.
 */
export const UnavailableNote = memo(function UnavailableNote({
  unavailable,
}: {
  unavailable: readonly Unavailable[];
}) {
  const shown = unavailable.filter(
    (u) =>
      u.reason !== 'restricted-page' &&
      u.reason !== 'no-host-permission' &&
      u.reason !== 'devtools-only' &&
      u.what !== 'site-access',
  );
  if (shown.length === 0) return null;
  const what = [...new Set(shown.map((u) => u.what))].join(', ');
  return (
    <p className="tk-note" data-testid="unavailable">
      <Text msg={{ key: 'ui.state.unavailable', params: { what } }} />
    </p>
  );
});
