/**
 * Which tab a following page (the side panel, the sidebar) shows, and when it must ask for that
 * tab's snapshot again. The browser calls come in as {@link TabApi}, so the rules are plain code.
 */
import type { TabChange, TabSummary } from '@/lib/platform/active-tab';

/** What a page follows: the tab in front of a window, or one tab pinned by id (`?tabId=N`). */
export type FollowTarget = { windowId: number } | { tabId: number };

/** The tab a following page shows. */
export interface FollowedTab {
  tabId: number;
  /** Empty until known: a tab that just came to the front is shown before its details arrive. */
  url: string;
  title: string;
  /** Moves whenever the tab's page changed, so its snapshot must be fetched again. */
  revision: number;
}

/** The browser calls a follower makes (lib/platform/active-tab.ts in the extension). */
export interface TabApi {
  activeTabOf(windowId: number): Promise<TabSummary | undefined>;
  tabSummary(tabId: number): Promise<TabSummary | undefined>;
  onTabActivated(listener: (tabId: number, windowId: number) => void): () => void;
  onTabChanged(listener: (tabId: number, change: TabChange) => void): () => void;
  onTabReplaced(listener: (addedTabId: number, removedTabId: number) => void): () => void;
}

/**
 * Whether a change of the followed tab calls for a fresh snapshot: a new URL (also one the
 * background never sees a request for, such as a new tab page), or a page that finished loading
 * (its scripts may have stored a token since the last answer). A new title alone does not.
 */
export function needsRefetch(change: TabChange, shownUrl: string): boolean {
  if (change.url !== undefined && change.url !== shownUrl) return true;
  return change.status === 'complete';
}

/**
 * Follows `target` and calls `onChange` with the tab to show (undefined: the window has no tab in
 * front, or it is gone) every time that tab, its URL or its revision changes. A lookup answered
 * after another tab came to the front is dropped, so a slow answer about the previous tab never
 * replaces the current one. Returns the function that stops following.
 *
 * @example const stop = followTab({ windowId: 3 }, tabApi, (tab) => show(tab)); // later: stop()
 */
export function followTab(
  target: FollowTarget,
  api: TabApi,
  onChange: (tab: FollowedTab | undefined) => void,
): () => void {
  let current: FollowedTab | undefined;
  // Moves on every switch of tab; an answer asked for under an older one is stale.
  let generation = 0;
  let stopped = false;
  const emit = (next: FollowedTab | undefined) => {
    if (stopped) return;
    current = next;
    onChange(next);
  };
  /** Fills in the URL and title of the tab shown, unless the tab changed or they came meanwhile. */
  const fillIn = (asked: number, tabId: number, found: TabSummary | undefined) => {
    if (asked !== generation || !current || current.tabId !== tabId || !found) return;
    if (current.url !== '' || found.url === '') return;
    emit({ ...current, url: found.url, title: current.title || found.title });
  };
  const show = (tabId: number) => {
    const asked = ++generation;
    emit({ tabId, url: '', title: '', revision: 0 });
    api.tabSummary(tabId).then(
      (found) => fillIn(asked, tabId, found),
      () => undefined,
    );
  };

  const unsubscribe = [
    // A prerendered page swaps in under a new tab id, with no activation event.
    api.onTabReplaced((added, removed) => {
      if (current?.tabId === removed) show(added);
    }),
    api.onTabActivated((tabId, windowId) => {
      if (!('windowId' in target) || windowId !== target.windowId) return;
      if (current?.tabId !== tabId) show(tabId);
    }),
    api.onTabChanged((tabId, change) => {
      if (!current || tabId !== current.tabId) return;
      const next: FollowedTab = {
        ...current,
        url: change.url ?? current.url,
        title: change.title ?? current.title,
        revision: current.revision + (needsRefetch(change, current.url) ? 1 : 0),
      };
      if (
        next.url !== current.url ||
        next.title !== current.title ||
        next.revision !== current.revision
      )
        emit(next);
    }),
  ];

  if ('tabId' in target) {
    show(target.tabId);
  } else {
    const asked = ++generation;
    api.activeTabOf(target.windowId).then(
      (found) => {
        if (asked !== generation) return;
        emit(found && { tabId: found.tabId, url: found.url, title: found.title, revision: 0 });
      },
      () => asked === generation && emit(undefined),
    );
  }

  return () => {
    stopped = true;
    for (const stop of unsubscribe) stop();
  };
}

/** A `?name=N` parameter that is a whole number, else undefined. */
function idParam(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name);
  return raw !== null && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

/**
 * What a page opened with `search` follows: `?tabId=N` pins it to tab N (as `popup.html?tabId=N`);
 * `?windowId=N` follows the tab in front of window N (tests open the page in a window of its own);
 * otherwise the page's own window, asked from `currentWindow`. Undefined when none is known.
 */
export async function followTargetFrom(
  search: string,
  currentWindow: () => Promise<number | undefined>,
): Promise<FollowTarget | undefined> {
  const params = new URLSearchParams(search);
  const tabId = idParam(params, 'tabId');
  if (tabId !== undefined) return { tabId };
  const windowId = idParam(params, 'windowId') ?? (await currentWindow());
  return windowId === undefined ? undefined : { windowId };
}
