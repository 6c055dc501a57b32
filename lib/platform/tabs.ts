/** The popup's own browser calls: which tab to inspect, and opening the inspector in a tab. */
import { browser } from 'wxt/browser';

/**
 * The tab to inspect: `?tabId=N` when given (tests, the panel's "open in tab"), else the active
 * tab of the current window. Undefined when neither is known.
 */
export async function resolveTabId(search: string): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl >= 0 && new URLSearchParams(search).has('tabId')) {
    return fromUrl;
  }
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  } catch {
    return undefined;
  }
}

/** Opens the full inspector for `tabId` in its own tab, for people who do not use DevTools. */
export async function openInspectorTab(tabId: number): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/devtools-panel.html?tabId=${tabId}`) });
}
