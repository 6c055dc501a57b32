// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
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

  /** The bearer login with a plain request beside it: the page's script, without credentials. */
  function withPlainRequests(): Report {
    const snapshot = recordedSnapshot('bearer-localhost');
    snapshot.requests = [
      ...snapshot.requests.map((r) =>
        r.id === '1007'
          ? {
              ...r,
              otherRequestHeaders: [{ name: 'Accept', value: 'application/json' }],
              otherResponseHeaders: [{ name: 'Content-Type', value: 'application/json' }],
              timing: { sent: 0.4, response: 12.5, end: 14 },
              initiator: 'http://bearer.localhost:8787',
            }
          : r,
      ),
      capturedRequest({
        id: 'plain-1',
        url: 'http://bearer.localhost:8787/assets/app.js?v=3',
        type: 'script',
        status: 200,
        time: FIXTURE_NOW - 5,
        plain: true,
      }),
    ];
    return reportOf(snapshot);
  }

  it('lists credential requests by default, says how many it hides, and shows them on request', () => {
    renderPanel(withPlainRequests(), 'requests');
    expect(document.querySelector('[data-request-id="plain-1"]')).toBeNull();
    expect(screen.getByTestId('requests-hidden').textContent).toContain(
      '1 request without credentials hidden',
    );
    act(() => fireEvent.click(screen.getByTestId('show-hidden-requests')));
    const row = document.querySelector('[data-request-id="plain-1"]')!;
    // The Name column shows the path and query, not the host.
    expect(row.querySelector('.tp-req__url')?.textContent).toBe('/assets/app.js?v=3');
    expect(screen.queryByTestId('requests-hidden')).toBeNull();
    expect((screen.getByTestId('filter-credentials') as HTMLInputElement).checked).toBe(false);
  });

  it('shows times to the millisecond', () => {
    renderPanel(withPlainRequests(), 'requests');
    const time = document.querySelector('[data-request-id="1007"] .tp-req__time')!;
    expect(time.textContent).toMatch(/^\d\d:\d\d:\d\d\.\d{3}$/);
  });

  it('security: the details show headers with credential values masked, timing and initiator; copies stay masked until revealed', async () => {
    const writes: string[] = [];
    const writeText = vi.fn((text: string) => {
      writes.push(text);
      return Promise.resolve();
    });
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderPanel(withPlainRequests(), 'requests');
    act(() => fireEvent.click(document.querySelector('[data-request-id="1007"]')!));
    const details = screen.getByTestId('request-details');
    expect(details.textContent).not.toContain(BEARER.access);
    expect(details.textContent).toContain('Authorization');
    expect(details.textContent).toContain('application/json');
    expect(details.textContent).toContain('response headers +12.5 ms');
    expect(details.textContent).toContain('http://bearer.localhost:8787');

    await act(async () => fireEvent.click(screen.getByTestId('copy-curl')));
    expect(writes.at(-1)).toMatch(/^curl 'http:\/\/bearer\.localhost:8787\/api\/me'/);
    expect(writes.at(-1)).not.toContain(BEARER.access);

    act(() => fireEvent.click(screen.getByTestId('reveal-request')));
    // Revealed, a long value shows its first characters until "show all".
    expect(screen.getByTestId('request-details').textContent).toContain(
      BEARER.access.slice(0, 100),
    );
    await act(async () => fireEvent.click(screen.getByTestId('copy-curl')));
    expect(writes.at(-1)).toContain(`-H 'Authorization: Bearer ${BEARER.access}'`);
    await act(async () => fireEvent.click(screen.getByTestId('copy-authorization')));
    expect(writes.at(-1)).toBe(`Authorization: Bearer ${BEARER.access}`);
    vi.unstubAllGlobals();
  });
});
