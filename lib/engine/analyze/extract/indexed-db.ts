import type { IndexedDbEntry } from '../../model/snapshot';
import type { ArtifactIndex } from './artifact-index';
import { scanStoredValue } from './stored-values';

/** Tokens in IndexedDB records, named `database/store/key`; SDKs are known by database name. */
export function extractIndexedDB(
  entries: readonly IndexedDbEntry[],
  index: ArtifactIndex,
  isFirstParty: (origin: string) => boolean,
): void {
  for (const entry of entries) {
    const name = `${entry.database}/${entry.store}/${entry.key}`;
    scanStoredValue(
      {
        place: 'indexedDB',
        origin: entry.origin,
        name,
        sdkName: entry.database,
        value: entry.value,
        labelBase: `indexedDB ${name}`,
      },
      index,
      isFirstParty,
    );
  }
}
