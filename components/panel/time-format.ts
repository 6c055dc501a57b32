import type { Lang } from '@/lib/engine/model/report';

/*
 * Panel-only time wording for dense rows and live timers; dates, relative times and durations come
 * from lib/engine/i18n/format-time.ts like everywhere else.
 */

/*
 * Intl formatters are costly to build and the request list formats dozens of rows per render:
 * build each (language, options) pair once.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}
/** Time of day with seconds, for dense rows where the date is in the tooltip. */
export function timeOfDay(ms: number, lang: Lang): string {
  if (!Number.isFinite(ms)) return '—';
  try {
    return dateFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', { timeStyle: 'medium' }).format(
      new Date(ms),
    );
  } catch {
    return '—';
  }
}

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
