import { formatDateTime } from '@/lib/engine/i18n/format-time';
import { translate } from '@/lib/engine/i18n/translate';
import { durationMsg } from './format-duration';
import { Text } from './text';

export interface ExpiryCountdownProps {
  /** ms since epoch */
  expiresAt: number;
  /** ms since epoch; the caller ticks it, so the same report re-renders with a new time. */
  now: number;
}

/** "expires in 4m 10s" / "expired 2h 3m ago", with the absolute time as the datetime. */
export function ExpiryCountdown({ expiresAt, now }: ExpiryCountdownProps) {
  const left = expiresAt - now;
  const key = left >= 0 ? 'ui.expiry.in' : 'ui.expiry.ago';
  const iso = Number.isFinite(expiresAt) ? new Date(expiresAt).toISOString() : undefined;
  return (
    // role="timer" is polite-off by default: a per-second countdown must not chatter in a reader.
    <time
      role="timer"
      dateTime={iso}
      className={`tk-countdown${left < 0 ? ' tk-countdown--expired' : ''}`}
      data-testid="expiry-countdown"
      data-expired={left < 0}
    >
      <Text
        render={(lang) =>
          translate({ key, params: { time: translate(durationMsg(left), lang) } }, lang)
        }
      />
      <span className="tk-countdown__at">
        <Text
          render={(lang) =>
            translate(
              { key: 'ui.expiry.at', params: { date: formatDateTime(expiresAt, lang) } },
              lang,
            )
          }
        />
      </span>
    </time>
  );
}
