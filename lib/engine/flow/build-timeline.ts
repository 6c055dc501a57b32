import type { Report } from '../model/report';
import { cookieLife } from './cookie-life';
import { timelineContext } from './timeline-context';
import { tokenLife } from './token-life';
import type { CredentialLife } from './types';

export type { CredentialLife } from './types';

/**
 * Tells each credential's life from a report: issued (Set-Cookie or response body) → stored
 * (cookie, storage key) → used (requests) → refreshed or replaced → expired. Access tokens are
 * linked to the refresh token that renewed them and to the token they replaced.
 * Pure; never throws on a report with dangling ids.
 *
 * @example buildTimeline(report, Date.now()).map((life) => life.events.map((e) => e.stage))
 */
export function buildTimeline(report: Report, now: number): CredentialLife[] {
  const ctx = timelineContext(report, now);
  const lives = report.tokens.map((token) => tokenLife(token, ctx));
  const covered = new Set<string>();
  for (const token of report.tokens) {
    // The token's life tells the story of its first cookie.
    const cookieId = token.artifactIds.find(
      (id) => ctx.artifacts.has(id) && ctx.cookiesByArtifact.has(id),
    );
    if (cookieId !== undefined) covered.add(cookieId);
  }
  // Credential cookies the engine did not turn into a token still have a life worth showing.
  for (const cookie of report.cookies) {
    if (!cookie.credential.is || cookie.tokenId || covered.has(cookie.artifactId)) continue;
    lives.push(cookieLife(cookie, ctx));
  }
  return lives;
}
