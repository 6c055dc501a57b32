/**
 * The toolbar badge of a tab: a short verdict hint, and a warning colour when something is wrong.
 * Pure; badge-service.ts decides when to paint it.
 */
import { analyze } from '@/lib/engine/analyze/analyze';
import type { Lang, Report, VerdictKind } from '@/lib/engine/model/report';
import type { Snapshot } from '@/lib/engine/model/snapshot';
import { translate } from '@/lib/engine/i18n/translate';

export interface Badge {
  /** At most four characters (Chrome cuts longer text). */
  text: string;
  /** CSS hex colour of the badge background. */
  color: string;
  /** Tooltip of the toolbar button. */
  title: string;
}

export const BADGE_COLORS = {
  session: '#1a73e8',
  token: '#7b1fa2',
  hybrid: '#00796b',
  httpAuth: '#a35200',
  none: '#80868b',
  warning: '#d93025',
} as const;

const BASE_COLOR: Record<VerdictKind, string> = {
  session: BADGE_COLORS.session,
  token: BADGE_COLORS.token,
  'token-in-cookie': BADGE_COLORS.token,
  hybrid: BADGE_COLORS.hybrid,
  'http-auth': BADGE_COLORS.httpAuth,
  none: BADGE_COLORS.none,
};

function badgeText(report: Report): string {
  const hasJwt = report.tokens.some((token) => token.format === 'jws' || token.format === 'jwe');
  switch (report.verdict.kind) {
    case 'session':
      return 'S';
    case 'token':
      return hasJwt ? 'JWT' : 'TOK';
    case 'token-in-cookie':
      return 'JWT';
    case 'hybrid':
      return 'S+T';
    case 'http-auth':
      return 'HTTP';
    case 'none':
      return '—';
  }
}

/** True when a credential of the site has expired or a high-severity finding exists. */
function needsWarning(report: Report): boolean {
  if (report.counts.findings.high > 0) return true;
  if (report.tokens.some((token) => token.expiry.state === 'expired')) return true;
  return report.cookies.some((cookie) => cookie.credential.is && cookie.expiry.state === 'expired');
}

/**
 * The badge for a report.
 *
 * @example badgeFor(report, 'ko') // { text: 'JWT', color: '#d93025', title: '토끼: 토큰 … · 주의' }
 */
export function badgeFor(report: Report, lang: Lang): Badge {
  const warning = needsWarning(report);
  const verdict = translate({ key: `capture.badge.${report.verdict.kind}` }, lang);
  const parts = [translate({ key: 'capture.badge.title' }, lang), verdict];
  if (warning) parts.push(translate({ key: 'capture.badge.warning' }, lang));
  return {
    text: badgeText(report),
    color: warning ? BADGE_COLORS.warning : BASE_COLOR[report.verdict.kind],
    title: parts.join(' · '),
  };
}

/** The badge of a page Tokki cannot read (browser pages, the stores, withheld access). */
export function unreadableBadge(
  lang: Lang,
  reason: 'restricted-page' | 'no-host-permission',
): Badge {
  return {
    text: reason === 'no-host-permission' ? '?' : '',
    color: BADGE_COLORS.none,
    title: [
      translate({ key: 'capture.badge.title' }, lang),
      translate({ key: `capture.unavailable.${reason}` }, lang),
    ].join(' · '),
  };
}

/**
 * The badge for a tab's snapshot at `now`: the page's own when Tokki cannot read it, else the
 * analysis's hint. Undefined for a closed tab (there is nothing to paint).
 */
export function badgeOfSnapshot(snapshot: Snapshot, now: number, lang: Lang): Badge | undefined {
  if (snapshot.unavailable.some((item) => item.reason === 'tab-missing')) return undefined;
  for (const item of snapshot.unavailable) {
    if (item.reason === 'restricted-page') return unreadableBadge(lang, item.reason);
    if (item.what === 'site-access' && item.reason === 'no-host-permission') {
      return unreadableBadge(lang, item.reason);
    }
  }
  return badgeFor(analyze(snapshot, now), lang);
}
