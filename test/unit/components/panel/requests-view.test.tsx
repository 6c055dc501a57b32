// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { filterRequests } from '@/components/panel/requests-view';
import type { Report } from '@/lib/engine/model/report';
import {
  BEARER,
  FIXTURE_NOW,
  bearerReport,
  recordedSnapshot,
  reportOf,
  tokenIdOf,
} from '@/test/fixtures/engine-reports';
import { capturedRequest } from '@/test/fixtures/snapshot-builders';
import { renderPanel } from './helpers';

/** The bearer login's tab after `n` API calls, a third of them to another site's API. */
function manyRequests(n: number): Report {
  const snapshot = recordedSnapshot('bearer-localhost');
  snapshot.requests = Array.from({ length: n }, (_, i) =>
    capturedRequest({
      id: `q-${i}`,
      url: `${i % 3 === 0 ? 'https://api.example.com' : 'http://bearer.localhost:8787'}/api/items/${i}`,
      type: 'fetch',
      status: i % 10 === 0 ? 401 : 200,
      time: FIXTURE_NOW - n + i,
      requestHeaders: [{ name: 'Authorization', value: `Bearer ${BEARER.access}` }],
    }),
  );
  snapshot.requestStats = { ...snapshot.requestStats, total: n, withoutCredentials: 0 };
  return reportOf(snapshot);
}

describe('Requests', () => {
  afterEach(cleanup);

  // happy-dom has no layout: give elements the size a DevTools pane has, so the virtualiser
  // measures a viewport as in a real browser (the e2e test checks the real thing).
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get: () => 480,
    });
  });
  afterAll(() => {
    if (original) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original);
  });

  it('keeps at most 100 rows in the DOM for 10,000 requests', () => {
    renderPanel(manyRequests(10_000), 'requests');
    const rows = screen.getAllByTestId('request-row');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(100);
    expect(screen.getByTestId('request-grid').getAttribute('aria-rowcount')).toBe('10001');
    // Newest first.
    expect(rows[0]?.getAttribute('data-request-id')).toBe('q-9999');
  });

  it('filters by origin and status', () => {
    renderPanel(manyRequests(300), 'requests');
    act(() => fireEvent.change(screen.getByTestId('filter-status'), { target: { value: '4xx' } }));
    expect(screen.getByTestId('request-grid').getAttribute('aria-rowcount')).toBe('31');
    act(() =>
      fireEvent.change(screen.getByTestId('filter-origin'), {
        target: { value: 'https://api.example.com' },
      }),
    );
    expect(screen.getByTestId('request-grid').getAttribute('aria-rowcount')).toBe('11');
  });

  it('filterRequests matches scheme and status class', () => {
    const rows = filterRequests(bearerReport.requests, {
      origin: '',
      scheme: 'Bearer',
      status: '2xx',
    });
    // The two API calls, newest first: the login and the refresh carried no Authorization header.
    expect(rows.map((r) => r.id)).toEqual(['1007', '1005']);
  });

  it('shows which credential a request carried and what it issued', () => {
    renderPanel(bearerReport, 'requests');
    const refresh = document.querySelector('[data-request-id="1006"]')!;
    expect(refresh.textContent).toContain('Set-Cookie: refresh_token');
    act(() => fireEvent.keyDown(refresh, { key: 'Enter' }));
    expect(screen.getByTestId('request-details').textContent).toContain('$.access_token');
    const me = document.querySelector('[data-request-id="1007"]')!;
    const live = tokenIdOf(bearerReport, BEARER.access);
    expect(me.querySelector(`[data-token-id="${live}"]`)?.textContent).toBe('Access token');
  });

  it('lists the response bodies that issued tokens', () => {
    renderPanel(bearerReport, 'requests');
    const bodies = screen.getAllByTestId('issuing-body').map((b) => b.textContent);
    // The recording kept the refresh's response body; the login's was not captured.
    expect(bodies).toEqual([expect.stringContaining('/refresh → $.access_token')]);
  });
});
