/**
 * UI state of the DevTools panel: which tab, what is selected, filters, reveal. Not the data:
 * the report is derived from the background's snapshot and passed down as a prop.
 */
import { create } from 'zustand';

export const PANEL_TABS = [
  'overview',
  'cookies',
  'tokens',
  'requests',
  'flow',
  'decoder',
  'learn',
  'export',
] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export type CookieSortKey = 'name' | 'domain' | 'path' | 'expires' | 'size' | 'credential';

export interface PanelState {
  tab: PanelTab;
  selectedCookie?: string;
  selectedToken?: string;
  selectedRequest?: string;
  cookieFilter: string;
  cookieSort: { key: CookieSortKey; dir: 'asc' | 'desc' };
  /** Show only the cookies the browser sends to this URL. */
  cookieSentOnly: boolean;
  requestFilter: { origin: string; scheme: string; status: string };
  /** Requests lists only those with credentials (the default); off, every request of the site. */
  requestCredentialsOnly: boolean;
  decoderInput: string;
  /** The user chose to put real values in the export. */
  exportUnmasked: boolean;
}

const initial: PanelState = {
  tab: 'overview',
  cookieFilter: '',
  cookieSort: { key: 'credential', dir: 'desc' },
  cookieSentOnly: false,
  requestFilter: { origin: '', scheme: '', status: '' },
  requestCredentialsOnly: true,
  decoderInput: '',
  exportUnmasked: false,
};

export const usePanel = create<PanelState>()(() => ({ ...initial }));

export const resetPanel = () => usePanel.setState({ ...initial }, true);
export const showTab = (tab: PanelTab) => usePanel.setState({ tab });
export const selectCookie = (artifactId: string | undefined) =>
  usePanel.setState({ selectedCookie: artifactId });
export const selectToken = (tokenId: string | undefined) =>
  usePanel.setState({ selectedToken: tokenId });
export const selectRequest = (id: string | undefined) => usePanel.setState({ selectedRequest: id });
export const setRequestCredentialsOnly = (requestCredentialsOnly: boolean) =>
  usePanel.setState({ requestCredentialsOnly });
export const setCookieFilter = (cookieFilter: string) => usePanel.setState({ cookieFilter });
export const setCookieSentOnly = (cookieSentOnly: boolean) => usePanel.setState({ cookieSentOnly });
export const setDecoderInput = (decoderInput: string) => usePanel.setState({ decoderInput });
export const setExportUnmasked = (exportUnmasked: boolean) => usePanel.setState({ exportUnmasked });

/** Sorts by `key`, or flips the direction when it already sorts by `key`. */
export const sortCookiesBy = (key: CookieSortKey) =>
  usePanel.setState((s) => ({
    cookieSort: {
      key,
      dir: s.cookieSort.key === key && s.cookieSort.dir === 'asc' ? 'desc' : 'asc',
    },
  }));

export const setRequestFilter = (patch: Partial<PanelState['requestFilter']>) =>
  usePanel.setState((s) => ({ requestFilter: { ...s.requestFilter, ...patch } }));

/**
 * Follows a piece of evidence to its artifact: the cookie row when it is a cookie, the token card
 * otherwise.
 */
export const openArtifact = (target: { cookieArtifactId?: string; tokenId?: string }) => {
  if (target.cookieArtifactId)
    usePanel.setState({ tab: 'cookies', selectedCookie: target.cookieArtifactId });
  else if (target.tokenId) usePanel.setState({ tab: 'tokens', selectedToken: target.tokenId });
};
