/**
 * A tab's snapshot from what the background holds: the tab, its capture log and its cookies
 * (site-cookies.ts answers from memory when it can). It never scripts into the page: a storage
 * scan, when wanted, is started by the caller and passed in.
 */
import type { Snapshot, Unavailable } from '@/lib/engine/model/snapshot';
import { withoutUrlPassword } from '@/lib/engine/analyze/url-password';
import { hasSiteAccess } from '@/lib/platform/permissions';
import { getTab, type TabInfo } from '@/lib/platform/tabs';
import { assembleSnapshot } from './assemble-snapshot';
import type { CaptureStore } from './capture-store';
import { isOtherSite } from './registrable-domain';
import { isRestrictedUrl } from './restricted';
import { readSiteCookies } from './site-cookies';
import type { StorageScan } from './storage-scan';
import { requestsNote } from './tab-log';

const BROWSER: Snapshot['browser'] = import.meta.env.FIREFOX ? 'firefox' : 'chrome';

/**
 * The snapshot of a tab, with the web storage of `scanned` when given. Never throws: what could
 * not be read is listed in `unavailable`.
 */
export async function tabSnapshot(
  store: CaptureStore,
  tabId: number,
  scanned?: Promise<StorageScan>,
): Promise<Snapshot> {
  const takenAt = Date.now();
  // The log needs the tab id only: asked for with the tab, it saves a round trip.
  const logRead = store.read(tabId);
  logRead.catch(() => undefined);
  let tab: TabInfo;
  try {
    tab = await getTab(tabId);
  } catch (error) {
    return assembleSnapshot({
      tab: { id: tabId, url: '' },
      takenAt,
      browser: BROWSER,
      unavailable: [{ what: 'page', reason: 'tab-missing', detail: String(error) }],
    });
  }
  // pendingUrl: a tab still loading its first page reports the target here (Chrome). A password
  // typed in the address goes no further: the log keeps this URL in storage.session.
  const url = withoutUrlPassword(tab.url || tab.pendingUrl || '');
  const base = { id: tabId, url, ...(tab.title ? { title: tab.title } : {}) };
  if (isRestrictedUrl(url)) {
    return assembleSnapshot({
      tab: base,
      takenAt,
      browser: BROWSER,
      unavailable: [{ what: 'page', reason: 'restricted-page', detail: url }],
    });
  }

  // Firefox containers keep cookies apart: read the store the tab lives in.
  const storeId = import.meta.env.FIREFOX ? tab.cookieStoreId : undefined;
  // The reads below do not depend on each other: ask for all of them at once. Without host
  // access the cookie and storage answers are empty or errors; they are then dropped.
  const cookiesRead = readSiteCookies(url, storeId);
  const [access, log] = await Promise.all([
    hasSiteAccess(url),
    currentLog(store, logRead, tabId, tab.status === 'loading' ? undefined : url, takenAt),
  ]);

  const unavailable: Unavailable[] = [];
  const note = requestsNote(log, url);
  if (note) unavailable.push(note);
  if (!access) {
    const origin = new URL(url).origin;
    for (const what of ['site-access', 'cookies', 'requests', 'storage', 'indexedDB'] as const) {
      unavailable.push({ what, reason: 'no-host-permission', detail: origin });
    }
    return assembleSnapshot({ tab: base, takenAt, browser: BROWSER, log, unavailable });
  }

  const [cookies, scan] = await Promise.all([cookiesRead, scanned]);
  unavailable.push(...cookies.unavailable, ...(scan?.unavailable ?? []));
  return assembleSnapshot({
    tab: base,
    takenAt,
    browser: BROWSER,
    cookies: cookies.cookies,
    log,
    storage: scan?.storage ?? [],
    indexedDB: scan?.indexedDB ?? [],
    unavailable,
  });
}

/**
 * The tab's capture log, started afresh when the tab changed site without a network navigation.
 * `url` is undefined while the tab loads: its URL is then still the page being left (Chrome
 * reports the new one at commit) while the log already follows the new page's response.
 */
async function currentLog(
  store: CaptureStore,
  read: ReturnType<CaptureStore['read']>,
  tabId: number,
  url: string | undefined,
  time: number,
) {
  const log = await read;
  // Back/forward cache: the page changed site without a request webRequest would have seen.
  if (log && url !== undefined && log.url !== '' && isOtherSite(log.url, url)) {
    return store.apply(tabId, [{ op: 'navigate', url, time, from: 'tab' }]);
  }
  return log;
}
