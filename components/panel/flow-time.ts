import type { Lang } from '@/lib/engine/model/report';
import { formatDateTime } from '@/lib/engine/i18n/format-time';

const DAY = 24 * 60 * 60 * 1000;

/**
 * A step's time as a learner compares neighbours: the clock to the millisecond and the offset
 * from the login's first step (`13:26:59.412 (+1.204 s)`); a step a day or more away (a refresh
 * cookie's expiry) as a date.
 */
export function stepTime(time: number, start: number, lang: Lang): string {
  if (!Number.isFinite(time) || Math.abs(time - start) >= DAY) return formatDateTime(time, lang);
  const clock = new Date(time).toLocaleTimeString(lang === 'ko' ? 'ko-KR' : 'en-US', {
    hour12: false,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    fractionalSecondDigits: 3,
  });
  const offset = ((time - start) / 1000).toFixed(3);
  return time === start ? clock : `${clock} (+${offset} s)`;
}
