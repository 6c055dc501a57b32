// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '@/components/popup/popup-app';
import type { ReportSource } from '@/lib/client/report-source';
import { useSettings } from '@/components/shared/use-settings';
import type { LiveEvent } from '@/lib/platform/live-port';
import { analyze } from '@/lib/engine/analyze/analyze';
import { emptySnapshot, type Snapshot } from '@/lib/engine/model/snapshot';
import { FIXTURE_NOW, recordedSnapshot } from '@/test/fixtures/engine-reports';

const BEARER_URL = recordedSnapshot('bearer-localhost').site.url;
const PLAIN_URL = recordedSnapshot('plain-localhost').site.url;
const bearer = () => recordedSnapshot('bearer-localhost');
const plain = () => recordedSnapshot('plain-localhost');

/**
 * A source whose tab shows the recorded snapshot of its current URL, analysed by the real engine,
 * and whose live feed we drive.
 */
function fakeSource(snapshots: Record<string, () => Snapshot>) {
  let push: ((event: LiveEvent) => void) | undefined;
  let url = Object.keys(snapshots)[0] ?? '';
  const source: ReportSource = {
    fetchSnapshot: vi.fn(async (tabId: number) => {
      const snapshot: Snapshot = snapshots[url]?.() ?? emptySnapshot(url, Date.now());
      snapshot.site.tabId = tabId;
      return snapshot;
    }),
    watchTab: vi.fn((_tabId: number, onEvent: (event: LiveEvent) => void) => {
      push = onEvent;
      return () => {
        push = undefined;
      };
    }),
    analyze: vi.fn(analyze),
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
    const { source } = fakeSource({ [BEARER_URL]: bearer });
    renderApp(source);
    expect(screen.getByTestId('popup')).toBeTruthy();
    expect(await screen.findByTestId('verdict')).toBeTruthy();
    expect(source.fetchSnapshot).toHaveBeenCalledWith(7);
    expect(screen.getByTestId('verdict').getAttribute('data-verdict')).toBe('token');
  });

  it('ticks countdowns every second without re-analysing, and re-analyses once a minute', async () => {
    const { source } = fakeSource({ [BEARER_URL]: bearer });
    renderApp(source);
    // The verdict comes first; the countdown follows in the next render.
    await screen.findByTestId('soonest-expiry');
    const analyses = vi.mocked(source.analyze).mock.calls.length;
    const countdown = () => screen.getByTestId('soonest-expiry').textContent ?? '';
    expect(countdown()).toContain('expires in 1m 20s');
    await act(async () => vi.advanceTimersByTime(5_000));
    expect(countdown()).toContain('expires in 1m 15s');
    expect(vi.mocked(source.analyze).mock.calls.length).toBe(analyses);
    await act(async () => vi.advanceTimersByTime(60_000));
    expect(vi.mocked(source.analyze).mock.calls.length).toBe(analyses + 1);
  });

  it('follows live changes of the tab', async () => {
    const fake = fakeSource({
      [PLAIN_URL]: plain,
      [BEARER_URL]: bearer,
    });
    renderApp(fake.source);
    expect((await screen.findByTestId('verdict')).getAttribute('data-verdict')).toBe('none');
    await act(async () => fake.navigate(BEARER_URL));
    await vi.waitFor(() =>
      expect(screen.getByTestId('verdict').getAttribute('data-verdict')).toBe('token'),
    );
  });

  it('stops listening when closed', async () => {
    const fake = fakeSource({ [BEARER_URL]: bearer });
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
      [PLAIN_URL]: plain,
      [BEARER_URL]: bearer,
    });
    const initial = { tabId: 7, snapshot: bearer() };
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
    await act(async () => fake.navigate(PLAIN_URL));
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
