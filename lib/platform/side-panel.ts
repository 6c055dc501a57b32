/**
 * Opening the side panel: Chrome's `sidePanel` (MV3, `sidePanel` permission) or Firefox's
 * `sidebarAction` (no permission). Both open only in answer to a user gesture, so `open` must be
 * called straight from a click handler, with nothing awaited before it.
 */
import { browser } from 'wxt/browser';

/** Chrome calls it the side panel, Firefox the sidebar; the button names the one it opens. */
type SidePanelKind = 'side-panel' | 'sidebar';

/** A way to open the side panel in this browser. */
export interface SidePanelOpener {
  kind: SidePanelKind;
  /** Opens the panel in the window of `tabId` (Chrome) or the current window (Firefox). */
  open(tabId: number): Promise<void>;
}

/** The two APIs, as far as they are used here; either may be missing, or lack `open`. */
interface SidePanelApis {
  sidePanel?: { open: (options: { tabId: number }) => Promise<void> };
  sidebarAction?: { open: () => Promise<void> };
}

/**
 * The opener for this browser, or undefined where neither API exists (an older Chrome, Firefox for
 * Android, a page that is not the extension's): then the button that would open it is not shown.
 */
export function sidePanelOpener(): SidePanelOpener | undefined {
  const { sidePanel, sidebarAction } = browser as unknown as SidePanelApis;
  if (typeof sidePanel?.open === 'function') {
    // With a tab id and no tab-specific panel, Chrome opens the global panel (side_panel.default_path)
    // in that tab's window, where it stays as the user switches tabs:
    // https://developer.chrome.com/docs/extensions/reference/api/sidePanel#method-open
    return { kind: 'side-panel', open: (tabId) => sidePanel.open({ tabId }) };
  }
  if (typeof sidebarAction?.open === 'function') {
    return { kind: 'sidebar', open: () => sidebarAction.open() };
  }
  return undefined;
}
