/** Replays a recorded sequence of webRequest events through InFlightRequests. */
import { InFlightRequests, type RequestDetails, type TabOp } from '@/lib/background/in-flight';

export interface RecordedEvent {
  event: 'start' | 'headers' | 'navigationResponse' | 'redirect' | 'complete' | 'fail';
  details: RequestDetails;
}

/** Feeds every event to a fresh tracker and returns the log changes it asked for, in order. */
export function replay(
  events: readonly RecordedEvent[],
  tracker = new InFlightRequests(),
): { ops: TabOp[]; tracker: InFlightRequests } {
  const ops: TabOp[] = [];
  for (const { event, details } of events) {
    switch (event) {
      case 'start':
        tracker.start(details);
        break;
      case 'headers':
        tracker.headers(details);
        break;
      case 'navigationResponse':
        ops.push(...tracker.navigationResponse(details));
        break;
      case 'redirect':
        ops.push(...tracker.redirect(details));
        break;
      case 'complete':
        ops.push(...tracker.complete(details));
        break;
      case 'fail':
        ops.push(...tracker.fail(details));
        break;
    }
  }
  return { ops, tracker };
}
