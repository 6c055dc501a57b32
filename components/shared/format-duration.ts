import type { SharedKey } from '@/lib/engine/i18n/shared-catalogue';
import type { Msg } from '@/lib/engine/model/report';

/**
 * A length of time as a short message with the two largest units (`3h 05m`, `2분 10초`): enough
 * for a countdown without spelling out days of seconds.
 *
 * @example durationMsg(65_000) // { key: 'ui.time.m', params: { m: 1, s: 5 } }
 */
export function durationMsg(ms: number): Msg<SharedKey> {
  const total = Math.max(0, Math.floor(Math.abs(ms) / 1000));
  const d = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (d > 0) return { key: 'ui.time.d', params: { d, h } };
  if (h > 0) return { key: 'ui.time.h', params: { h, m } };
  if (m > 0) return { key: 'ui.time.m', params: { m, s } };
  return { key: 'ui.time.s', params: { s } };
}
