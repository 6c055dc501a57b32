/** Wires capture: webRequest → in-flight tracker → batched per-tab log; tab lifecycle; cookie changes. */
import { browser } from 'wxt/browser';
import { CaptureStore, type FlushResult } from '@/lib/background/capture-store';
import { pushLive, registerLivePorts, watchedTabs } from '@/lib/platform/live-port-server';
import { registrableDomain } from '@/lib/background/registrable-domain';
import { tabUrlOps } from '@/lib/background/tab-url-ops';
import { registerWebRequest } from '@/lib/platform/web-request';

/** Called after any change of a tab that the badge should reflect. */
export type TabChanged = (tabId: number) => void;

/** Starts capturing and returns the store the snapshot service reads. */
export function registerCapture(onTabChanged: TabChanged): CaptureStore {
  const store = new CaptureStore({
    onFlushed: (results: FlushResult[]) => {
      for (const result of results) {
        if (result.navigated) pushLive({ type: 'navigated', tabId: result.tabId });
        else if (result.appended > 0) pushLive({ type: 'capture-added', tabId: result.tabId });
        onTabChanged(result.tabId);
      }
    },
  });
  registerLivePorts();
  registerWebRequest((ops) => store.enqueue(ops));

  browser.tabs.onRemoved.addListener((tabId) => {
    void store.remove(tabId);
  });
  // Prerendered pages swap tab ids (https://developer.chrome.com/docs/extensions/reference/api/tabs#event-onReplaced).
  browser.tabs.onReplaced?.addListener((_added, removed) => {
    void store.remove(removed);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) store.enqueue(tabUrlOps(tabId, change.url, Date.now()));
  });

  browser.cookies.onChanged.addListener(({ cookie }) => {
    const domain = cookie.domain.replace(/^\./, '');
    const concerns = (url: string) => {
      const site = registrableDomain(url);
      return site !== '' && (domain === site || domain.endsWith(`.${site}`));
    };
    const notify = (tabId: number) => {
      pushLive({ type: 'cookies-changed', tabId });
      onTabChanged(tabId);
    };
    const known = new Map(store.knownTabs().map(({ tabId, url }) => [tabId, url]));
    for (const [tabId, url] of known) if (concerns(url)) notify(tabId);
    // After a worker restart the logs are not in memory yet; a watched tab must still hear of it.
    for (const tabId of watchedTabs()) {
      if (known.has(tabId)) continue;
      void store.read(tabId).then((log) => {
        if (log && concerns(log.url)) notify(tabId);
      });
    }
  });

  // Logs of tabs closed while the worker slept are freed once it wakes.
  void browser.tabs
    .query({})
    .then((tabs) =>
      store.prune(new Set(tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id])))),
    )
    .catch(() => undefined);
  return store;
}
