/** A fresh scan of a tab's web storage and known auth IndexedDB stores, frame by frame. */
import type { IndexedDbEntry, StorageEntry, Unavailable } from '@/lib/engine/model/snapshot';
import { runInEveryFrame } from '@/lib/platform/scripting';
import { MAX_STORAGE_VALUE } from './constants';
import { collectFrameScans } from './frame-scans';
import { KNOWN_IDB_STORES, MAX_IDB_RECORDS } from './known-idb-stores';
import { scanFrame } from './page-scan';

export interface StorageScan {
  storage: StorageEntry[];
  indexedDB: IndexedDbEntry[];
  unavailable: Unavailable[];
}

/** Web storage and known auth IndexedDB stores of every readable frame of a tab. Never rejects. */
export async function scanTabStorage(tabId: number): Promise<StorageScan> {
  const ran = await runInEveryFrame(tabId, scanFrame, [
    MAX_STORAGE_VALUE,
    KNOWN_IDB_STORES,
    MAX_IDB_RECORDS,
  ]);
  if ('frames' in ran) return collectFrameScans(ran.frames);
  const { reason, detail } = ran.failed;
  const unavailable: Unavailable[] =
    reason === 'api-missing'
      ? [{ what: 'storage', reason }]
      : [
          { what: 'storage', reason, detail },
          { what: 'indexedDB', reason, detail },
        ];
  return { storage: [], indexedDB: [], unavailable };
}
