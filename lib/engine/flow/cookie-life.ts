import type { CookieReport } from '../model/report';
import { byTime, expiryEvent, issuedEvents, mergeRepeats, usedEvent } from './events';
import type { TimelineContext } from './timeline-context';
import type { CredentialLife } from './types';

/** The life of a credential cookie the engine did not turn into a token: set, stored, sent, expired. */
export function cookieLife(cookie: CookieReport, ctx: TimelineContext): CredentialLife {
  const { requests } = ctx;
  const events = issuedEvents([], requests, cookie.name, ctx.report.requests);
  events.push({
    stage: 'stored',
    time: events[0]?.time,
    message: {
      key: cookie.httpOnly
        ? 'panel.flow.stored.cookie-httponly'
        : 'panel.flow.stored.cookie-script',
      params: { label: cookie.name },
    },
    artifactId: cookie.artifactId,
    requestIds: [],
  });
  // The requests whose response set the cookie did not send it.
  const sentWith = (ctx.artifacts.get(cookie.artifactId)?.requestIds ?? []).filter(
    (id) => !requests.get(id)?.setCookies.includes(cookie.name),
  );
  const used = usedEvent(sentWith, requests);
  if (used) events.push(used);
  const expiry = expiryEvent(cookie.expiry.expiresAt, ctx.now);
  if (expiry) events.push(expiry);
  return {
    id: cookie.artifactId,
    label: cookie.name,
    kind: cookie.credential.kind ?? 'unknown',
    events: mergeRepeats(events).sort(byTime),
    links: {},
  };
}
