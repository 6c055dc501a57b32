import { memo } from 'react';
import { translate } from '@/lib/i18n/translate';
import type { Unavailable } from '@/lib/model/snapshot';
import { Text } from './text';

/** Reasons with a view of their own, or not worth a warning outside the panel. */
const HANDLED_ELSEWHERE = new Set<Unavailable['reason']>([
  'restricted-page',
  'no-host-permission',
  'devtools-only',
]);

/** Groups what could not be read by why, keeping the first-seen order. */
function byReason(
  unavailable: readonly Unavailable[],
): Map<Unavailable['reason'], Unavailable['what'][]> {
  const groups = new Map<Unavailable['reason'], Unavailable['what'][]>();
  for (const u of unavailable) {
    if (HANDLED_ELSEWHERE.has(u.reason)) continue;
    const whats = groups.get(u.reason) ?? [];
    if (!whats.includes(u.what)) whats.push(u.what);
    groups.set(u.reason, whats);
  }
  return groups;
}

/** What Tokki could not read, and why, one line per reason: shown, never swallowed. */
export const UnavailableNote = memo(function UnavailableNote({
  unavailable,
}: {
  unavailable: readonly Unavailable[];
}) {
  const groups = byReason(unavailable);
  if (groups.size === 0) return null;
  return (
    <ul className="tk-note tk-unavailable" data-testid="unavailable">
      {[...groups].map(([reason, whats]) => (
        <li key={reason} data-reason={reason}>
          <Text
            render={(lang) =>
              `${whats.map((w) => translate({ key: `capture.what.${w}` }, lang)).join(', ')}: ${translate(
                { key: `capture.unavailable.${reason}` },
                lang,
              )}`
            }
            layout="block"
          />
        </li>
      ))}
    </ul>
  );
});
