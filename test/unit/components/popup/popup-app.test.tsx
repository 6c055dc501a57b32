// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '@/components/popup/popup-app';
import type { ReportSource } from '@/lib/client/report-source';
import { useSettings } from '@/components/shared/use-settings';
import type { LiveEvent } from '@/lib/platform/live-port';
import type { Report } from '@/lib/engine/model/report';
import { emptySnapshot, type Snapshot } from '@/lib/engine/model/snapshot';
import { FIXTURE_NOW, bearerReport, noneReport } from '@/test/fixtures/reports';

/** A source whose "engine" maps snapshot URLs to fixture reports, and whose live feed we drive. */
function fakeSource(reports: Record<string, Report>) {
  let push: ((event: LiveEvent) => void) | undefined;
  let url = Object.keys(reports)[0] ?? '';
  const source: ReportSource = {
    fetchSnapshot: vi.fn(async (tabId: number) => {
      const snapshot: Snapshot = emptySnapshot(url, Date.now());
      snapshot.site.tabId = tabId;
      return snapshot;
    }),
    watchTab: vi.fn((_tabId: number, onEvent: (event: LiveEvent) => void) => {
      push = onEvent;
      return () => {
        push = undefined;
      };
    }),
    analyze: vi.fn((snapshot: Snapshot, now: number) => ({
      ...(reports[snapshot.site.url] ?? noneReport),
      generatedAt: now,
    })),
  };
  return {
    source,
    navigate: (next: string) => {
      url = next;
      push?.({ type: 'navigated', tabId: 7 });
    },
    isWatching: () => push !== undefined,
  };
}

function renderApp(source: ReportSource, tabId: Promise<number | undefined> = Promise.resolve(7)) {
  return render(
    <PopupApp
      tabId={tabId}
      source={source}
      requestSiteAccess={async () => true}
      openInspector={async () => {}}
    />,
  );
}

describe('popup app', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(FIXTURE_NOW);
    useSettings.setState({ lang: 'en', loaded: true });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('inspects the tab it was given and shows its verdict', async () => {
    const { source } = fakeSource({ 'http://bearer.localhost:8080/': bearerReport });
    renderApp(source);
    expect(screen.getByTestId('popup')).toBeTruthy();
    expect(await screen.findByTestId('verdict')).toBeTruthy();
    expect(source.fetchSnapshot).toHaveBeenCalledWith(7);
    expect(screen.getByTestId('verdict').getAttribute('data-verdict')).toBe('token');
  });

  it('ticks countdowns every second without re-analysing, and re-analyses once a minute', async () => {
    const { source } = fakeSource({ 'http://bearer.localhost:8080/': bearerReport });
    renderApp(source);
    // The verdict comes first; the countdown follows in the next render.
    await screen.findByTestId('soonest-expiry');
    const analyses = vi.mocked(source.analyze).mock.calls.length;
    const countdown = () => screen.getByTestId('soonest-expiry').textContent ?? '';
    expect(countdown()).toContain('expires in 1m 30s');
    await act(async () => vi.advanceTimersByTime(5_000));
    expect(countdown()).toContain('expires in 1m 25s');
    expect(vi.mocked(source.analyze).mock.calls.length).toBe(analyses);
    await act(async () => vi.advanceTimersByTime(60_000));
    expect(vi.mocked(source.analyze).mock.calls.length).toBe(analyses + 1);
  });

  it('follows live changes of the tab', async () => {
    const fake = fakeSource({
      'http://plain.localhost:8080/': noneReport,
      'http://bearer.localhost:8080/': bearerReport,
    });
    renderApp(fake.source);
    expect((await screen.findByTestId('verdict')).getAttribute('data-verdict')).toBe('none');
    await act(async () => fake.navigate('http://bearer.localhost:8080/'));
    await vi.waitFor(() =>
      expect(screen.getByTestId('verdict').getAttribute('data-verdict')).toBe('token'),
    );
  });

  it('stops listening when closed', async () => {
    const fake = fakeSource({ 'http://bearer.localhost:8080/': bearerReport });
    const { unmount } = renderApp(fake.source);
    await screen.findByTestId('verdict');
    expect(fake.isWatching()).toBe(true);
    unmount();
    expect(fake.isWatching()).toBe(false);
  });

  it('says it could not read the tab when the snapshot fails, instead of a blank popup', async () => {
    const { source } = fakeSource({});
    vi.mocked(source.fetchSnapshot).mockRejectedValue(new Error('No tab with id: 7'));
    renderApp(source);
    expect((await screen.findByTestId('state-error')).textContent).toContain('No tab with id: 7');
  });

  it('renders the verdict in its very first render when mounted with the first snapshot', async () => {
    const fake = fakeSource({
      'http://plain.localhost:8080/': noneReport,
      'http://bearer.localhost:8080/': bearerReport,
    });
    const initial = { tabId: 7, snapshot: emptySnapshot('http://bearer.localhost:8080/', 0) };
    initial.snapshot.site.tabId = 7;
    render(
      <PopupApp
        tabId={new Promise(() => {})}
        initial={initial}
        source={fake.source}
        requestSiteAccess={async () => true}
        openInspector={async () => {}}
      />,
    );
    // No await: no loading state came first, and the background was not asked a second time.
    expect(screen.queryByTestId('state-loading')).toBeNull();
    expect(screen.getByTestId('verdict').getAttribute('data-verdict')).toBe('token');
    expect(fake.source.fetchSnapshot).not.toHaveBeenCalled();
    // Still live: a navigation fetches afresh.
    await act(async () => fake.navigate('http://plain.localhost:8080/'));
    await vi.waitFor(() =>
      expect(screen.getByTestId('verdict').getAttribute('data-verdict')).toBe('none'),
    );
    expect(fake.source.fetchSnapshot).toHaveBeenCalledWith(7);
  });

  it('says it could not read the tab when there is no tab', async () => {
    const { source } = fakeSource({});
    renderApp(source, Promise.resolve(undefined));
    expect(await screen.findByTestId('state-error')).toBeTruthy();
    expect(source.fetchSnapshot).not.toHaveBeenCalled();
  });
});
