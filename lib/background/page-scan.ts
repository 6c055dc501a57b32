/**
 * The function injected into every frame of a tab to read its web storage and the known auth
 * IndexedDB stores. It is serialised by scripting.executeScript, so it must be self-contained:
 * no imports, no closures, only its arguments. Read-only: it never writes, and opens only
 * databases that already exist.
 */
import type { KnownIdbStore } from './known-idb-stores';

/** What one frame returns. */
export interface FrameScan {
  origin: string;
  localStorage: [string, string][];
  sessionStorage: [string, string][];
  indexedDB: { database: string; store: string; key: string; value: string }[];
  errors: string[];
}

/**
 * Reads one frame. Runs in the page, so it must not reference anything outside itself.
 *
 * @param maxValue longest value returned per entry
 * @param known the IndexedDB stores to read
 * @param maxRecords records read per store at most
 */
export async function scanFrame(
  maxValue: number,
  known: readonly KnownIdbStore[],
  maxRecords: number,
): Promise<FrameScan> {
  const cap = (value: string) =>
    value.length > maxValue ? value.slice(0, maxValue) + '…[truncated]' : value;
  const result: FrameScan = {
    origin: '',
    localStorage: [],
    sessionStorage: [],
    indexedDB: [],
    errors: [],
  };
  try {
    result.origin = String(location.origin);
  } catch {
    result.origin = '';
  }
  const readArea = (name: 'localStorage' | 'sessionStorage') => {
    try {
      const area = name === 'localStorage' ? globalThis.localStorage : globalThis.sessionStorage;
      if (!area) return;
      const count = Math.min(area.length, 1000);
      for (let i = 0; i < count; i += 1) {
        const key = area.key(i);
        if (key === null) continue;
        result[name].push([cap(key), cap(area.getItem(key) ?? '')]);
      }
    } catch (error) {
      // Sandboxed frames and blocked third-party storage throw SecurityError on access.
      result.errors.push(`${name}: ${String(error)}`);
    }
  };
  readArea('localStorage');
  readArea('sessionStorage');

  const idb = globalThis.indexedDB;
  if (!idb || typeof idb.databases !== 'function') return result;
  let existing: string[];
  try {
    existing = (await idb.databases()).map((info) => info.name ?? '');
  } catch (error) {
    result.errors.push(`indexedDB: ${String(error)}`);
    return result;
  }
  const stringify = (value: unknown) => {
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  };
  for (const { database, store } of known) {
    if (!existing.includes(database)) continue;
    try {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = idb.open(database);
        // The database vanished since databases(): abort instead of creating an empty one.
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('blocked'));
      });
      try {
        if (!db.objectStoreNames.contains(store)) continue;
        const objectStore = db.transaction(store, 'readonly').objectStore(store);
        const [keys = [], values = []] = await Promise.all(
          [objectStore.getAllKeys(null, maxRecords), objectStore.getAll(null, maxRecords)].map(
            (request) =>
              new Promise<unknown[]>((resolve, reject) => {
                request.onsuccess = () => resolve(request.result as unknown[]);
                request.onerror = () => reject(request.error);
              }),
          ),
        );
        values.forEach((value, index) => {
          result.indexedDB.push({
            database,
            store,
            key: cap(stringify(keys[index])),
            value: cap(stringify(value)),
          });
        });
      } finally {
        db.close();
      }
    } catch (error) {
      result.errors.push(`indexedDB ${database}: ${String(error)}`);
    }
  }
  return result;
}
