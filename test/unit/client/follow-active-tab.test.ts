import { describe, expect, it, vi } from 'vitest';
import {
  followTab,
  followTargetFrom,
  needsRefetch,
  type FollowedTab,
  type TabApi,
} from '@/lib/client/follow-active-tab';
import type { TabChange, TabSummary } from '@/lib/platform/active-tab';

/** A promise and the functions that settle it, so a test decides when a lookup answers. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const tab = (tabId: number, url: string, windowId = 1): TabSummary => ({
  tabId,
  windowId,
  url,
  title: `title ${tabId}`,
});

/** A browser of tabs whose events the test fires and whose lookups answer when told to. */
function fakeTabs() {
  let activated: ((tabId: number, windowId: number) => void) | undefined;
  let changed: ((tabId: number, change: TabChange) => void) | undefined;
  let replaced: ((added: number, removed: number) => void) | undefined;
  const lookups = new Map<number, ReturnType<typeof deferred<TabSummary | undefined>>>();
  const lookup = (tabId: number) => {
    const known = lookups.get(tabId) ?? deferred<TabSummary | undefined>();
    lookups.set(tabId, known);
    return known;
  };
  const activeLookup = deferred<TabSummary | undefined>();
  const api: TabApi = {
    activeTabOf: vi.fn(() => activeLookup.promise),
    tabSummary: vi.fn((tabId: number) => lookup(tabId).promise),
    onTabActivated: vi.fn((listener) => {
      activated = listener;
      return () => (activated = undefined);
    }),
    onTabChanged: vi.fn((listener) => {
      changed = listener;
      return () => (changed = undefined);
    }),
    onTabReplaced: vi.fn((listener) => {
      replaced = listener;
      return () => (replaced = undefined);
    }),
  };
  return {
    api,
    /** The window's first lookup answers. */
    answerActive: async (found: TabSummary | undefined) => {
      activeLookup.resolve(found);
      await Promise.resolve();
    },
    /** The lookup of `tabId` answers. */
    answer: async (found: TabSummary) => {
      lookup(found.tabId).resolve(found);
      await Promise.resolve();
    },
    activate: (tabId: number, windowId = 1) => activated?.(tabId, windowId),
    change: (tabId: number, change: TabChange) => changed?.(tabId, change),
    replace: (added: number, removed: number) => replaced?.(added, removed),
    listening: () => activated !== undefined || changed !== undefined || replaced !== undefined,
  };
}

function follow(target: Parameters<typeof followTab>[0]) {
  const fake = fakeTabs();
  const seen: (FollowedTab | undefined)[] = [];
  const stop = followTab(target, fake.api, (t) => seen.push(t));
  return { ...fake, seen, last: () => seen.at(-1), stop };
}

describe('followTab: which tab', () => {
  it('shows the tab in front of its window once the window answers', async () => {
    const f = follow({ windowId: 1 });
    expect(f.seen).toEqual([]);
    await f.answerActive(tab(5, 'https://a.example/'));
    expect(f.last()).toEqual({
      tabId: 5,
      url: 'https://a.example/',
      title: 'title 5',
      revision: 0,
    });
  });

  it('says there is no tab when the window has none in front', async () => {
    const f = follow({ windowId: 1 });
    await f.answerActive(undefined);
    expect(f.seen).toEqual([undefined]);
  });

  it('switches at once when another tab of its window comes to the front, then names its URL', async () => {
    const f = follow({ windowId: 1 });
    await f.answerActive(tab(5, 'https://a.example/'));
    f.activate(6);
    // The new tab is shown before its details arrive, so its snapshot is asked for at once.
    expect(f.last()).toEqual({ tabId: 6, url: '', title: '', revision: 0 });
    await f.answer(tab(6, 'https://b.example/'));
    expect(f.last()).toMatchObject({ tabId: 6, url: 'https://b.example/' });
  });

  it('ignores tabs coming to the front of other windows, and the tab it already shows', async () => {
    const f = follow({ windowId: 1 });
    await f.answerActive(tab(5, 'https://a.example/'));
    const before = f.seen.length;
    f.activate(9, 2);
    f.activate(5, 1);
    expect(f.seen.length).toBe(before);
    expect(f.last()?.tabId).toBe(5);
  });

  it('follows a prerendered page that replaces the tab it shows under a new id', async () => {
    const f = follow({ windowId: 1 });
    await f.answerActive(tab(5, 'https://a.example/'));
    f.replace(12, 9);
    expect(f.last()?.tabId).toBe(5);
    f.replace(11, 5);
    expect(f.last()).toMatchObject({ tabId: 11, url: '' });
    await f.answer(tab(11, 'https://a.example/next'));
    expect(f.last()).toMatchObject({ tabId: 11, url: 'https://a.example/next' });
  });

  it('pinned to a tab (?tabId=N): shows it at once and never switches', async () => {
    const f = follow({ tabId: 4 });
    expect(f.last()).toMatchObject({ tabId: 4, url: '' });
    await f.answer(tab(4, 'https://pinned.example/'));
    expect(f.last()).toMatchObject({ tabId: 4, url: 'https://pinned.example/' });
    f.activate(6);
    expect(f.last()?.tabId).toBe(4);
    expect(f.api.activeTabOf).not.toHaveBeenCalled();
  });
});

describe('followTab: stale answers from a previous tab are dropped', () => {
  it('drops the window’s first answer when a tab came to the front meanwhile', async () => {
    const f = follow({ windowId: 1 });
    f.activate(6);
    await f.answerActive(tab(5, 'https://old.example/'));
    expect(f.last()?.tabId).toBe(6);
    expect(f.seen.map((t) => t?.tabId)).toEqual([6]);
  });

  it('drops a late lookup of the previous tab: its URL never shows under the new one', async () => {
    const f = follow({ windowId: 1 });
    await f.answerActive(tab(5, 'https://a.example/'));
    f.activate(6);
    f.activate(7);
    await f.answer(tab(6, 'https://six.example/'));
    expect(f.last()).toEqual({ tabId: 7, url: '', title: '', revision: 0 });
    await f.answer(tab(7, 'https://seven.example/'));
    expect(f.last()).toMatchObject({ tabId: 7, url: 'https://seven.example/' });
  });

  it('keeps a URL the tab reported itself over an older lookup', async () => {
    const f = follow({ windowId: 1 });
    await f.answerActive(tab(5, 'https://a.example/'));
    f.activate(6);
    f.change(6, { url: 'https://new.example/', status: 'loading' });
    await f.answer(tab(6, 'https://before.example/'));
    expect(f.last()?.url).toBe('https://new.example/');
  });

  it('says nothing once stopped, and lets go of the tab events', async () => {
    const f = follow({ windowId: 1 });
    expect(f.listening()).toBe(true);
    f.stop();
    expect(f.listening()).toBe(false);
    await f.answerActive(tab(5, 'https://a.example/'));
    expect(f.seen).toEqual([]);
  });
});

describe('followTab: when to fetch again', () => {
  async function following() {
    const f = follow({ windowId: 1 });
    await f.answerActive(tab(5, 'https://a.example/'));
    return f;
  }

  it('a new URL of the followed tab moves its revision (a new page, even one with no request)', async () => {
    const f = await following();
    f.change(5, { url: 'chrome://newtab/', status: 'loading' });
    expect(f.last()).toMatchObject({ tabId: 5, url: 'chrome://newtab/', revision: 1 });
  });

  it('a page that finished loading moves it again; a title alone does not', async () => {
    const f = await following();
    f.change(5, { status: 'complete' });
    expect(f.last()?.revision).toBe(1);
    f.change(5, { title: 'Signed in' });
    expect(f.last()).toMatchObject({ title: 'Signed in', revision: 1 });
    const count = f.seen.length;
    f.change(5, { status: 'loading' });
    expect(f.seen.length).toBe(count);
  });

  it('changes of other tabs move nothing', async () => {
    const f = await following();
    const count = f.seen.length;
    f.change(8, { url: 'https://elsewhere.example/', status: 'complete' });
    expect(f.seen.length).toBe(count);
  });

  it.each([
    [{ url: 'https://b.example/' }, 'https://a.example/', true],
    [{ url: 'https://a.example/' }, 'https://a.example/', false],
    [{ status: 'complete' }, 'https://a.example/', true],
    [{ status: 'loading' }, 'https://a.example/', false],
    [{ title: 'x' }, 'https://a.example/', false],
  ])('needsRefetch(%j, %s) is %s', (change, url, expected) => {
    expect(needsRefetch(change, url)).toBe(expected);
  });
});

describe('followTargetFrom', () => {
  const windowIs = (id: number | undefined) => vi.fn(async () => id);

  it('?tabId=N pins the page to tab N', async () => {
    const current = windowIs(3);
    expect(await followTargetFrom('?tabId=12', current)).toEqual({ tabId: 12 });
    expect(current).not.toHaveBeenCalled();
  });

  it('?windowId=N follows the tab in front of window N', async () => {
    expect(await followTargetFrom('?windowId=7', windowIs(3))).toEqual({ windowId: 7 });
  });

  it('otherwise follows its own window; a malformed id is no id', async () => {
    expect(await followTargetFrom('', windowIs(3))).toEqual({ windowId: 3 });
    expect(await followTargetFrom('?tabId=abc&windowId=-1', windowIs(3))).toEqual({ windowId: 3 });
  });

  it('undefined when its window is unknown', async () => {
    expect(await followTargetFrom('', windowIs(undefined))).toBeUndefined();
  });
});
