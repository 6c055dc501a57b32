import { Text } from '@/components/shared/text';
import { formatDateTime, formatRelative } from '@/lib/engine/i18n/format-time';
import { countdown } from './time-format';

/**
 * A moment shown three ways: local date-time, relative ("in 4 min"), and a live countdown while it
 * is in the future. `now` comes from the caller's ticking clock.
 */
export function TimeText({
  ms,
  now,
  showCountdown = true,
}: {
  ms: number;
  now: number;
  showCountdown?: boolean;
}) {
  const future = ms > now;
  return (
    <span className="tp-time" data-testid="time" data-time={ms}>
      <time dateTime={new Date(Number.isFinite(ms) ? ms : 0).toISOString()}>
        <Text render={(l) => formatDateTime(ms, l)} />
      </time>{' '}
      <span className="tp-muted">
        (<Text render={(l) => formatRelative(ms, now, l)} />)
      </span>
      {showCountdown && future && (
        <span className="tp-countdown" role="timer" aria-live="off" data-testid="countdown">
          {countdown(ms, now)}
        </span>
      )}
    </span>
  );
}
