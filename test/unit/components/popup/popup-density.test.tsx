// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PopupView } from '@/components/popup/popup-view';
import { useSettings } from '@/components/shared/use-settings';
import type { Report } from '@/lib/engine/model/report';
import { FIXTURE_NOW, labRecording, labReport } from '@/test/fixtures/engine-reports';

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
});
