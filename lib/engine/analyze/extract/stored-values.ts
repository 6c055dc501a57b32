import type { Location } from '../../model/report';
import { fieldKind, findAuthSdk, type SdkPlace } from '../../knowledge/auth-sdks';
import { findTokensInValue } from '../decode-facade';
import { originInfoOf } from '../site';
import type { ArtifactIndex } from './artifact-index';

/** Where a stored value was read: an entry of web storage or of IndexedDB. */
export interface StoredValue {
  place: SdkPlace & Location;
  origin: string;
  /** The artifact's name: the storage key, or `database/store/key`. */
  name: string;
  /** The name an auth SDK's table knows the entry by. */
  sdkName: string;
  value: string;
  labelBase: string;
}

/**
 * Whether a stored value's origin is the site's. Thousands of entries share a handful of
 * origins, so each origin is parsed once.
 */
export function storedFirstParty(index: ArtifactIndex): (origin: string) => boolean {
  const byOrigin = new Map<string, boolean>();
  return (origin) => {
    let firstParty = byOrigin.get(origin);
    if (firstParty === undefined) {
      firstParty = index.isFirstParty(originInfoOf(origin).hostname || origin);
      byOrigin.set(origin, firstParty);
    }
    return firstParty;
  };
}

/** One artifact per token found in a stored value (per JSON path inside it). */
export function scanStoredValue(
  entry: StoredValue,
  index: ArtifactIndex,
  isFirstParty: (origin: string) => boolean,
): void {
  const { place, origin, name, labelBase } = entry;
  const sdk = findAuthSdk(entry.sdkName, place);
  // The SDK's own bookkeeping (OAuth state, cache key lists, flags): nothing to find there.
  if (sdk?.notCredential) return;
  const found = findTokensInValue(entry.value, name);
  if (found.length === 0) return;
  const firstParty = isFirstParty(origin);
  for (const f of found) {
    const path = f.path && f.path !== '$' ? f.path : undefined;
    const artifact = index.addArtifact(
      `${place}:${origin}:${name}${path ?? ''}`,
      { location: place, label: path ? `${labelBase} → ${path}` : labelBase, name, origin, path },
      firstParty,
    );
    index.addSighting(
      f.value,
      {
        artifactId: artifact.id,
        location: place,
        name,
        path,
        knownKind: path === undefined ? sdk?.holds : fieldKind(sdk, path),
        knownAs: sdk?.sdk,
        firstParty,
      },
      artifact,
    );
  }
}
