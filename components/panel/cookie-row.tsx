import type { KeyboardEvent } from 'react';
import { Text } from '@/components/shared/text';
import { ValueText } from '@/components/shared/value-text';
import { maskValue } from '@/lib/engine/export/mask';
import type { CookieReport } from '@/lib/engine/model/report';
import { selectCookie } from './panel-store';
import { TimeText } from './time-text';

function Flag({ on }: { on: boolean }) {
  return (
    <td className={on ? 'tp-ok' : 'tp-muted'} data-value={on}>
      {on ? '✔' : '—'}
    </td>
  );
}

function onRowKey(e: KeyboardEvent<HTMLTableRowElement>, open: () => void) {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    open();
    return;
  }
  // Arrow keys walk the rows, as in DevTools' own Application > Cookies table.
  const row = e.currentTarget;
  const target =
    e.key === 'ArrowDown'
      ? row.nextElementSibling
      : e.key === 'ArrowUp'
        ? row.previousElementSibling
        : null;
  if (target instanceof HTMLElement && target.tabIndex >= 0) {
    e.preventDefault();
    target.focus();
  }
}

/** One cookie in its table, its value masked; Enter, Space or a click opens its details. */
export function CookieRow({
  c,
  now,
  selected,
}: {
  c: CookieReport;
  now: number;
  selected: boolean;
}) {
  const open = () => selectCookie(selected ? undefined : c.artifactId);
  return (
    <tr
      tabIndex={0}
      aria-selected={selected}
      className={`tp-row${c.credential.is ? ' tp-row--credential' : ''}`}
      data-testid="cookie-row"
      data-cookie={c.name}
      data-scope={c.scope}
      onClick={open}
      onKeyDown={(e) => onRowKey(e, open)}
    >
      <td className="tp-mono">
        <ValueText value={c.name} />
      </td>
      <td className="tp-mono tp-muted" data-testid="cookie-value">
        <ValueText value={maskValue(c.value)} />
      </td>
      <td className="tp-mono">
        <ValueText value={c.domain} />
      </td>
      <td className="tp-mono">
        <ValueText value={c.path} />
      </td>
      <td data-expiry={c.expiry.state}>
        {c.expiry.state === 'session' ? (
          <Text msg={{ key: 'panel.cookie.session' }} />
        ) : c.expiry.expiresAt !== undefined ? (
          <TimeText ms={c.expiry.expiresAt} now={now} />
        ) : (
          <Text msg={{ key: `ui.expiry.${c.expiry.state}` }} />
        )}
      </td>
      <td className="tp-num">{c.size}</td>
      <Flag on={c.httpOnly} />
      <Flag on={c.secure} />
      <td>{c.sameSite}</td>
      <td className="tp-mono">{c.partition ? <ValueText value={c.partition} /> : '—'}</td>
      <td className="tp-mono">{c.prefix ?? '—'}</td>
      <td data-credential={c.credential.is ? (c.credential.kind ?? 'unknown') : 'no'}>
        {c.credential.is ? (
          <Text msg={{ key: `ui.kind.${c.credential.kind ?? 'unknown'}` }} />
        ) : (
          '—'
        )}
        {c.credential.knownAs && <span className="tp-muted"> · {c.credential.knownAs}</span>}
      </td>
    </tr>
  );
}
