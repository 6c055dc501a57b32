/**
 * The popup's first script: asks the background for the snapshot and reads the saved language,
 * then loads the UI. It imports nothing heavy, so the request leaves while React and the engine
 * are still being loaded and compiled; that wait and the background's answer overlap instead of
 * adding up. Even the style sheets load with the UI: a sheet linked from popup.html would hold
 * this script back until it loaded.
 *
 * Each step leaves a User Timing mark (`tokki:…`, in DevTools → Performance): `npm run bench`
 * reads them after the open to say where the time went, without a debugger on the page.
 */
import { resolveTabId } from '@/lib/platform/tabs';
import { FIRST_ANSWER_GRACE_MS, settledWithin } from '@/components/popup/first-render';
import { withPrefetch } from '@/lib/client/prefetch-source';
import { loadStoredSettings } from '@/lib/platform/settings-storage';
import { fetchSnapshot } from '@/lib/client/fetch-snapshot';

performance.mark('tokki:popup-start');
const tabId = resolveTabId(location.search);
const early = withPrefetch({ fetchSnapshot }, tabId);
void early.first.then(() => performance.mark('tokki:snapshot-answered'));
const settings = loadStoredSettings();

void Promise.all([import('./app'), settings]).then(async ([{ mountPopup }, saved]) => {
  performance.mark('tokki:ui-loaded');
  await settledWithin(early.first, FIRST_ANSWER_GRACE_MS);
  mountPopup(document.getElementById('root')!, tabId, early, saved);
  performance.mark('tokki:mounted');
});
