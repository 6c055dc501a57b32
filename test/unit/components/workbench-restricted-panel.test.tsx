// @vitest-environment happy-dom
/**
 * The inspector on a browser page (new tab, about:blank, chrome://…): it still says Tokki cannot
 * look at the page, and offers the two tabs that need no site, the Decoder and Learn.
 */
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { bearerReport, restrictedReport } from '@/test/fixtures/engine-reports';
import { tokens } from '@/test/fixtures/tokens';
import { renderPanel } from './panel/helpers';

const tabNames = () => screen.getAllByRole('tab').map((t) => t.getAttribute('data-tab'));

describe('the inspector on a browser page', () => {
  afterEach(cleanup);

  it('keeps the restricted message and offers only the Decoder and Learn, the Decoder first', () => {
    renderPanel(restrictedReport);
    expect(screen.getByTestId('state-restricted').textContent).toContain('chrome://settings/');
    // The header names no site: a browser page's origin would read "null".
    expect(document.querySelector('.tp-site')).toBeNull();
    expect(screen.getByTestId('restricted-still').textContent).toContain('Decoder and Learn');
    expect(tabNames()).toEqual(['decoder', 'learn']);
    expect(screen.getByRole('tab', { selected: true }).getAttribute('data-tab')).toBe('decoder');
  });

  it('decodes a pasted JWT there', () => {
    renderPanel(restrictedReport, 'decoder');
    act(() =>
      fireEvent.change(screen.getByTestId('decoder-input'), { target: { value: tokens.es256 } }),
    );
    expect(screen.getByTestId('decoder-result').getAttribute('data-status')).toBe('ok');
  });

  it('keyboard moves wrap within the two tabs', () => {
    renderPanel(restrictedReport, 'decoder');
    fireEvent.keyDown(screen.getAllByRole('tab')[0]!, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-tab')).toBe('learn');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-tab')).toBe('decoder');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement?.getAttribute('data-tab')).toBe('learn');
  });

  it('Learn uses no data of the page, only demo and textbook examples', () => {
    renderPanel(restrictedReport, 'learn');
    const sources = screen
      .getAllByTestId('learn-example')
      .map((e) => e.getAttribute('data-source'));
    expect(sources.length).toBeGreaterThan(3);
    expect(sources).not.toContain('site');
  });

  it('a site the panel can read still has every tab, and a link to the workbench', () => {
    renderPanel(bearerReport);
    expect(tabNames()).toHaveLength(8);
    const link = screen.getByTestId('open-workbench') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/workbench.html#decoder');
    expect(link.target).toBe('_blank');
  });
});
