/**
 * What the panel page learns from its surroundings: the tab to inspect and the DevTools theme.
 * Inside real DevTools both come from `browser.devtools`; opened as a normal tab (tests,
 * screenshots) they come from `?tabId=N&theme=dark`. Every devtools API is guarded.
 */
import { browser } from 'wxt/browser';

interface DevtoolsLike {
  inspectedWindow?: { tabId?: number };
  panels?: {
    themeName?: string;
    onThemeChanged?: { addListener(cb: (name: string) => void): void };
  };
  network?: unknown;
}

function devtools(): DevtoolsLike | undefined {
  try {
    return (browser as unknown as { devtools?: DevtoolsLike }).devtools;
  } catch {
    return undefined;
  }
}

/** The inspected tab: DevTools' own when inside DevTools, else `?tabId=N`. */
export function inspectedTabId(search: string): number | undefined {
  const fromDevtools = devtools()?.inspectedWindow?.tabId;
  if (typeof fromDevtools === 'number' && fromDevtools >= 0) return fromDevtools;
  const param = new URLSearchParams(search).get('tabId');
  const id = param === null ? NaN : Number(param);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}

/** True when devtools.network exists, i.e. the page runs as a real DevTools panel. */
export function hasDevtoolsNetwork(): boolean {
  return devtools()?.network !== undefined;
}

type PanelTheme = 'light' | 'dark' | undefined;

function themeOf(name: string | null | undefined): PanelTheme {
  if (name === 'dark') return 'dark';
  if (name === 'default' || name === 'light') return 'light';
  return undefined;
}

/**
 * Applies DevTools' theme (`themeName` is "default" or "dark") to <html data-theme>, and follows
 * changes where the browser reports them (Firefox's onThemeChanged). Without DevTools, `?theme=`
 * or the system preference decides.
 */
export function followDevtoolsTheme(root: HTMLElement, search: string): void {
  const apply = (theme: PanelTheme) => {
    if (theme) root.dataset.theme = theme;
    else delete root.dataset.theme;
  };
  const panels = devtools()?.panels;
  apply(themeOf(panels?.themeName) ?? themeOf(new URLSearchParams(search).get('theme')));
  try {
    panels?.onThemeChanged?.addListener((name) => apply(themeOf(name)));
  } catch {
    // Chrome has no onThemeChanged; the theme is read once, as DevTools reloads panels on change.
  }
}
