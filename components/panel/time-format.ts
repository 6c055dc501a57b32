import type { Lang } from '@/lib/model/report';

/*
 * Panel-local time wording. The engine's lib/i18n/format-time.ts was not there when the panel was
 * written; these use Intl so both languages read naturally ("4분 후", "in 4 min").
 */

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
  ['second', 1000],
];
const SECOND: [Intl.RelativeTimeFormatUnit, number] = ['second', 1000];

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
const relativeFormats = new Map<Lang, Intl.RelativeTimeFormat>();
function relativeFormat(lang: Lang): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(lang);
  if (!format) {
    format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto', style: 'short' });
    relativeFormats.set(lang, format);
  }
  return format;
}

/** "in 4 min" / "4분 후", "3 days ago" / "3일 전". */
export function relativeTime(targetMs: number, nowMs: number, lang: Lang): string {
  const diff = targetMs - nowMs;
  const abs = Math.abs(diff);
  const [unit, size] = UNITS.find(([, s]) => abs >= s) ?? SECOND;
  const value = Math.round(diff / size);
  try {
    return relativeFormat(lang).format(value, unit);
  } catch {
    return `${value} ${unit}`;
  }
}

/** A local date and time, e.g. "2026. 11. 27. 오후 10:15:00" / "Nov 27, 2026, 10:15:00 PM". */
export function dateTime(ms: number, lang: Lang): string {
  if (!Number.isFinite(ms)) return '—';
  try {
    return dateFormat(lang === 'ko' ? 'ko-KR' : 'en-US', {
      dateStyle: 'medium',
      timeStyle: 'medium',
    }).format(new Date(ms));
  } catch {
    return '—';
  }
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

/** "15 min" / "15분" for lifetimes. */
export function duration(ms: number, lang: Lang): string {
  const abs = Math.abs(ms);
  const [unit, size] = UNITS.find(([, s]) => abs >= s) ?? SECOND;
  const value = Math.round(ms / size);
  try {
    return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
  } catch {
    return `${value} ${unit}`;
  }
}
