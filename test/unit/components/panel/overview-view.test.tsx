// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePanel } from '@/components/panel/panel-store';
import { bearerReport, edgeReport, noneReport, sessionReport } from '@/test/fixtures/panel-reports';
import { renderPanel } from './helpers';

describe('Overview', () => {
  afterEach(cleanup);

  it('follows a piece of evidence to its cookie row', () => {
    renderPanel(sessionReport);
    const evidence = screen.getAllByTestId('evidence')[0]!;
    act(() => fireEvent.click(within(evidence).getByRole('button')));
    expect(usePanel.getState().tab).toBe('cookies');
    expect(screen.getByTestId('cookie-details').getAttribute('data-cookie')).toBe('PHPSESSID');
  });

  it('follows a piece of evidence to its token card', () => {
    renderPanel(bearerReport);
    act(() => fireEvent.click(within(screen.getAllByTestId('evidence')[0]!).getByRole('button')));
    expect(usePanel.getState().tab).toBe('tokens');
    const selected = document.querySelector('.tp-card--selected');
    expect(selected?.getAttribute('data-token-id')).toBe('t-access-2');
  });

  it('counts credentials per storage location in the risk matrix', () => {
    renderPanel(bearerReport);
    const matrix = screen.getByTestId('risk-matrix');
    const row = (location: string) => matrix.querySelector(`tr[data-location="${location}"]`);
    expect(row('localStorage')?.querySelector('.tp-num')?.textContent).toBe('2');
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
    expect(groups).toEqual(['high']);
    const ids = [...document.querySelectorAll('[data-finding-id]')].map((f) =>
      f.getAttribute('data-finding-id'),
    );
    expect(ids).toEqual(['jwt.alg-none', 'url.token-in-url']);
  });

  it('says what could not be read', () => {
    renderPanel(noneReport);
    expect(document.querySelector('[data-unavailable="bodies"]')).not.toBeNull();
    expect(screen.getByTestId('verdict').getAttribute('data-verdict')).toBe('none');
    expect(screen.getByText('No findings.')).toBeTruthy();
  });
});
