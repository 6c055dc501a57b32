import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDuration, formatRelative } from '@/lib/engine/i18n/format-time';

const now = Date.UTC(2026, 10, 27, 4, 26, 59);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('formatRelative', () => {
  it.each([
    [4 * MIN, 'en', 'in 4 min'],
    [4 * MIN, 'ko', '4분 후'],
    [-3 * DAY, 'ko', '3일 전'],
    [-3 * DAY, 'en', '3 days ago'],
    [2 * HOUR, 'en', 'in 2 hr'],
    [2 * HOUR, 'ko', '2시간 후'],
    [45_000, 'en', 'in 45 sec'],
    [-90 * DAY, 'ko', '3개월 전'],
    [0, 'ko', '지금'],
    [0, 'en', 'now'],
  ] as const)('%i ms from now in %s is "%s"', (offset, lang, text) => {
    expect(formatRelative(now + offset, now, lang)).toBe(text);
  });

  it('rounds toward zero, so 59 s left never reads as a minute', () => {
    expect(formatRelative(now + 59_999, now, 'en')).toBe('in 59 sec');
  });

  it('says the time is unknown rather than throwing on nonsense', () => {
    expect(formatRelative(Number.NaN, now, 'en')).toBe('unknown time');
    expect(formatRelative(1e20, now, 'ko')).toBe('알 수 없는 시각');
  });
});

describe('formatDateTime', () => {
  it('shows a local date and 24-hour time in each language', () => {
    expect(formatDateTime(now, 'ko', 'Asia/Seoul')).toBe('2026. 11. 27. 13:26:59');
    expect(formatDateTime(now, 'en', 'UTC')).toBe('Nov 27, 2026, 04:26:59');
  });

  it('falls back to the local zone when the zone is unknown', () => {
    expect(formatDateTime(now, 'en', 'Not/AZone')).toMatch(/Nov 2[67], 2026/);
  });

  it('says the time is unknown for an impossible instant', () => {
    expect(formatDateTime(Number.POSITIVE_INFINITY, 'en')).toBe('unknown time');
  });
});

describe('formatDuration', () => {
  it.each([
    [2 * MIN, 'en', '2 min'],
    [14 * DAY, 'ko', '14일'],
    [14 * DAY, 'en', '14 days'],
    [90 * MIN, 'ko', '1시간 30분'],
    [90 * MIN, 'en', '1 hr 30 min'],
    [45_000, 'ko', '45초'],
    [400 * DAY, 'en', '1 yr 1 mth'],
  ] as const)('%i ms in %s is "%s"', (ms, lang, text) => {
    expect(formatDuration(ms, lang)).toBe(text);
  });
});

describe('formatRelative: exact day counts', () => {
  it('a token 47 hours from expiry is "in 1 day", not "tomorrow"', () => {
    expect(formatRelative(now + 47 * HOUR, now, 'en')).toBe('in 1 day');
    expect(formatRelative(now + 47 * HOUR, now, 'ko')).toBe('1일 후');
  });
});
