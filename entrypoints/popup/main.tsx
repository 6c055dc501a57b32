/**
 * The popup's first script: asks the background for the snapshot, then loads the UI. It imports
 * nothing heavy, so the request leaves while React and the engine are still being loaded and
 * compiled; that wait and the background's answer overlap instead of adding up. Even the style
 * sheets load with the UI: a sheet linked from popup.html would hold this script back until it loaded.
 */
import { resolveTabId } from '@/components/popup/popup-adapter';
import { withPrefetch } from '@/components/shared/prefetch-source';
import { fetchSnapshot } from '@/lib/live/fetch-snapshot-adapter';

const tabId = resolveTabId(location.search);
const early = withPrefetch({ fetchSnapshot }, tabId);

void import('./app').then(({ mountPopup }) =>
  mountPopup(document.getElementById('root')!, tabId, early),
);
