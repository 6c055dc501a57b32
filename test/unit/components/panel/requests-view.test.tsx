// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { filterRequests } from '@/components/panel/requests-view';
import type { Report, RequestReport } from '@/lib/engine/model/report';
import { FIXTURE_NOW, bearerReport } from '@/test/fixtures/panel-reports';
import { renderPanel } from './helpers';

function manyRequests(n: number): Report {
  const requests: RequestReport[] = Array.from({ length: n }, (_, i) => ({
    id: `q-${i}`,
    url: `https://${i % 3 === 0 ? 'api.example.com' : 'localhost:8787'}/api/items/${i}`,
    origin: i % 3 === 0 ? 'https://api.example.com' : 'http://localhost:8787',
    method: 'GET',
    type: 'fetch',
    status: i % 10 === 0 ? 401 : 200,
    time: FIXTURE_NOW - n + i,
    scheme: 'Bearer',
    thirdParty: i % 3 === 0,
    tokenIds: ['t-access-2'],
    setCookies: [],
  }));
  return {
    ...bearerReport,
    requests,
    counts: { ...bearerReport.counts, requests: { total: n, withCredentials: n, dropped: 0 } },
  };
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
      scheme: 'Cookie',
      status: '2xx',
    });
    expect(rows.map((r) => r.id)).toEqual(['r-refresh']);
  });

  it('shows which credential a request carried and what it issued', () => {
    renderPanel(bearerReport, 'requests');
    const login = document.querySelector('[data-request-id="r-login"]')!;
    expect(login.textContent).toContain('Set-Cookie: refresh_token');
    act(() => fireEvent.keyDown(login, { key: 'Enter' }));
    expect(screen.getByTestId('request-details').textContent).toContain('$.access_token');
    const me = document.querySelector('[data-request-id="r-me-2"]')!;
    expect(me.querySelector('[data-token-id="t-access-2"]')?.textContent).toBe('Access token');
  });

  it('lists the response bodies that issued tokens', () => {
    renderPanel(bearerReport, 'requests');
    const bodies = screen.getAllByTestId('issuing-body').map((b) => b.textContent);
    expect(bodies).toEqual([
      expect.stringContaining('POST /api/login'),
      expect.stringContaining('POST /api/auth/refresh'),
    ]);
  });
});
