import type { Location, RefreshFlow, TokenReport } from '../model/report';
import type { TokenDraft } from './types';

/** Places a page keeps a token in between requests; a header or a URL only carries it. */
const STORES: ReadonlySet<Location> = new Set([
  'cookie-httponly',
  'cookie-script',
  'localStorage',
  'sessionStorage',
  'indexedDB',
]);

/**
 * The tokens the page's script holds only in memory: sent in a first-party request header, and
 * neither they nor any token of their refresh chain kept in a store (a replaced token that was
 * overwritten in localStorage is not one). One token per chain, the one sent last, so the
 * verdict says it once per login.
 */
export function memoryOnlyTokens(
  tokens: readonly { report: TokenReport; draft: TokenDraft }[],
  flow: RefreshFlow | undefined,
): Set<string> {
  const chain = new Map<string, string>();
  const rootOf = (id: string): string => {
    let root = id;
    while (chain.has(root) && chain.get(root) !== root) root = chain.get(root)!;
    return root;
  };
  for (const { fromTokenId, toTokenId } of flow?.replacements ?? []) {
    chain.set(rootOf(toTokenId), rootOf(fromTokenId));
  }
  const storedChains = new Set<string>();
  for (const { report, draft } of tokens) {
    if (draft.sightings.some((s) => STORES.has(s.location))) storedChains.add(rootOf(report.id));
  }
  const latest = new Map<string, { id: string; at: number }>();
  for (const { report, draft } of tokens) {
    const root = rootOf(report.id);
    if (storedChains.has(root)) continue;
    if (!draft.sightings.some((s) => s.location === 'header' && s.firstParty)) continue;
    const at = draft.firstSentAt ?? 0;
    const seen = latest.get(root);
    if (!seen || at >= seen.at) latest.set(root, { id: report.id, at });
  }
  return new Set([...latest.values()].map((l) => l.id));
}
