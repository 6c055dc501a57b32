// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePanel } from '@/components/panel/panel-store';
import {
  BEARER,
  bearerReport,
  edgeReport,
  recordedSnapshot,
  reportOf,
  sessionReport,
  tokenIdOf,
} from '@/test/fixtures/engine-reports';
import { renderPanel } from './helpers';

describe('Overview', () => {
  afterEach(cleanup);

  it('follows a piece of evidence to its cookie row', () => {
    renderPanel(sessionReport);
    // The first line names the stack (Django): it points at nothing to open.
    const evidence = screen
      .getAllByTestId('evidence')
      .find((e) => within(e).queryByRole('button'))!;
    act(() => fireEvent.click(within(evidence).getByRole('button')));
    expect(usePanel.getState().tab).toBe('cookies');
    expect(screen.getByTestId('cookie-details').getAttribute('data-cookie')).toBe('sessionid');
  });

  it('follows a grouped piece of evidence to the live token, not the one a refresh replaced', () => {
    // The engine says "sent as Bearer" once per access token; the two lines are one group.
    renderPanel(bearerReport);
    const line = screen
      .getAllByTestId('evidence')
      .find((e) => e.getAttribute('data-count') === '2')!;
    act(() => fireEvent.click(within(line).getByRole('button')));
    expect(usePanel.getState().tab).toBe('tokens');
    const selected = document.querySelector('.tp-card--selected');
    expect(selected?.getAttribute('data-token-id')).toBe(tokenIdOf(bearerReport, BEARER.access));
  });

  it('counts credentials per storage location in the risk matrix', () => {
    renderPanel(bearerReport);
    const matrix = screen.getByTestId('risk-matrix');
    const row = (location: string) => matrix.querySelector(`tr[data-location="${location}"]`);
    expect(row('localStorage')?.querySelector('.tp-num')?.textContent).toBe('1');
    expect(row('cookie-httponly')?.querySelector('.tp-num')?.textContent).toBe('1');
    expect(row('indexedDB')?.querySelector('.tp-num')?.textContent).toBe('0');
    expect(row('localStorage')?.querySelector('[data-value]')?.getAttribute('data-value')).toBe(
      'true',
    );
  });

  it('groups findings by severity, highest first, with their stable ids', () => {
    renderPanel(edgeReport);
    const groups = [...document.querySelectorAll('[data-severity-group]')].map((g) =>
      g.getAttribute('data-severity-group'),
    );
    expect(groups).toEqual(['high', 'medium', 'low']);
    const ids = [...document.querySelectorAll('[data-finding-id]')].map((f) =>
      f.getAttribute('data-finding-id'),
    );
    expect(ids).toEqual([
      'jwt.alg-none',
      'jwt.missing-exp',
      'storage.token-in-localstorage',
      'url.token-in-url',
      'jwt.missing-iss',
      'jwt.missing-aud',
      'storage.token-in-sessionstorage',
    ]);
  });

  it('says what could not be read', () => {
    // The panel opened in a tab, outside DevTools, cannot read response bodies.
    const snapshot = recordedSnapshot('plain-localhost');
    snapshot.unavailable = [{ what: 'bodies', reason: 'devtools-only' }];
    renderPanel(reportOf(snapshot));
    expect(document.querySelector('[data-unavailable="bodies"]')).not.toBeNull();
    expect(screen.getByTestId('verdict').getAttribute('data-verdict')).toBe('none');
    expect(screen.getByText('No findings.')).toBeTruthy();
  });
});
