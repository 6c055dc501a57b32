import type { StorageEntry } from '../../model/snapshot';
import type { ArtifactIndex } from './artifact-index';
import { scanStoredValue } from './stored-values';

/** Tokens in localStorage and sessionStorage, one artifact per entry and JSON path. */
export function extractWebStorage(
  entries: readonly StorageEntry[],
  index: ArtifactIndex,
  isFirstParty: (origin: string) => boolean,
): void {
  for (const entry of entries) {
    const { area, origin, key, value } = entry;
    const labelBase = `${area}["${key}"]`;
    scanStoredValue(
      { place: area, origin, name: key, sdkName: key, value, labelBase },
      index,
      isFirstParty,
    );
  }
}
