import { useEffect, useState } from 'react';
import {
  followTab,
  type FollowedTab,
  type FollowTarget,
  type TabApi,
} from '@/lib/client/follow-active-tab';

/** Where a following page stands: finding its window, showing a tab, or with no tab to show. */
export type Following =
  | { status: 'starting' }
  | { status: 'no-tab'; pinned: boolean }
  | { status: 'tab'; tab: FollowedTab; pinned: boolean };

/**
 * Follows `target` (once it resolves; undefined: the page could not learn its window) through
 * `tabs`, and re-renders on every change of the tab shown, its URL or its revision.
 */
export function useFollowedTab(target: Promise<FollowTarget | undefined>, tabs: TabApi): Following {
  const [following, setFollowing] = useState<Following>({ status: 'starting' });
  useEffect(() => {
    let stop: (() => void) | undefined;
    let alive = true;
    void target.then((resolved) => {
      if (!alive) return;
      if (!resolved) return setFollowing({ status: 'no-tab', pinned: false });
      const pinned = 'tabId' in resolved;
      stop = followTab(resolved, tabs, (tab) =>
        setFollowing(tab ? { status: 'tab', tab, pinned } : { status: 'no-tab', pinned }),
      );
    });
    return () => {
      alive = false;
      stop?.();
    };
  }, [target, tabs]);
  return following;
}
