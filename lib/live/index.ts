/** What the popup and the panel use to talk to the background. */
export { fetchSnapshot, clearCapture } from './fetch-snapshot-adapter';
export { watchTab } from './watch-tab-adapter';
export { requestSiteAccess } from './site-access-adapter';
export { backoffDelay } from './backoff';
