// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PopupView } from '@/components/popup/popup-view';
import { useSettings } from '@/components/shared/use-settings';
import type { Report } from '@/lib/engine/model/report';
import {
  FIXTURE_NOW,
  LATER,
  bearerReport,
  labRecording,
  labReport,
  recordedSnapshot,
  reportOf,
} from '@/test/fixtures/engine-reports';

function show(report: Report, now = FIXTURE_NOW) {
  return render(
    <main data-testid="popup">
      <PopupView report={report} now={now} onRequestAccess={async () => true} />
    </main>,
  );
}

describe('popup density', () => {
  beforeEach(() => useSettings.setState({ lang: 'en', loaded: true }));
  afterEach(cleanup);

  it.each([
    ['msal', 'MSAL token cache', 'msal.3|'],
    ['firebase', 'Firebase auth user', 'firebaseLocalStorageDb/'],
    ['oidc', 'oidc-client-ts user', 'oidc.user:'],
  ])('names the %s store by its name, the raw key on hover', (id, name, rawStart) => {
    show(labReport(id), labRecording(id).recordedAt);
    const popup = screen.getByTestId('popup');
    expect(popup.textContent).toContain(name);
    // The SDK's key (a hundred characters of ids) is on hover and copy, never in the text.
    expect(popup.textContent).not.toContain(rawStart);
    const named = [
      ...popup.querySelectorAll('[data-store-name] [title], [data-store-name][title]'),
    ];
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((e) => e.getAttribute('title')!.includes(rawStart))).toBe(true);
    expect(within(popup).getAllByTestId('copy-key')[0]?.getAttribute('title')).toMatch(
      new RegExp(`^${rawStart.replace(/[|.]/g, '\\$&')}`),
    );
  });

  it('says a token expired when its card says so, never "no credential has an expiry"', () => {
    show(reportOf(recordedSnapshot('jwtcookie-localhost'), LATER), LATER);
    const summary = screen.getByTestId('soonest-expiry');
    expect(summary.textContent).not.toContain('No credential with an expiry');
    expect(summary.textContent).toContain('Already expired');
    const card = screen
      .getAllByTestId('token')
      .find((t) => t.querySelector('[data-expired="true"]'))!;
    const cardSays = card.querySelector('[data-testid="expiry-countdown"]')!.textContent;
    expect(summary.querySelector('[data-testid="expiry-countdown"]')?.textContent).toBe(cardSays);
  });

  it('says the app renews the access token with the refresh token, and when', () => {
    show(bearerReport);
    const summary = screen.getByTestId('soonest-expiry');
    const next = within(summary).getAllByTestId('expiry-next');
    expect(next[0]?.textContent).toBe(
      'When it expires in 1m 20s, the app can get a new one with the refresh token',
    );
    // The access token the refresh replaced, expired seconds ago, is named as such.
    expect(next[1]?.getAttribute('data-next')).toBe('replaced');
  });

  it('says the app can renew an access token that expired while the popup was open', () => {
    show(bearerReport, FIXTURE_NOW + 2 * 60_000);
    const next = within(screen.getByTestId('soonest-expiry')).getAllByTestId('expiry-next');
    expect(next[0]?.textContent).toBe(
      'The app can get a new one with the refresh token on its next request',
    );
  });

  it('groups findings by token, each group naming its token', () => {
    const report = labReport('cognito');
    show(report, labRecording('cognito').recordedAt);
    const groups = screen.getAllByTestId('finding-group');
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      expect(within(group).getByTestId('finding-group-heading').textContent).not.toBe('');
    }
  });
});
