// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePanel } from '@/components/panel/panel-store';
import { bearerReport, noneReport } from '@/test/fixtures/panel-reports';
import { renderPanel } from './helpers';

describe('Flow', () => {
  afterEach(cleanup);

  it('draws each credential’s life with its steps, live ones first and past ones folded below', () => {
    renderPanel(bearerReport, 'flow');
    const lives = screen.getAllByTestId('flow-life');
    expect(
      lives.map((l) => [l.getAttribute('data-token-id'), l.getAttribute('data-past')]),
    ).toEqual([
      ['t-access-2', 'false'],
      ['t-refresh', 'false'],
      ['t-access-1', 'true'],
    ]);
    const stepsOf = (life: HTMLElement) =>
      within(life)
        .getAllByTestId('flow-step')
        .map((s) => s.getAttribute('data-stage'));
    expect(stepsOf(lives[0]!)).toEqual(['issued', 'stored', 'used', 'expires']);
    expect(stepsOf(lives[2]!)).toEqual(['issued', 'stored', 'used', 'replaced', 'expired']);
    expect(screen.getByTestId('flow-past').contains(lives[2]!)).toBe(true);
  });

  it('links an access token to the one that replaced it', () => {
    renderPanel(bearerReport, 'flow');
    const first = document.querySelector<HTMLElement>(
      '[data-testid="flow-life"][data-token-id="t-access-1"]',
    )!;
    const link = first.querySelector<HTMLButtonElement>(
      '.tp-life__links [data-link="panel.flow.replacedBy"]',
    )!;
    act(() => fireEvent.click(link));
    expect(usePanel.getState()).toMatchObject({ tab: 'tokens', selectedToken: 't-access-2' });
  });

  it('says when there is nothing to follow', () => {
    renderPanel(noneReport, 'flow');
    expect(screen.getByTestId('flow-empty')).toBeTruthy();
  });
});
