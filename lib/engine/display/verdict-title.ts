import type { Msg, Verdict } from '../model/report';

/**
 * The verdict's heading. Its kind names it, except for a session whose data lives in the cookie
 * itself (Flask, cookie-session, iron-session, …): the server keeps no session there, so
 * "server-side session" would contradict the summary under it. The summary already tells that
 * story, so the heading follows it; `data-verdict` stays the kind.
 *
 * @example verdictTitle({ kind: 'session', summary: { key: 'verdict.summary.session' } })
 * // { key: 'ui.verdict.session' }
 */
export function verdictTitle(verdict: Pick<Verdict, 'kind' | 'summary'>): Msg {
  if (
    verdict.kind === 'session' &&
    verdict.summary.key.startsWith('verdict.summary.session-data-')
  ) {
    return { key: 'ui.verdict.session-data' };
  }
  return { key: `ui.verdict.${verdict.kind}` };
}
