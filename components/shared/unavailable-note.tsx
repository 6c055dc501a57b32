import { memo } from 'react';
import { translate } from '@/lib/engine/i18n/translate';
import type { Unavailable } from '@/lib/engine/model/snapshot';
import { Text } from './text';

/** Reasons with a view of their own, or not worth a warning outside the panel. */
const HANDLED_ELSEWHERE = new Set<Unavailable['reason']>([
  'restricted-page',
  'no-host-permission',
  'devtools-only',
]);

interface ReasonGroup {
  whats: Unavailable['what'][];
  /** The number the reason counts (requests seen only in part), when it counts one. */
  count?: number;
}

/** Groups what could not be read by why, keeping the first-seen order. */
function byReason(unavailable: readonly Unavailable[]): Map<Unavailable['reason'], ReasonGroup> {
  const groups = new Map<Unavailable['reason'], ReasonGroup>();
  for (const u of unavailable) {
    if (HANDLED_ELSEWHERE.has(u.reason)) continue;
    const group = groups.get(u.reason) ?? { whats: [] };
    if (!group.whats.includes(u.what)) group.whats.push(u.what);
    if (u.count !== undefined) group.count = u.count;
    groups.set(u.reason, group);
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
      {[...groups].map(([reason, { whats, count }]) => (
        <li key={reason} data-reason={reason}>
          <Text
            render={(lang) =>
              `${whats.map((w) => translate({ key: `capture.what.${w}` }, lang)).join(', ')}: ${translate(
                {
                  key: `capture.unavailable.${reason}`,
                  ...(count !== undefined ? { params: { count } } : {}),
                },
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
