// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PanelRoot } from '@/components/panel/panel-root';
import { resetPanel, usePanel } from '@/components/panel/panel-store';
import { REANALYSE_MS } from '@/components/shared/use-report-with';
import { useSettings } from '@/components/shared/use-settings';
import type { ReportSource } from '@/lib/client/report-source';
import { analyze } from '@/lib/engine/analyze/analyze';
import { emptySnapshot } from '@/lib/engine/model/snapshot';
import type { TokenBodyCollector } from '@/lib/platform/devtools-network';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
const URL = 'https://app.example.com/';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** A bearer JWT that expires 90 s after NOW. */
const JWT = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: '1', exp: NOW / 1000 + 90 })}.c2ln`;

const source: ReportSource = {
  fetchSnapshot: vi.fn(),
  watchTab: () => () => {},
  analyze: vi.fn(),
};

vi.mock('@/lib/client/panel-source', () => ({ panelReportSource: () => source }));

const collector = { bodies: () => [], subscribe: () => () => {} } as unknown as TokenBodyCollector;

describe('the panel clock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(NOW);
    vi.mocked(source.fetchSnapshot).mockImplementation(async () => {
      const snapshot = emptySnapshot(URL, Date.now());
      snapshot.requests.push({
        id: 'r1',
        url: `${URL}api`,
        method: 'GET',
        type: 'xmlhttprequest',
        time: Date.now(),
        requestHeaders: [{ name: 'Authorization', value: `Bearer ${JWT}` }],
        responseHeaders: [],
      });
      return snapshot;
    });
    vi.mocked(source.analyze).mockImplementation(analyze);
    resetPanel();
    useSettings.setState({ lang: 'en', loaded: true });
    usePanel.setState({ tab: 'tokens' });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('ticks one timer for the whole panel: countdowns every second, analysis once a minute', async () => {
    render(<PanelRoot tabId={7} collector={collector} hasNetwork={false} />);
    const countdown = async () =>
      (await screen.findByTestId('token-expiry')).querySelector('[data-testid="countdown"]')
        ?.textContent;
    expect(await countdown()).toBe('01:30');
    expect(vi.getTimerCount()).toBe(1);

    const analyses = vi.mocked(source.analyze).mock.calls.length;
    await act(async () => vi.advanceTimersByTime(5_000));
    expect(await countdown()).toBe('01:25');
    expect(vi.mocked(source.analyze).mock.calls.length).toBe(analyses);

    await act(async () => vi.advanceTimersByTime(REANALYSE_MS));
    expect(vi.mocked(source.analyze).mock.calls.length).toBe(analyses + 1);
    expect(vi.getTimerCount()).toBe(1);
  });
});
