/**
 * Opening the database. Raw IDBFactory.open (not idb's openDB) so that a blocked open can be
 * answered at once with `storage.blocked` instead of a promise that hangs while another tab
 * holds the old version. The upgrade runs inside the versionchange transaction, which is atomic:
 * if a migration fails, the database stays at the old version with every record as it was.
 */
import { wrap, type IDBPDatabase } from 'idb';
import type { Issue } from '../issue.ts';
import { issue } from '../issue.ts';
import { classifyStorageError } from './errors.ts';
import { upgradeRecord } from './migrations.ts';
import { BY_UPDATED, DATASET_DATA, DATASETS, DB_NAME, DB_VERSION, SCENARIOS, SETTINGS, type AtlasSchema } from './schema.ts';

export type AtlasDb = IDBPDatabase<AtlasSchema>;
export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: Issue };

export interface OpenOptions {
  /** Defaults to globalThis.indexedDB; tests pass a fake-indexeddb factory. */
  factory?: IDBFactory;
  /**
   * Another tab is upgrading the database. We close our connection so it is not blocked; the UI
   * should then ask the planner to reload (all saved work is in the database).
   */
  onVersionChange?: () => void;
}

/** Schema changes and record migrations from `oldVersion` up to DB_VERSION, one step at a time. */
export function upgrade(db: IDBDatabase, tx: IDBTransaction, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore(SCENARIOS, { keyPath: 'id' });
    db.createObjectStore(SETTINGS);
  }
  if (oldVersion < 2) tx.objectStore(SCENARIOS).createIndex(BY_UPDATED, 'updated');
  if (oldVersion < 3) {
    // Datasets: new stores only; scenarios and settings are left exactly as they were.
    db.createObjectStore(DATASETS, { keyPath: 'id' });
    db.createObjectStore(DATASET_DATA, { keyPath: 'id' });
  }
  // Scenario records changed at database v2 (record v2) and v4 (record v3: decks). Each record is
  // migrated in one pass through every step it needs (v1 → v2 → v3); a record that cannot be
  // migrated stays untouched and is reported on read.
  if (oldVersion >= 1 && oldVersion < 4) {
    tx.objectStore(SCENARIOS).openCursor().onsuccess = (e) => {
      const cursor = (e.target as IDBRequest<IDBCursorWithValue | null>).result;
      if (!cursor) return;
      const m = upgradeRecord(cursor.value);
      if (m.ok) cursor.update(m.value);
      cursor.continue();
    };
  }
}

/** What to tell the planner when another tab upgraded the database and this connection closed. */
export const versionChangeIssue = (): Issue => issue('storage.versionChange');

export function openStore(opts: OpenOptions = {}): Promise<StoreResult<AtlasDb>> {
  const factory = opts.factory ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
  if (!factory) return Promise.resolve({ ok: false, error: issue('storage.unavailable', { value: 'indexedDB' }) });
  return new Promise((resolve) => {
    let settled = false;
    const settle = (r: StoreResult<AtlasDb>) => {
      if (!settled) resolve(r);
      settled = true;
    };
    let req: IDBOpenDBRequest;
    try {
      req = factory.open(DB_NAME, DB_VERSION);
    } catch (e) {
      return settle({ ok: false, error: classifyStorageError(e, 'open') });
    }
    req.onupgradeneeded = (e) => {
      try {
        upgrade(req.result, req.transaction!, e.oldVersion);
      } catch {
        req.transaction?.abort(); // keep the old version intact; open then fails with AbortError
      }
    };
    req.onblocked = () => settle({ ok: false, error: issue('storage.blocked') });
    req.onerror = (e) => {
      e.preventDefault();
      settle({ ok: false, error: req.error?.name === 'AbortError' ? issue('storage.upgradeFailed') : classifyStorageError(req.error, 'open') });
    };
    req.onsuccess = () => {
      const db = req.result;
      // Reported blocked already: the planner was told; this late connection is not wanted.
      if (settled) return db.close();
      db.onversionchange = () => {
        db.close();
        opts.onVersionChange?.();
      };
      settle({ ok: true, value: wrap(db) as unknown as AtlasDb });
    };
  });
}

/**
 * Asks the browser not to evict our data under storage pressure. Best effort: browsers may say
 * no (Safari, or Chrome for a site not bookmarked/installed). Returns whether data is persistent.
 */
export async function requestPersistence(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
