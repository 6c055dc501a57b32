// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePanel } from '@/components/panel/panel-store';
import { bearerReport, noneReport } from '@/test/fixtures/panel-reports';
import { renderPanel } from './helpers';

describe('Flow', () => {
  afterEach(cleanup);

  it('draws each credential’s life with its steps', () => {
    renderPanel(bearerReport, 'flow');
    const lives = screen.getAllByTestId('flow-life');
    expect(lives.map((l) => l.getAttribute('data-kind'))).toEqual(['access', 'access', 'refresh']);
    const steps = within(lives[0]!)
      .getAllByTestId('flow-step')
      .map((s) => s.getAttribute('data-stage'));
    expect(steps).toEqual(['issued', 'stored', 'used', 'replaced', 'expired']);
  });

  it('links an access token to the one that replaced it', () => {
    renderPanel(bearerReport, 'flow');
    const first = screen.getAllByTestId('flow-life')[0]!;
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
