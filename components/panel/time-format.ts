/*
 * Panel-only time wording for live timers; dates, relative times and durations come from
 * lib/engine/i18n/format-time.ts like everywhere else.
 */

/** A countdown "04:59" / "1d 02:03:04" for a live timer; "00:00" once passed. */
export function countdown(targetMs: number, nowMs: number): string {
  const total = Math.max(0, Math.floor((targetMs - nowMs) / 1000));
  const d = Math.floor(total / 86400);
  const h = Math.floor((total % 86400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  const clock = h > 0 || d > 0 ? `${pad(h)}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
  return d > 0 ? `${d}d ${clock}` : clock;
}
