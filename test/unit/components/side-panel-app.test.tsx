// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '@/components/side-panel/side-panel-app';
import { useSettings } from '@/components/shared/use-settings';
import type { FollowTarget, TabApi } from '@/lib/client/follow-active-tab';
import type { ReportSource } from '@/lib/client/report-source';
import type { LiveEvent } from '@/lib/platform/live-port';
import type { TabChange, TabSummary } from '@/lib/platform/active-tab';
import { analyze } from '@/lib/engine/analyze/analyze';
import { emptySnapshot, type Snapshot } from '@/lib/engine/model/snapshot';
import { FIXTURE_NOW, recordedSnapshot } from '@/test/fixtures/engine-reports';

/** Three tabs of window 1: a bearer login, a session login, a page with no login. */
const PAGES: Record<number, () => Snapshot> = {
  1: () => recordedSnapshot('bearer-localhost'),
  2: () => recordedSnapshot('session-localhost'),
  3: () => recordedSnapshot('plain-localhost'),
};
const urlOf = (tabId: number) => PAGES[tabId]?.().site.url ?? 'chrome://newtab/';

/**
 * A browser whose tabs answer with recorded snapshots. `hold(tabId)` makes that tab's next
 * snapshot wait until the test releases it, to stage a slow answer.
 */
function fakeBrowser(active: number) {
  let activated: ((tabId: number, windowId: number) => void) | undefined;
  let changed: ((tabId: number, change: TabChange) => void) | undefined;
  const live = new Map<number, (event: LiveEvent) => void>();
  const held = new Map<number, Promise<void>>();
  const override = new Map<number, () => Snapshot>();
  const summary = (tabId: number): TabSummary => ({
    tabId,
    windowId: 1,
    url: urlOf(tabId),
    title: '',
  });
  const tabs: TabApi = {
    activeTabOf: vi.fn(async () => summary(active)),
    tabSummary: vi.fn(async (tabId: number) => summary(tabId)),
    onTabActivated: (listener) => {
      activated = listener;
      return () => (activated = undefined);
    },
    onTabChanged: (listener) => {
      changed = listener;
      return () => (changed = undefined);
    },
    onTabReplaced: () => () => {},
  };
  const source: ReportSource = {
    fetchSnapshot: vi.fn(async (tabId: number) => {
      const wait = held.get(tabId);
      held.delete(tabId);
      // Read now, what the tab shows at the time of asking, as the background does.
      const snapshot = (override.get(tabId) ?? PAGES[tabId])?.() ?? emptySnapshot(urlOf(tabId), 0);
      snapshot.site.tabId = tabId;
      if (wait) await wait;
      return snapshot;
    }),
    watchTab: vi.fn((tabId: number, onEvent: (event: LiveEvent) => void) => {
      live.set(tabId, onEvent);
      return () => live.delete(tabId);
    }),
    analyze: vi.fn(analyze),
  };
  return {
    tabs,
    source,
    activate: (tabId: number) => act(async () => activated?.(tabId, 1)),
    change: (tabId: number, change: TabChange) => act(async () => changed?.(tabId, change)),
    push: (event: LiveEvent) => act(async () => live.get(event.tabId)?.(event)),
    showNext: (tabId: number, snapshot: () => Snapshot) => override.set(tabId, snapshot),
    hold(tabId: number) {
      let release!: () => void;
      held.set(tabId, new Promise<void>((r) => (release = r)));
      return () => act(async () => release());
    },
    watching: () => [...live.keys()],
  };
}

function renderPanel(fake: ReturnType<typeof fakeBrowser>, target: FollowTarget = { windowId: 1 }) {
  return render(
    <SidePanelApp
      target={Promise.resolve(target)}
      tabs={fake.tabs}
      source={fake.source}
      requestSiteAccess={async () => true}
      openInspector={async () => {}}
    />,
  );
}

const verdict = () => screen.getByTestId('verdict').getAttribute('data-verdict');
const shownTab = () => screen.getByTestId('side-panel-report').getAttribute('data-tab-id');

describe('side panel app', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(FIXTURE_NOW);
    useSettings.setState({ lang: 'en', loaded: true });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('keeps the popup’s contract and shows the verdict of the tab in front, naming its site', async () => {
    const fake = fakeBrowser(1);
    renderPanel(fake);
    expect(screen.getByTestId('popup').getAttribute('data-surface')).toBe('side-panel');
    expect((await screen.findByTestId('verdict')).getAttribute('data-verdict')).toBe('token');
    expect(screen.getByTestId('side-panel-following').textContent).toContain(
      'Following the active tab',
    );
    expect(screen.getByTestId('site').textContent).toContain(new URL(urlOf(1)).host);
    expect(shownTab()).toBe('1');
  });

  it('follows a tab switch: the new tab’s verdict, its own live port, the old one closed', async () => {
    const fake = fakeBrowser(1);
    renderPanel(fake);
    await screen.findByTestId('verdict');
    await fake.activate(2);
    await vi.waitFor(() => expect(verdict()).toBe('session'));
    expect(shownTab()).toBe('2');
    expect(fake.watching()).toEqual([2]);
  });

  it('security: a slow answer about the previous tab never shows under the new one', async () => {
    const fake = fakeBrowser(3);
    renderPanel(fake);
    await vi.waitFor(() => expect(verdict()).toBe('none'));
    // Tab 3 changes and is asked again, slowly; meanwhile the user moves to tab 1.
    const release = fake.hold(3);
    await fake.push({ type: 'cookies-changed', tabId: 3 });
    await fake.activate(1);
    await vi.waitFor(() => expect(verdict()).toBe('token'));
    await release();
    expect(verdict()).toBe('token');
    expect(shownTab()).toBe('1');
  });

  it('fetches again when the followed tab navigates or finishes loading, not on a new title', async () => {
    const fake = fakeBrowser(3);
    renderPanel(fake);
    await vi.waitFor(() => expect(verdict()).toBe('none'));
    const asked = () => vi.mocked(fake.source.fetchSnapshot).mock.calls.length;
    const before = asked();
    await fake.change(3, { title: 'Home' });
    expect(asked()).toBe(before);
    // The page logs in and reloads: its next snapshot is the bearer login's.
    fake.showNext(3, PAGES[1]!);
    await fake.change(3, { status: 'complete' });
    await vi.waitFor(() => expect(verdict()).toBe('token'));
    expect(asked()).toBe(before + 1);
  });

  it('updates live when the site logs in, with no switch and no navigation', async () => {
    const fake = fakeBrowser(3);
    renderPanel(fake);
    await vi.waitFor(() => expect(verdict()).toBe('none'));
    fake.showNext(3, PAGES[2]!);
    await fake.push({ type: 'cookies-changed', tabId: 3 });
    await vi.waitFor(() => expect(verdict()).toBe('session'));
  });

  it('on a browser page, says Tokki cannot look inside, as the popup does', async () => {
    const fake = fakeBrowser(9);
    renderPanel(fake);
    expect(await screen.findByTestId('state-restricted')).toBeTruthy();
    expect(screen.getByTestId('site').textContent).toContain('chrome://newtab/');
  });

  it('pinned with ?tabId=N: says so, and stays on that tab when another comes to the front', async () => {
    const fake = fakeBrowser(1);
    renderPanel(fake, { tabId: 2 });
    await vi.waitFor(() => expect(verdict()).toBe('session'));
    expect(screen.getByTestId('side-panel-following').textContent).toContain(
      'Showing one tab only',
    );
    await fake.activate(1);
    expect(verdict()).toBe('session');
  });

  it('says so when its window has no tab in front', async () => {
    const fake = fakeBrowser(1);
    vi.mocked(fake.tabs.activeTabOf).mockResolvedValue(undefined);
    renderPanel(fake);
    expect((await screen.findByTestId('state-no-tab')).textContent).toContain('no active tab');
  });
});
