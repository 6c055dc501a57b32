/**
 * Times as people read them: a local date-time ("2026. 11. 27. 13:26:59", "Nov 27, 2026,
 * 13:26:59"), a relative time ("in 4 min", "4분 후", "3일 전") and a duration ("2 min", "14일").
 * Built on Intl so both languages follow CLDR; never throws on odd input.
 */
import type { Lang } from '../model/report';
import { translate } from './translate';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;
/** Latest instant a JavaScript Date can hold. */
const MAX_DATE_MS = 8.64e15;

const LOCALE: Record<Lang, string> = { ko: 'ko-KR', en: 'en-US' };

// Formatters are costly to build and a report formats hundreds of times per render. Keys are
// few (2 languages × units × the user's time zones); the cap keeps a hostile caller from
// growing the cache without bound.
const MAX_CACHED = 64;
const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>(
  key: string,
  make: () => T,
): T {
  const hit = cache.get(key);
  if (hit) return hit as T;
  const made = make();
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, made);
  return made;
}

function langOf(lang: Lang): Lang {
  return lang === 'ko' ? 'ko' : 'en';
}

function isValidInstant(ms: number): boolean {
  return typeof ms === 'number' && Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS;
}

function invalid(lang: Lang): string {
  return translate({ key: 'time.invalid' }, langOf(lang));
}

/**
 * A local date and time, 24-hour clock, in the browser's time zone unless one is given (an
 * unknown zone falls back to the local one rather than failing).
 *
 * @example formatDateTime(Date.UTC(2026, 10, 27, 4, 26, 59), 'ko', 'Asia/Seoul') // '2026. 11. 27. 13:26:59'
 */
export function formatDateTime(ms: number, lang: Lang, timeZone?: string): string {
  if (!isValidInstant(ms)) return invalid(lang);
  const l = langOf(lang);
  const options: Intl.DateTimeFormatOptions = {
    dateStyle: 'medium',
    timeStyle: 'medium',
    hourCycle: 'h23',
  };
  try {
    const zone = typeof timeZone === 'string' ? timeZone.slice(0, 64) : '';
    return cached(
      `dt|${l}|${zone}`,
      () => new Intl.DateTimeFormat(LOCALE[l], zone ? { ...options, timeZone: zone } : options),
    ).format(ms);
  } catch {
    return cached(`dt|${l}|`, () => new Intl.DateTimeFormat(LOCALE[l], options)).format(ms);
  }
}

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';

function pickUnit(absMs: number): [Unit, number] {
  if (absMs < MINUTE) return ['second', SECOND];
  if (absMs < HOUR) return ['minute', MINUTE];
  if (absMs < DAY) return ['hour', HOUR];
  if (absMs < MONTH) return ['day', DAY];
  if (absMs < YEAR) return ['month', MONTH];
  return ['year', YEAR];
}

/**
 * How far `targetMs` is from `nowMs`, in the largest whole unit: "in 4 min", "3 days ago",
 * "4분 후", "3일 전", "now"/"지금". Rounds toward zero, so a token with 59 s left says
 * "in 59 sec", never "in 1 min".
 *
 * @example formatRelative(now + 4 * 60_000, now, 'en') // 'in 4 min'
 */
export function formatRelative(targetMs: number, nowMs: number, lang: Lang): string {
  if (!isValidInstant(targetMs) || !isValidInstant(nowMs)) return invalid(lang);
  const l = langOf(lang);
  const diff = targetMs - nowMs;
  const [unit, size] = pickUnit(Math.abs(diff));
  const amount = Math.trunc(diff / size);
  // 'always' keeps "in 1 day" exact (a token 47 h from expiry is not "tomorrow"); only zero
  // reads better as a word ("now", "지금").
  const numeric = amount === 0 ? 'auto' : 'always';
  const text = cached(
    `rel|${l}|${numeric}`,
    () => new Intl.RelativeTimeFormat(LOCALE[l], { style: 'short', numeric }),
  ).format(amount === 0 ? 0 : amount, unit);
  // CLDR's short English units end in an abbreviation dot ("in 4 min."), which reads oddly
  // mid-sentence; the unit is still clear without it.
  return l === 'en' ? text.replace(/\.$/, '') : text;
}

function unitText(value: number, unit: Unit, lang: Lang): string {
  return cached(
    `unit|${lang}|${unit}`,
    () =>
      new Intl.NumberFormat(LOCALE[lang], {
        style: 'unit',
        unit,
        unitDisplay: 'short',
        maximumFractionDigits: 0,
      }),
  ).format(value);
}

/**
 * A length of time in up to two units: "45 sec", "2 min", "1 hr 30 min", "14 days";
 * "1시간 30분", "14일". Negative durations are shown by their size.
 *
 * @example formatDuration(90 * 60_000, 'ko') // '1시간 30분'
 */
export function formatDuration(ms: number, lang: Lang): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return invalid(lang);
  const l = langOf(lang);
  const abs = Math.abs(ms);
  const [unit, size] = pickUnit(abs);
  const whole = Math.floor(abs / size);
  const parts = [unitText(whole, unit, l)];
  const smaller: Partial<Record<Unit, [Unit, number]>> = {
    minute: ['second', SECOND],
    hour: ['minute', MINUTE],
    day: ['hour', HOUR],
    month: ['day', DAY],
    year: ['month', MONTH],
  };
  const next = smaller[unit];
  // A second unit only while the first is small enough for it to matter ("2 hr 5 min", not
  // "14 days 3 hr").
  if (next && whole < 3) {
    const rest = Math.floor((abs - whole * size) / next[1]);
    if (rest > 0) parts.push(unitText(rest, next[0], l));
  }
  return parts.join(' ');
}
