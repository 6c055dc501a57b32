// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  JWT_COOKIE,
  bearerReport,
  readableJwtCookieReport,
  reportOf,
  sessionWithNeighboursReport as sessionReport,
  sessionWithNeighboursSnapshot,
} from '@/test/fixtures/engine-reports';
import { renderPanel } from './helpers';

const names = (scope: string) =>
  [
    ...document.querySelectorAll(
      `[data-testid="cookie-table"][data-scope="${scope}"] [data-testid="cookie-row"]`,
    ),
  ].map((r) => r.getAttribute('data-cookie'));

describe('Cookies', () => {
  afterEach(cleanup);

  it('shows the cookies sent to this URL apart from the domain’s others', () => {
    renderPanel(sessionReport, 'cookies');
    expect(names('sent')).toEqual(['sessionid', 'theme']);
    expect(names('domain')).toEqual(['_ga']);
    act(() => fireEvent.click(screen.getByRole('checkbox')));
    expect(names('domain')).toEqual([]);
  });

  it('sorts by a column and flips direction on a second click', () => {
    renderPanel(sessionReport, 'cookies');
    const sortBySize = () =>
      act(() => fireEvent.click(document.querySelector('[data-scope="sent"] [data-sort="size"]')!));
    sortBySize();
    expect(names('sent')).toEqual(['theme', 'sessionid']);
    sortBySize();
    expect(names('sent')).toEqual(['sessionid', 'theme']);
  });

  it('filters by name, domain or kind', () => {
    renderPanel(sessionReport, 'cookies');
    act(() =>
      fireEvent.change(screen.getByTestId('cookie-filter'), { target: { value: 'session-id' } }),
    );
    expect(names('sent')).toEqual(['sessionid']);
    expect(names('domain')).toEqual([]);
  });

  it('security: masks values in the table', () => {
    renderPanel(readableJwtCookieReport, 'cookies');
    expect(document.body.textContent).not.toContain(JWT_COOKIE);
    expect(screen.getByTestId('cookie-value').textContent).toBe(`eyJh…[${JWT_COOKIE.length}]`);
  });

  it('opens a row’s details from the keyboard, with the decoded JWT and findings', () => {
    renderPanel(readableJwtCookieReport, 'cookies');
    const row = screen.getByTestId('cookie-row');
    expect(row.getAttribute('tabindex')).toBe('0');
    act(() => fireEvent.keyDown(row, { key: 'Enter' }));
    const details = screen.getByTestId('cookie-details');
    expect(within(details).getByText('Payload (claims)')).toBeTruthy();
    expect(details.querySelector('[data-claim="exp"]')).not.toBeNull();
    expect(
      details.querySelector('[data-finding-id="cookie.jwt-readable-by-scripts"]'),
    ).not.toBeNull();
  });

  it('marks credential cookies and what they are', () => {
    renderPanel(bearerReport, 'cookies');
    const cell = document.querySelector('[data-cookie="refresh_token"] [data-credential]');
    expect(cell?.getAttribute('data-credential')).toBe('refresh');
  });

  it('walks rows with the arrow keys', () => {
    renderPanel(sessionReport, 'cookies');
    const rows = screen.getAllByTestId('cookie-row');
    rows[0]!.focus();
    fireEvent.keyDown(rows[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows[1]);
  });

  it('decodes URL-encoded values in the details, once the value is revealed', () => {
    const snapshot = sessionWithNeighboursSnapshot();
    snapshot.cookies.find((c) => c.name === 'theme')!.value = '%7B%22mode%22%3A%22dark%22%7D';
    renderPanel(reportOf(snapshot), 'cookies');
    act(() => fireEvent.click(document.querySelector('[data-cookie="theme"]')!));
    // security: a decoded form is the value in other clothes; it stays masked with it.
    expect(screen.queryByText('URL-decoded')).toBeNull();
    const details = screen.getByTestId('cookie-details');
    act(() => fireEvent.click(within(details).getByRole('button', { name: /Reveal/ })));
    expect(screen.getByText('URL-decoded')).toBeTruthy();
    expect(screen.getByText('{"mode":"dark"}')).toBeTruthy();
  });
});
