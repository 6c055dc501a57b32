import type { Finding, Location } from '../model/report';
import { makeFinding, type FindingId } from './catalogue';
import type { CheckContext } from './context';

const STORAGE_FINDING: Partial<Record<Location, FindingId>> = {
  localStorage: 'storage.token-in-localstorage',
  sessionStorage: 'storage.token-in-sessionstorage',
  indexedDB: 'storage.token-in-indexeddb',
};

/** Places any script on the page (including an injected one) can read. */
const SCRIPT_READABLE: ReadonlySet<Location> = new Set([
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'cookie-script',
]);

/**
 * Tokens kept where page scripts can read them: one XSS and they are gone. A refresh token there
 * is worse (it mints new access tokens), so it gets its own finding instead of the generic one.
 */
export function storageChecks(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const { report, draft } of ctx.tokens) {
    for (const s of draft.sightings) {
      const at = { tokenId: report.id, artifactId: s.artifactId };
      if (report.kind === 'refresh' && SCRIPT_READABLE.has(s.location)) {
        out.push(makeFinding('storage.refresh-token-readable', at, { name: s.name }));
        continue;
      }
      const id = STORAGE_FINDING[s.location];
      if (id && report.kind !== 'csrf') out.push(makeFinding(id, at, { name: s.name }));
    }
  }
  return out;
}
