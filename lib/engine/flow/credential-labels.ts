import type { MessageKey } from '../i18n/catalogue';
import type { Artifact, Location, TokenReport } from '../model/report';

/** The places a page stores a credential in, each with Flow's sentence for it. */
export const STORED_KEY: Partial<Record<Location, MessageKey>> = {
  'cookie-httponly': 'panel.flow.stored.cookie-httponly',
  'cookie-script': 'panel.flow.stored.cookie-script',
  localStorage: 'panel.flow.stored.localStorage',
  sessionStorage: 'panel.flow.stored.sessionStorage',
  indexedDB: 'panel.flow.stored.indexedDB',
};

/** A token's name in Flow: where it is stored, else where it was first seen. */
export function labelOf(token: TokenReport, artifacts: Map<string, Artifact>): string {
  const stored = token.artifactIds
    .map((id) => artifacts.get(id))
    .find((a) => a && STORED_KEY[a.location]);
  const any = stored ?? artifacts.get(token.artifactIds[0] ?? '');
  return any?.label ?? token.id;
}

/** A URL's path, or the URL itself when it does not parse. */
export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
