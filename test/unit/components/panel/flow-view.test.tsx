// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePanel } from '@/components/panel/panel-store';
import { BEARER, bearerReport, noneReport, tokenIdOf } from '@/test/fixtures/engine-reports';
import { renderPanel } from './helpers';

const live = tokenIdOf(bearerReport, BEARER.access);
const refresh = tokenIdOf(bearerReport, BEARER.refresh);
const replaced = tokenIdOf(bearerReport, BEARER.replaced);

describe('Flow', () => {
  afterEach(cleanup);

  it('draws each credential’s life with its steps, live ones first and past ones folded below', () => {
    renderPanel(bearerReport, 'flow');
    const lives = screen.getAllByTestId('flow-life');
    expect(
      lives.map((l) => [l.getAttribute('data-token-id'), l.getAttribute('data-past')]),
    ).toEqual([
      [refresh, 'false'],
      [live, 'false'],
      [replaced, 'true'],
    ]);
    const stepsOf = (life: HTMLElement) =>
      within(life)
        .getAllByTestId('flow-step')
        .map((s) => s.getAttribute('data-stage'));
    expect(stepsOf(lives[1]!)).toEqual(['issued', 'stored', 'used', 'expires']);
    // The recording saw the replaced token only in the header it was sent in.
    expect(stepsOf(lives[2]!)).toEqual(['used', 'replaced', 'expired']);
    expect(screen.getByTestId('flow-past').contains(lives[2]!)).toBe(true);
  });

  it('links an access token to the one that replaced it', () => {
    renderPanel(bearerReport, 'flow');
    const first = document.querySelector<HTMLElement>(
      `[data-testid="flow-life"][data-token-id="${replaced}"]`,
    )!;
    const link = first.querySelector<HTMLButtonElement>(
      '.tp-life__links [data-link="panel.flow.replacedBy"]',
    )!;
    act(() => fireEvent.click(link));
    expect(usePanel.getState()).toMatchObject({ tab: 'tokens', selectedToken: live });
  });

  it('says when there is nothing to follow', () => {
    renderPanel(noneReport, 'flow');
    expect(screen.getByTestId('flow-empty')).toBeTruthy();
  });
});
