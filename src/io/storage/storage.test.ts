import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION, type Scenario } from '../proposal.ts';
import { createScenario } from '../scenario-ops.ts';
import { openStore, type AtlasDb } from './db.ts';
import { V1_BROKEN, V1_GOOD } from './fixtures-v1.ts';
import { migrateV1toV2 } from './migrations.ts';
import { DB_NAME, DB_VERSION } from './schema.ts';
import { deleteScenario, duplicateScenario, getScenario, lastEditedScenarioId, listScenarios, renameScenario, saveScenario } from './scenarios.ts';
import { getSetting, putSetting } from './settings.ts';
import { z } from 'zod';

const T = (h: number) => `2026-11-26T${String(h).padStart(2, '0')}:00:00.000Z`;
const scenario = (id: string, name: string, h = 8): Scenario => {
  const r = createScenario(name, T(h), id);
  if (!r.ok) throw new Error('fixture');
  return {
    ...r.value,
    proposals: [{
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [114.05, 22.54] },
      properties: { id: 'p1', name_zh: '福田', name_en: '', layer: 'commercial_node', tier: 'city', status: 'upgrade', note: '', source: 'drawn', created: T(h), updated: T(h) },
    }],
  };
};

let factory: IDBFactory;
let db: AtlasDb;
const open = async () => {
  const r = await openStore({ factory });
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};

/** Writes raw records straight into a v1 database, as the prototype left it. */
function createOldDatabase(version: 1 | 2 | 3, records: unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = factory.open(DB_NAME, version);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore('scenarios', { keyPath: 'id' });
      req.result.createObjectStore('settings');
      if (version >= 2) store.createIndex('by-updated', 'updated');
      if (version >= 3) {
        req.result.createObjectStore('datasets', { keyPath: 'id' });
        req.result.createObjectStore('dataset-data', { keyPath: 'id' });
      }
    };
    req.onsuccess = () => {
      const tx = req.result.transaction('scenarios', 'readwrite');
      for (const r of records) tx.objectStore('scenarios').put(r);
      tx.oncomplete = () => (req.result.close(), resolve());
      tx.onerror = () => reject(tx.error);
    };
  });
}
const createV1Database = (records: unknown[]) => createOldDatabase(1, records);

beforeEach(async () => {
  factory = new IDBFactory();
  db = await open();
});
afterEach(() => db.close());

describe('scenario storage', () => {
  it('saves, lists (latest first), reads, renames, duplicates and deletes', async () => {
    await saveScenario(db, scenario('a', '方案甲', 8));
    await saveScenario(db, scenario('b', '方案乙', 9));
    const list = await listScenarios(db);
    expect(list.ok && list.value.scenarios.map((s) => s.name)).toEqual(['方案乙', '方案甲']);
    expect(await lastEditedScenarioId(db)).toBe('b');

    const renamed = await renameScenario(db, 'a', '方案甲（修改）', T(10));
    expect(renamed.ok && renamed.value.name).toBe('方案甲（修改）');
    expect(await lastEditedScenarioId(db)).toBe('a');

    const dup = await duplicateScenario(db, 'a', '方案甲 副本', T(11), 'c');
    expect(dup.ok && dup.value).toMatchObject({ id: 'c', name: '方案甲 副本', created: T(11) });
    expect((await getScenario(db, 'c')).ok).toBe(true);

    expect((await deleteScenario(db, 'a')).ok).toBe(true);
    expect(await getScenario(db, 'a')).toEqual({ ok: false, error: { code: 'storage.notFound', params: { id: 'a' } } });
  });

  it('survives a reload: a new connection reads what the old one wrote', async () => {
    const s = scenario('a', '方案甲');
    await saveScenario(db, s);
    db.close();
    db = await open();
    expect(await getScenario(db, 'a')).toEqual({ ok: true, value: s });
  });

  it('never writes an invalid scenario', async () => {
    const bad = { ...scenario('a', '方案'), name: '' };
    expect(await saveScenario(db, bad)).toEqual({ ok: false, error: { code: 'storage.invalidScenario', params: { field: 'name' } } });
    expect((await listScenarios(db)).ok && (await listScenarios(db))).toMatchObject({ value: { scenarios: [] } });
  });

  it('refuses to overwrite on create and on a stale edit', async () => {
    await saveScenario(db, scenario('a', '方案甲'));
    expect(await saveScenario(db, scenario('a', '另一个'), { createOnly: true })).toEqual({ ok: false, error: { code: 'storage.exists', params: { name: '另一个' } } });
    // Another tab saved a newer version since this tab loaded T(8).
    await saveScenario(db, { ...scenario('a', '方案甲'), updated: T(12) });
    const stale = await saveScenario(db, { ...scenario('a', '我的修改'), updated: T(13) }, { expectedUpdated: T(8) });
    expect(stale).toEqual({ ok: false, error: { code: 'storage.conflict', params: { name: '我的修改' } } });
    expect((await getScenario(db, 'a')).ok && ((await getScenario(db, 'a')) as { value: Scenario }).value.updated).toBe(T(12));
  });

  it('on a full disk reports quotaExceeded and keeps the previously saved version intact', async () => {
    const v1 = scenario('a', '已保存的版本');
    await saveScenario(db, v1);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      const r = await saveScenario(db, { ...v1, name: '未能保存的版本', updated: T(9) });
      expect(r).toEqual({ ok: false, error: { code: 'storage.quotaExceeded', params: {} } });
    } finally {
      put.mockRestore();
    }
    expect(await getScenario(db, 'a')).toEqual({ ok: true, value: v1 });
  });

  it('loses nothing when a write is cut off before it commits (a killed tab)', async () => {
    const v1 = scenario('a', '已保存的版本');
    await saveScenario(db, v1);
    const realPut = IDBObjectStore.prototype.put;
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const req = realPut.apply(this, args);
      this.transaction.abort(); // the tab dies after the write was issued, before it committed
      return req;
    });
    try {
      const r = await saveScenario(db, { ...v1, name: '写到一半', updated: T(9) });
      expect(r.ok).toBe(false);
    } finally {
      put.mockRestore();
    }
    expect(await getScenario(db, 'a')).toEqual({ ok: true, value: v1 });
  });

  it('reports a corrupt record with its id, keeps the others readable, and never deletes it', async () => {
    await saveScenario(db, scenario('good', '好的方案'));
    await db.put('scenarios', { id: 'bad', name: 42, schemaVersion: SCHEMA_VERSION } as unknown as Scenario);
    const list = await listScenarios(db);
    expect(list.ok && list.value.scenarios.map((s) => s.id)).toEqual(['good']);
    expect(list.ok && list.value.corrupt).toEqual([{ code: 'storage.corruptRecord', params: { id: 'bad' } }]);
    expect(await getScenario(db, 'bad')).toEqual({ ok: false, error: { code: 'storage.corruptRecord', params: { id: 'bad' } } });
    expect(await db.get('scenarios', 'bad')).toBeDefined();
  });

  it('keeps settings, validated by the caller’s schema', async () => {
    const lang = z.enum(['zh', 'en']);
    expect(await putSetting(db, 'lang', lang, 'en')).toEqual({ ok: true, value: 'en' });
    expect(await getSetting(db, 'lang', lang)).toEqual({ ok: true, value: 'en' });
    await db.put('settings', 'klingon', 'lang');
    expect(await getSetting(db, 'lang', lang)).toEqual({ ok: true, value: undefined });
    expect(await putSetting(db, 'lang', lang, 'fr' as 'en')).toEqual({ ok: false, error: { code: 'storage.invalidSetting', params: { id: 'lang' } } });
  });
});

describe('opening the database', () => {
  it('migrates a v1 database: good records through v2 to v3, broken ones kept as they were and reported', async () => {
    db.close();
    factory = new IDBFactory();
    await createV1Database([V1_GOOD, V1_BROKEN]);
    db = await open();
    expect(db.version).toBe(DB_VERSION);
    const list = await listScenarios(db);
    expect(list.ok && list.value.scenarios.map((s) => [s.id, s.schemaVersion, s.proposals[0]!.properties.name_zh, s.slides])).toEqual([['v1-nanshan', 4, '后海中心', []]]);
    // Migrated in the database itself, not only on read.
    expect(await db.get('scenarios', 'v1-nanshan')).toMatchObject({ schemaVersion: 4, slides: [], indicatorActuals: [] });
    expect(list.ok && list.value.corrupt).toEqual([{ code: 'storage.corruptRecord', params: { id: 'v1-broken' } }]);
    expect(await db.get('scenarios', 'v1-broken')).toEqual(V1_BROKEN);
    expect(await lastEditedScenarioId(db)).toBe('v1-nanshan');
  });

  it('migrates a v3 database (scenario records v2) to v4: every scenario gets an empty deck, nothing else changes', async () => {
    const v2 = migrateV1toV2(V1_GOOD);
    if (!v2.ok) throw new Error('fixture');
    db.close();
    factory = new IDBFactory();
    await createOldDatabase(3, [v2.value, { ...v2.value, id: 'v2-bad', proposals: 'x', updated: '2020-01-01T00:00:00.000Z' }]);
    db = await open();
    expect(db.version).toBe(4);
    expect(await db.get('scenarios', 'v1-nanshan')).toEqual({ ...v2.value, slides: [], indicatorActuals: [], schemaVersion: 4 });
    const list = await listScenarios(db);
    expect(list.ok && list.value.scenarios.map((s) => s.id)).toEqual(['v1-nanshan']);
    expect(list.ok && list.value.corrupt).toEqual([{ code: 'storage.corruptRecord', params: { id: 'v2-bad' } }]);
    expect(await db.get('scenarios', 'v2-bad')).toMatchObject({ schemaVersion: 2, proposals: 'x' });
    expect(await lastEditedScenarioId(db)).toBe('v1-nanshan');
  });

  it('reports blocked while another tab holds the old version open, and opens once it lets go', async () => {
    db.close();
    factory = new IDBFactory();
    await createV1Database([V1_GOOD]);
    const oldTab = await new Promise<IDBDatabase>((resolve) => {
      const req = factory.open(DB_NAME, 1);
      req.onsuccess = () => resolve(req.result); // an old build: no versionchange handler, never closes
    });
    expect(await openStore({ factory })).toEqual({ ok: false, error: { code: 'storage.blocked', params: {} } });
    oldTab.close();
    db = await open();
    const list = await listScenarios(db);
    expect(list.ok && list.value.scenarios).toHaveLength(1);
  });

  it('closes its own connection when a newer tab upgrades, and tells the UI', async () => {
    const onVersionChange = vi.fn();
    const r = await openStore({ factory, onVersionChange });
    if (!r.ok) throw new Error();
    db.close();
    await new Promise<void>((resolve) => {
      const req = factory.open(DB_NAME, DB_VERSION + 1);
      req.onsuccess = () => (req.result.close(), resolve());
    });
    expect(onVersionChange).toHaveBeenCalledOnce();
    db = r.value;
  });

  it('reports a database from a newer app version', async () => {
    db.close();
    factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const req = factory.open(DB_NAME, DB_VERSION + 5);
      req.onsuccess = () => (req.result.close(), resolve());
    });
    expect(await openStore({ factory })).toMatchObject({ ok: false, error: { code: 'storage.newerVersion' } });
    db = await openStore({ factory: new IDBFactory() }).then((r) => (r.ok ? r.value : Promise.reject(new Error())));
  });

  it('reports unavailable when IndexedDB is missing or refuses to open (private mode)', async () => {
    const g = globalThis as { indexedDB?: IDBFactory };
    const saved = g.indexedDB;
    delete g.indexedDB;
    try {
      expect(await openStore()).toEqual({ ok: false, error: { code: 'storage.unavailable', params: { value: 'indexedDB' } } });
    } finally {
      g.indexedDB = saved;
    }
    const refusing = { open: () => { throw new DOMException('denied', 'SecurityError'); } } as unknown as IDBFactory;
    expect(await openStore({ factory: refusing })).toEqual({ ok: false, error: { code: 'storage.unavailable', params: { value: 'SecurityError' } } });
  });
});
