// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CountsBar } from '@/components/shared/counts-bar';
import { EvidenceList } from '@/components/shared/evidence-list';
import { ExpiryCountdown } from '@/components/shared/expiry-countdown';
import { FindingList } from '@/components/shared/finding-list';
import { durationMsg } from '@/components/shared/format-duration';
import { TokenList, byImportance } from '@/components/shared/token-list';
import { useSettings } from '@/components/shared/use-settings';
import { VerdictSummary } from '@/components/shared/verdict-summary';
import {
  BEARER,
  FIXTURE_NOW,
  bearerReport,
  edgeReport,
  hybridReport,
  jwtCookieReport,
  manyCookiesReport,
  sessionReport,
  tokenIdOf,
} from '@/test/fixtures/engine-reports';

describe('report views', () => {
  beforeEach(() => useSettings.setState({ lang: 'en', loaded: true }));
  afterEach(cleanup);

  it.each([
    [sessionReport, 'session', 'Server-side session'],
    [bearerReport, 'token', 'Bearer token'],
    [jwtCookieReport, 'token-in-cookie', 'Token in a cookie'],
    [hybridReport, 'hybrid', 'Hybrid: session and token'],
  ])('names the verdict and keeps its test hooks (%#)', (report, kind, label) => {
    render(<VerdictSummary verdict={report.verdict} />);
    const verdict = screen.getByTestId('verdict');
    expect(verdict.getAttribute('data-verdict')).toBe(kind);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(label);
    // The browser times the verdict's first paint by this mark (npm run bench reads it).
    expect(screen.getByRole('heading', { level: 2 }).getAttribute('elementtiming')).toBe('verdict');
  });

  it('shows the verdict label in Korean', () => {
    useSettings.setState({ lang: 'ko' });
    render(<VerdictSummary verdict={sessionReport.verdict} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('서버 세션 방식');
    expect(screen.getByText('신뢰도 95%')).toBeTruthy();
  });

  it('shows at most the evidence lines it is given room for, and counts the rest', () => {
    render(<EvidenceList evidence={manyCookiesReport.verdict.evidence} max={3} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText('49 more pieces of evidence')).toBeTruthy();
  });

  it('counts a single line left out as one piece, not "pieces"', () => {
    const { evidence } = manyCookiesReport.verdict;
    render(<EvidenceList evidence={evidence} max={evidence.length - 1} />);
    expect(screen.getByText('1 more piece of evidence')).toBeTruthy();
  });

  it('shows the same piece of evidence once, with how many times it was seen', () => {
    const sent = { key: 'verdict.evidence.bearer-header', params: { n: 1 } } as const;
    render(
      <EvidenceList
        evidence={[
          { message: sent, tokenId: 'old' },
          { message: sent, tokenId: 'new' },
          { message: { key: 'verdict.evidence.refresh-token' }, tokenId: 'r' },
        ]}
        flow={{ refreshRequestIds: [], replacements: [{ fromTokenId: 'old', toTokenId: 'new' }] }}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('×2');
    // A screen reader hears a sentence, not "multiplication sign 2".
    expect(screen.getByText('×2', { exact: false }).getAttribute('aria-hidden')).toBe('true');
    expect(items[0]?.querySelector('.tk-sr-only')?.textContent).toBe(' (seen 2 times)');
    // The group points at the live token, the one worth opening, not the one a refresh replaced.
    expect(items[0]?.getAttribute('data-token-id')).toBe('new');
    expect(items[1]?.textContent).not.toContain('×');
  });

  it('counts cookies by lifetime, tokens, and findings by severity', () => {
    const { container } = render(<CountsBar counts={manyCookiesReport.counts} />);
    const cookies = container.querySelector('[data-count="cookies"]')?.textContent ?? '';
    expect(cookies).toContain('300');
    expect(cookies).toContain('100 session');
    expect(cookies).toContain('200 persistent');
    expect(container.querySelector('[data-count="tokens"]')?.textContent).toContain('50');
    expect(container.querySelector('[data-severity="high"]')?.textContent).toBe('7 High');
    expect(container.querySelector('[data-severity="low"]')?.textContent).toBe('84 Low');
  });

  it('keeps the cookie total apart from its breakdown for screen readers', () => {
    // The JWT-cookie login keeps one persistent cookie.
    const { container } = render(<CountsBar counts={jwtCookieReport.counts} />);
    const cookies = container.querySelector('[data-count="cookies"] dd')?.textContent ?? '';
    // Read as text, "1" and "0 session" must not become "10 session".
    expect(cookies).not.toContain('10 session');
    expect(cookies).toMatch(/^1\D+0 session · 1 persistent$/);
  });

  it.each([
    [59_000, { key: 'ui.time.s', params: { s: 59 } }],
    [61_000, { key: 'ui.time.m', params: { m: 1, s: 1 } }],
    [3 * 3_600_000 + 5 * 60_000, { key: 'ui.time.h', params: { h: 3, m: 5 } }],
    [2 * 86_400_000 + 3_600_000, { key: 'ui.time.d', params: { d: 2, h: 1 } }],
    [-61_000, { key: 'ui.time.m', params: { m: 1, s: 1 } }],
  ])('formats %i ms with its two largest units', (ms, msg) => {
    expect(durationMsg(ms)).toEqual(msg);
  });

  it('counts down from the same expiry as time passes, then says it expired', () => {
    const expiresAt = FIXTURE_NOW + 90_000;
    const { rerender } = render(<ExpiryCountdown expiresAt={expiresAt} now={FIXTURE_NOW} />);
    const timer = screen.getByRole('timer');
    expect(timer.textContent).toContain('expires in 1m 30s');
    rerender(<ExpiryCountdown expiresAt={expiresAt} now={FIXTURE_NOW + 60_000} />);
    expect(timer.textContent).toContain('expires in 30s');
    rerender(<ExpiryCountdown expiresAt={expiresAt} now={FIXTURE_NOW + 150_000} />);
    expect(timer.textContent).toContain('expired 1m 0s ago');
    expect(timer.getAttribute('data-expired')).toBe('true');
  });

  it('counts down in Korean', () => {
    useSettings.setState({ lang: 'ko' });
    render(<ExpiryCountdown expiresAt={FIXTURE_NOW + 2 * 3_600_000} now={FIXTURE_NOW} />);
    expect(screen.getByRole('timer').textContent).toContain('2시간 0분 후 만료');
  });

  it('groups findings by token, the most severe group and finding first, each with its id', () => {
    const { container } = render(
      <FindingList
        findings={edgeReport.findings}
        artifacts={edgeReport.artifacts}
        tokens={edgeReport.tokens}
      />,
    );
    const groups = [...container.querySelectorAll('[data-testid="finding-group"]')];
    expect(
      groups.map((g) =>
        [...g.querySelectorAll('[data-finding-id]')].map((i) => i.getAttribute('data-finding-id')),
      ),
    ).toEqual([
      ['jwt.alg-none', 'jwt.missing-exp', 'url.token-in-url', 'jwt.missing-iss', 'jwt.missing-aud'],
      ['storage.token-in-localstorage'],
      ['storage.token-in-sessionstorage'],
    ]);
    // Each group names its token: kind and place.
    const heading = groups[0]?.querySelector('[data-testid="finding-group-heading"]');
    expect(heading?.textContent).toContain('?token=');
  });

  it('caps findings and says how many more the inspector has', () => {
    const { container } = render(<FindingList findings={manyCookiesReport.findings} max={3} />);
    const shown = [...container.querySelectorAll('[data-severity]')];
    expect(shown).toHaveLength(3);
    expect(shown.every((el) => el.getAttribute('data-severity') === 'high')).toBe(true);
    expect(screen.getByText('130 more in the inspector')).toBeTruthy();
  });

  it('says when there is nothing risky', () => {
    render(<FindingList findings={[]} />);
    expect(screen.getByText('Nothing risky found')).toBeTruthy();
  });

  it('labels each token row with its kind and where it lives', () => {
    render(
      <TokenList
        tokens={bearerReport.tokens}
        artifacts={bearerReport.artifacts}
        now={FIXTURE_NOW}
      />,
    );
    const rows = screen.getAllByTestId('token');
    expect(
      rows.map((r) => [r.getAttribute('data-token-kind'), r.getAttribute('data-location')]),
    ).toEqual([
      ['access', 'localStorage'],
      ['refresh', 'cookie-httponly'],
      ['access', 'header'],
    ]);
    expect(rows[0]?.textContent).toContain('Access token');
    expect(rows[0]?.textContent).toContain('JWT (JWS)');
    expect(rows[0]?.textContent).toContain('Request header');
    expect(rows[0]?.textContent).toContain('expires in 1m 20s');
  });

  it('security: token rows show no raw value until revealed', () => {
    const { container } = render(
      <TokenList
        tokens={jwtCookieReport.tokens}
        artifacts={jwtCookieReport.artifacts}
        now={FIXTURE_NOW}
      />,
    );
    const raw = jwtCookieReport.tokens[0]?.value ?? '';
    expect(raw.length).toBeGreaterThan(20);
    expect(container.textContent).not.toContain(raw.slice(0, 20));
  });
});

describe('token order', () => {
  it('puts one live token of each kind before a second or expired one', () => {
    const live = tokenIdOf(bearerReport, BEARER.access);
    const refresh = tokenIdOf(bearerReport, BEARER.refresh);
    const replaced = tokenIdOf(bearerReport, BEARER.replaced);
    const order = byImportance([...bearerReport.tokens].reverse()).map((t) => t.id);
    expect(order).toEqual([live, refresh, replaced]);
    // Of the heavy site's 42 live access tokens, one comes before its refresh and session ones.
    const kinds = byImportance(manyCookiesReport.tokens).map((t) => t.kind);
    expect(kinds.slice(0, 3).sort()).toEqual(['access', 'refresh', 'session-id']);
  });
});
