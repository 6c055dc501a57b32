/** What a tab's new URL (tabs.onUpdated) changes in its log. Pure. */
import type { CapturedRequest } from '@/lib/engine/model/snapshot';
import { withoutUrlPassword } from '@/lib/engine/analyze/url-password';
import { MAX_URL, capText } from './constants';
import type { TabOp } from './in-flight';
import { hasUrlToken } from './url-tokens';

/**
 * The log changes for tab `tabId` now showing `tabUrl`: the tab is on that page, and a token in
 * its fragment is a captured request of its own. The log keeps the URL in storage.session, so a
 * password typed in the address (`http://alice:pw@host/`) is left out first.
 *
 * @example tabUrlOps(3, 'https://app.test/#access_token=…', 10) // navigate + one 'navigation' entry
 */
export function tabUrlOps(tabId: number, tabUrl: string, time: number): TabOp[] {
  const url = withoutUrlPassword(tabUrl);
  const ops: TabOp[] = [{ tabId, change: { op: 'navigate', url, time, from: 'tab' } }];
  // Fragments never reach webRequest: a token handed over in #access_token=… (OAuth implicit
  // flow) is only visible in the tab's URL.
  if (url.includes('#') && hasUrlToken(url)) {
    const entry: CapturedRequest = {
      id: `nav-${tabId}-${time}`,
      url: capText(url, MAX_URL),
      method: 'GET',
      type: 'navigation',
      time,
      requestHeaders: [],
      responseHeaders: [],
    };
    ops.push({ tabId, change: { op: 'append', entry } });
  }
  return ops;
}
