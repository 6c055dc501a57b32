/**
 * IndexedDB stores where auth SDKs keep tokens. The page scan reads only these, read-only, and only
 * when the database already exists (opening a missing one would create it).
 */
export interface KnownIdbStore {
  database: string;
  store: string;
  /** Who writes it, and where that is documented or visible. */
  source: string;
}

export const KNOWN_IDB_STORES: readonly KnownIdbStore[] = [
  {
    database: 'firebaseLocalStorageDb',
    store: 'firebaseLocalStorage',
    source:
      'Firebase Auth JS SDK, indexedDBLocalPersistence (packages/auth/src/platform_browser/persistence/indexed_db.ts)',
  },
  {
    database: 'keyval-store',
    store: 'keyval',
    source: 'idb-keyval default store, used by SPAs to keep tokens',
  },
  {
    database: 'localforage',
    store: 'keyvaluepairs',
    source: 'localForage default store, used by SPAs to keep tokens',
  },
];

/** Records read per store at most, so a huge store cannot stall the scan. */
export const MAX_IDB_RECORDS = 200;
