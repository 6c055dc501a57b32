/** Runs the page scan in every frame of a tab that the permissions allow. */
import { browser } from 'wxt/browser';
import type { IndexedDbEntry, StorageEntry, Unavailable } from '@/lib/engine/model/snapshot';
import { MAX_STORAGE_VALUE } from '../background/constants';
import { collectFrameScans, type InjectionResult } from '../background/frame-scans';
import { KNOWN_IDB_STORES, MAX_IDB_RECORDS } from '../background/known-idb-stores';
import { scanFrame } from '../background/page-scan';

/** Web storage and known auth IndexedDB stores of every readable frame of a tab. */
export async function scanTabStorage(
  tabId: number,
): Promise<{ storage: StorageEntry[]; indexedDB: IndexedDbEntry[]; unavailable: Unavailable[] }> {
  if (!browser.scripting?.executeScript) {
    return {
      storage: [],
      indexedDB: [],
      unavailable: [{ what: 'storage', reason: 'api-missing' }],
    };
  }
  try {
    const results = (await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      func: scanFrame,
      args: [MAX_STORAGE_VALUE, KNOWN_IDB_STORES, MAX_IDB_RECORDS],
    })) as InjectionResult[];
    return collectFrameScans(results);
  } catch (error) {
    const detail = String(error);
    // Chrome: "Cannot access contents of the page" when host access is withheld (on click, policy).
    const reason = /permission|cannot access/i.test(detail)
      ? 'no-host-permission'
      : 'script-failed';
    return {
      storage: [],
      indexedDB: [],
      unavailable: [
        { what: 'storage', reason, detail },
        { what: 'indexedDB', reason, detail },
      ],
    };
  }
}
