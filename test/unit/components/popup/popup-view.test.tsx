// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POPUP_LIMITS, PopupView } from '@/components/popup/popup-view';
import { useSettings } from '@/components/shared/use-settings';
import type { Report } from '@/lib/engine/model/report';
import {
  FIXTURE_NOW,
  accessWithheldReport,
  bearerReport,
  jwtCookieReport,
  manyCookiesReport,
  noneReport,
  recordedSnapshot,
  reportOf,
  restrictedReport,
  sessionReport,
} from '@/test/fixtures/engine-reports';

function show(report: Report, extra: Partial<Parameters<typeof PopupView>[0]> = {}) {
  return render(
    <main data-testid="popup">
      <PopupView
        report={report}
        now={FIXTURE_NOW}
        onRequestAccess={async () => true}
        onOpenInspector={() => {}}
        {...extra}
      />
    </main>,
  );
}

describe('popup view', () => {
  beforeEach(() => useSettings.setState({ lang: 'en', loaded: true }));
  afterEach(cleanup);

  it('shows a bearer-token site: verdict, evidence, counts, countdown, tokens, findings', () => {
    show(bearerReport);
    expect(screen.getByTestId('verdict').getAttribute('data-verdict')).toBe('token');
    expect(screen.getByTestId('evidence').querySelectorAll('li')).toHaveLength(3);
    expect(screen.getByTestId('counts').textContent).toContain('Tokens3');
    expect(screen.getByTestId('soonest-expiry').textContent).toContain('Access token');
    expect(screen.getByTestId('soonest-expiry').textContent).toContain('expires in 1m 20s');
    expect(screen.getAllByTestId('token')).toHaveLength(3);
    expect(
      document.querySelector('[data-finding-id="storage.token-in-localstorage"]'),
    ).not.toBeNull();
  });

  it.each([
    ['session', sessionReport],
    ['token-in-cookie', jwtCookieReport],
  ])('shows the %s verdict', (kind, report) => {
    show(report);
    expect(screen.getByTestId('verdict').getAttribute('data-verdict')).toBe(kind);
    expect(screen.queryByTestId('state-none')).toBeNull();
  });

  it('says nothing was found, and what to try', () => {
    show(noneReport);
    expect(screen.getByTestId('verdict').getAttribute('data-verdict')).toBe('none');
    const none = screen.getByTestId('state-none');
    expect(none.textContent).toContain('Log in to this site');
    expect(none.textContent).toContain('Reload the page');
    expect(screen.queryByTestId('soonest-expiry')).toBeNull();
  });

  it('explains a restricted page instead of an empty verdict', () => {
    show(restrictedReport);
    expect(screen.getByTestId('state-restricted').textContent).toContain('chrome://settings/');
    expect(screen.queryByTestId('verdict')).toBeNull();
    expect(screen.queryByTestId('open-inspector')).toBeNull();
  });

  it('asks for site access when it was withheld, and reports a refusal', async () => {
    const ask = vi.fn(async () => false);
    show(accessWithheldReport, { onRequestAccess: ask });
    expect(screen.getByTestId('state-site-access').textContent).toContain(
      'https://shop.example.com',
    );
    expect(screen.queryByTestId('verdict')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Allow access to this site' }));
    expect(ask).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Access was not granted/)).toBeTruthy();
  });

  it('stays a summary on a site with 300 cookies and 50 tokens', () => {
    show(manyCookiesReport);
    expect(screen.getByTestId('state-many-cookies').textContent).toContain('300 cookies');
    expect(screen.getAllByTestId('token')).toHaveLength(POPUP_LIMITS.tokens);
    expect(screen.getByText('47 more tokens in the inspector')).toBeTruthy();
    expect(document.querySelectorAll('[data-finding-id]')).toHaveLength(POPUP_LIMITS.findings);
    expect(screen.getByTestId('evidence').querySelectorAll('li')).toHaveLength(3);
  });

  it('opens the inspector from a button', () => {
    const open = vi.fn();
    show(sessionReport, { onOpenInspector: open });
    expect(screen.getByTestId('open-inspector').textContent).toContain('DevTools');
    fireEvent.click(screen.getByRole('button', { name: 'Open the inspector in a tab' }));
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('renders every state in both languages side by side', () => {
    useSettings.setState({ lang: 'both' });
    for (const report of [bearerReport, noneReport, restrictedReport, accessWithheldReport]) {
      const { container, unmount } = show(report);
      const ko = container.querySelectorAll('[lang="ko"]').length;
      const en = container.querySelectorAll('[lang="en"]').length;
      expect(ko).toBeGreaterThan(0);
      expect(ko).toBe(en);
      unmount();
    }
  });
});

describe('popup view: what could not be read', () => {
  beforeEach(() => useSettings.setState({ lang: 'en', loaded: true }));
  afterEach(cleanup);

  it('says when requests were not captured yet, and to reload', () => {
    const snapshot = recordedSnapshot('session-localhost');
    snapshot.unavailable = [
      { what: 'requests', reason: 'not-captured-yet' },
      { what: 'bodies', reason: 'devtools-only' },
    ];
    show(reportOf(snapshot));
    const note = screen.getByTestId('unavailable');
    expect(note.querySelectorAll('li')).toHaveLength(1);
    expect(note.textContent).toContain(
      'Request log: No requests of this tab have been recorded yet',
    );
  });

  it('says when the background could not be reached', () => {
    useSettings.setState({ lang: 'ko' });
    const snapshot = recordedSnapshot('plain-localhost');
    snapshot.unavailable = [{ what: 'page', reason: 'background-unreachable' }];
    show(reportOf(snapshot));
    expect(screen.getByTestId('unavailable').textContent).toContain(
      '백그라운드와 연결하지 못했습니다',
    );
  });
});
