// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PanelApp } from '@/components/panel/panel-app';
import { useSettings } from '@/components/shared/use-settings';
import { accessWithheldReport, bearerReport, sessionReport } from '@/test/fixtures/engine-reports';
import { renderPanel } from './helpers';

describe('PanelApp', () => {
  afterEach(cleanup);

  it('keeps the test contract on its root and shows the verdict first', () => {
    renderPanel(sessionReport);
    const panel = screen.getByTestId('panel');
    expect(panel.getAttribute('data-tab-id')).toBe('7');
    expect(screen.getByTestId('verdict').getAttribute('data-verdict')).toBe('session');
  });

  it('moves between tabs with the arrow keys, Home and End, one tab stop at a time', () => {
    renderPanel(bearerReport);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.getAttribute('tabindex'))).toEqual([
      '0',
      '-1',
      '-1',
      '-1',
      '-1',
      '-1',
      '-1',
      '-1',
    ]);
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { selected: true }).getAttribute('data-tab')).toBe('cookies');
    expect(document.activeElement?.getAttribute('data-tab')).toBe('cookies');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(screen.getByRole('tab', { selected: true }).getAttribute('data-tab')).toBe('export');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { selected: true }).getAttribute('data-tab')).toBe('overview');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { selected: true }).getAttribute('data-tab')).toBe('export');
  });

  it('renders only the active tab (lazy tabs)', () => {
    renderPanel(bearerReport);
    expect(screen.queryAllByTestId('token')).toHaveLength(0);
    act(() => fireEvent.click(screen.getByRole('tab', { name: /Tokens/ })));
    expect(screen.getAllByTestId('token')).toHaveLength(3);
    expect(screen.queryByTestId('verdict')).toBeNull();
  });

  it('names each tab apart from its count, for screen readers', () => {
    renderPanel(bearerReport);
    const names = screen.getAllByRole('tab').map((t) => t.textContent);
    expect(names).toContain('Tokens, 3');
    // A count glued to its label would be read as one word: "Tokens3".
    expect(names.filter((name) => /\p{L}\d/u.test(name ?? ''))).toEqual([]);
  });

  it('speaks Korean when the shared setting says so', () => {
    renderPanel(sessionReport, 'overview', 'ko');
    expect(screen.getByRole('tab', { name: '개요' })).toBeTruthy();
    expect(screen.getByText('저장 위치별 위험도')).toBeTruthy();
  });

  it('shows both languages side by side in "both" mode', () => {
    renderPanel(sessionReport, 'overview', 'both');
    const tab = screen.getAllByRole('tab')[0]!;
    expect(tab.textContent).toContain('개요');
    expect(tab.textContent).toContain('Overview');
  });

  it('keeps data-testid="panel" while loading and on errors', () => {
    const { rerender } = renderPanel(sessionReport);
    rerender(<PanelApp data={{ status: 'loading' }} live={false} />);
    expect(screen.getByTestId('panel').getAttribute('data-status')).toBe('loading');
    rerender(<PanelApp data={{ status: 'error', message: 'background gone' }} live={false} />);
    expect(screen.getByTestId('panel').getAttribute('data-status')).toBe('error');
    expect(screen.getByText('background gone')).toBeTruthy();
  });

  it('says when site access is withheld, and its button asks the browser for it', async () => {
    useSettings.setState({ lang: 'en', loaded: true });
    const asked: string[] = [];
    const onRequestAccess = () => {
      asked.push('ask');
      return Promise.resolve(false);
    };
    render(
      <PanelApp
        data={{ status: 'ready', report: accessWithheldReport }}
        tabId={7}
        live={false}
        onRequestAccess={onRequestAccess}
      />,
    );
    const state = screen.getByTestId('state-site-access');
    expect(state.textContent).toContain('https://shop.example.com');
    await act(async () => fireEvent.click(screen.getByTestId('request-site-access')));
    expect(asked).toEqual(['ask']);
    // Refused: the panel says so and keeps everything it already showed.
    expect(screen.getByRole('status').textContent).not.toBe('');
    expect(screen.getByTestId('verdict')).toBeTruthy();
  });

  it('shows no access prompt when the site can be read', () => {
    render(
      <PanelApp
        data={{ status: 'ready', report: sessionReport }}
        live={false}
        onRequestAccess={() => Promise.resolve(true)}
      />,
    );
    expect(screen.queryByTestId('state-site-access')).toBeNull();
  });
});
