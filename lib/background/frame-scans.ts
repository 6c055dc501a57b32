/** Turns the per-frame results of the page scan into snapshot entries. Pure. */
import type { IndexedDbEntry, StorageEntry, Unavailable } from '@/lib/engine/model/snapshot';
import type { FrameResult } from '@/lib/platform/scripting';
import type { FrameScan } from './page-scan';

function isFrameScan(value: unknown): value is FrameScan {
  if (!value || typeof value !== 'object') return false;
  const scan = value as Partial<FrameScan>;
  return (
    typeof scan.origin === 'string' &&
    Array.isArray(scan.localStorage) &&
    Array.isArray(scan.sessionStorage) &&
    Array.isArray(scan.indexedDB)
  );
}

/**
 * Flattens frame scans; frames of the same origin share storage, so their entries are kept once.
 */
export function collectFrameScans(results: readonly FrameResult[]): {
  storage: StorageEntry[];
  indexedDB: IndexedDbEntry[];
  unavailable: Unavailable[];
} {
  const storage: StorageEntry[] = [];
  const indexedDB: IndexedDbEntry[] = [];
  const unavailable: Unavailable[] = [];
  const seen = new Set<string>();
  const once = (key: string) => {
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const frame of results) {
    if (frame?.error !== undefined) {
      unavailable.push({ what: 'storage', reason: 'frame-blocked', detail: String(frame.error) });
      continue;
    }
    if (!isFrameScan(frame?.result)) continue;
    const scan = frame.result;
    for (const area of ['localStorage', 'sessionStorage'] as const) {
      for (const pair of scan[area]) {
        if (!Array.isArray(pair) || pair.length < 2) continue;
        const [key, value] = [String(pair[0]), String(pair[1])];
        if (!once(`${area}\u0000${scan.origin}\u0000${key}`)) continue;
        storage.push({ area, origin: scan.origin, key, value });
      }
    }
    for (const record of scan.indexedDB) {
      if (!record || typeof record !== 'object') continue;
      const entry: IndexedDbEntry = {
        origin: scan.origin,
        database: String(record.database),
        store: String(record.store),
        key: String(record.key),
        value: String(record.value),
      };
      if (
        !once(
          `idb\u0000${entry.origin}\u0000${entry.database}\u0000${entry.store}\u0000${entry.key}`,
        )
      )
        continue;
      indexedDB.push(entry);
    }
    for (const error of Array.isArray(scan.errors) ? scan.errors : []) {
      unavailable.push({
        what: String(error).startsWith('indexedDB') ? 'indexedDB' : 'storage',
        reason: 'frame-blocked',
        detail: `${scan.origin}: ${String(error)}`,
      });
    }
  }
  return { storage, indexedDB, unavailable };
}
