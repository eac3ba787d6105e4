import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureDataset } from '../datasets/fixtures.ts';
import { openStore, type AtlasDb } from './db.ts';
import { deleteDataset, getDataset, listDatasets, renameDataset, saveDataset, setTradeOverrides } from './datasets.ts';
import { V1_GOOD } from './fixtures-v1.ts';
import { migrateV1toV2 } from './migrations.ts';
import { DB_NAME, DB_VERSION } from './schema.ts';
import { getScenario, listScenarios } from './scenarios.ts';

const shops = (id: string, n = 3) =>
  fixtureDataset(id, Array.from({ length: n }, (_, i) => ({ name: `店${i}`, category: i % 2 ? 'shop=convenience' : 'shop=supermarket', lon: 114.05 + i * 1e-3, lat: 22.54 })));

let factory: IDBFactory;
let db: AtlasDb;
const open = async () => {
  const r = await openStore({ factory });
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};

beforeEach(async () => {
  factory = new IDBFactory();
  db = await open();
});
afterEach(() => db.close());

describe('dataset storage', () => {
  it('saves, lists (newest first, without reading data), renames, overrides trades and deletes', async () => {
    const a = shops('a');
    const b = shops('b');
    b.meta.created = '2026-11-29T08:00:00.000Z';
    expect((await saveDataset(db, a.meta, a.data)).ok).toBe(true);
    expect((await saveDataset(db, b.meta, b.data)).ok).toBe(true);
    const list = await listDatasets(db);
    expect(list.ok && list.value.datasets.map((d) => [d.id, d.count])).toEqual([['b', 3], ['a', 3]]);

    const renamed = await renameDataset(db, 'a', '  南山便利店 ', '2026-11-30T00:00:00.000Z');
    expect(renamed.ok && renamed.value).toMatchObject({ name: '南山便利店', updated: '2026-11-30T00:00:00.000Z' });
    expect((await renameDataset(db, 'a', '   ')).ok).toBe(false);
    const over = await setTradeOverrides(db, 'a', { 'shop=supermarket': 'fresh_market' });
    expect(over.ok && over.value.tradeOverrides).toEqual({ 'shop=supermarket': 'fresh_market' });

    const got = await getDataset(db, 'a');
    expect(got.ok && got.value.meta.name).toBe('南山便利店');
    expect(got.ok && [...got.value.data.lon]).toEqual([...a.data.lon]);

    expect((await deleteDataset(db, 'a')).ok).toBe(true);
    expect(await getDataset(db, 'a')).toEqual({ ok: false, error: { code: 'dataset.notFound', params: { id: 'a' } } });
    expect(await db.get('dataset-data', 'a')).toBeUndefined();
  });

  it('keeps typed arrays as typed arrays across a reload', async () => {
    const a = shops('a', 1000);
    await saveDataset(db, a.meta, a.data);
    db.close();
    db = await open();
    const got = await getDataset(db, 'a');
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    expect(got.value.data.lon).toBeInstanceOf(Float64Array);
    expect(got.value.data.lon).toEqual(a.data.lon);
    expect(got.value.data.category).toEqual(a.data.category);
  });

  it('never overwrites an existing dataset, and never writes one whose data does not fit its metadata', async () => {
    const a = shops('a');
    await saveDataset(db, a.meta, a.data);
    expect(await saveDataset(db, { ...a.meta, name: '另一个' }, a.data)).toEqual({ ok: false, error: { code: 'dataset.exists', params: { name: '另一个' } } });
    const b = shops('b');
    expect(await saveDataset(db, { ...b.meta, count: 4 }, b.data)).toEqual({ ok: false, error: { code: 'dataset.invalid', params: { field: 'data' } } });
    expect(await saveDataset(db, { ...b.meta, name: '' }, b.data)).toMatchObject({ ok: false, error: { code: 'dataset.invalid', params: { field: 'name' } } });
    const list = await listDatasets(db);
    expect(list.ok && list.value.datasets.map((d) => d.name)).toEqual(['数据集 a']);
  });

  it('reports a corrupt record with its id and still lists the others; never deletes it', async () => {
    const a = shops('a');
    await saveDataset(db, a.meta, a.data);
    const b = shops('b');
    await saveDataset(db, b.meta, b.data);
    await db.put('datasets', { id: 'broken', name: 42 } as never);
    const c = shops('c');
    await db.put('datasets', c.meta); // metadata without its data
    await db.put('dataset-data', { ...b.data, lon: new Float64Array(1) }); // data that no longer fits
    const list = await listDatasets(db);
    expect(list.ok && list.value.datasets.map((d) => d.id).sort()).toEqual(['a', 'b']);
    expect(list.ok && list.value.corrupt.map((i) => i.params.id).sort()).toEqual(['broken', 'c']);
    expect(await getDataset(db, 'b')).toEqual({ ok: false, error: { code: 'dataset.corruptRecord', params: { id: 'b' } } });
    expect((await getDataset(db, 'a')).ok).toBe(true);
    expect(await db.get('datasets', 'broken')).toBeDefined();
  });

  it('on a full disk reports quotaExceeded, writes nothing, and the other datasets stay intact', async () => {
    const a = shops('a');
    await saveDataset(db, a.meta, a.data);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const b = shops('b', 5000);
    try {
      expect(await saveDataset(db, b.meta, b.data)).toEqual({ ok: false, error: { code: 'dataset.quotaExceeded', params: { name: '数据集 b' } } });
    } finally {
      put.mockRestore();
    }
    expect(await db.get('dataset-data', 'b')).toBeUndefined();
    const list = await listDatasets(db);
    expect(list.ok && list.value).toEqual({ datasets: [a.meta], corrupt: [] });
  });

  it('leaves no half dataset when the tab dies between the data and the metadata write', async () => {
    const realPut = IDBObjectStore.prototype.put;
    let n = 0;
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const req = realPut.apply(this, args);
      if (++n === 1) this.transaction.abort(); // killed after the data was issued
      return req;
    });
    const a = shops('a');
    try {
      expect((await saveDataset(db, a.meta, a.data)).ok).toBe(false);
    } finally {
      put.mockRestore();
    }
    expect(await db.get('dataset-data', 'a')).toBeUndefined();
    expect(await db.get('datasets', 'a')).toBeUndefined();
  });
});

describe('upgrade from v2 (before datasets)', () => {
  /** A v2 database as the app left it before datasets: scenarios with the by-updated index, settings. */
  function createV2Database(records: unknown[]): Promise<void> {
    return new Promise((resolve, reject) => {
      const req = factory.open(DB_NAME, 2);
      req.onupgradeneeded = () => {
        req.result.createObjectStore('scenarios', { keyPath: 'id' }).createIndex('by-updated', 'updated');
        req.result.createObjectStore('settings');
      };
      req.onsuccess = () => {
        const tx = req.result.transaction(['scenarios', 'settings'], 'readwrite');
        for (const r of records) tx.objectStore('scenarios').put(r);
        tx.objectStore('settings').put('en', 'lang');
        tx.oncomplete = () => (req.result.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
    });
  }

  it('adds the dataset stores and leaves every scenario and setting as it was (scenarios gain their empty deck at v4)', async () => {
    db.close();
    factory = new IDBFactory();
    const v2 = migrateV1toV2(V1_GOOD);
    if (!v2.ok) throw new Error(v2.reason);
    await createV2Database([v2.value]);
    db = await open();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['dataset-data', 'datasets', 'scenarios', 'settings']);
    expect(await getScenario(db, v2.value.id)).toEqual({ ok: true, value: { ...v2.value, slides: [], indicatorActuals: [], schemaVersion: 4 } });
    expect(await db.get('settings', 'lang')).toBe('en');
    const list = await listScenarios(db);
    expect(list.ok && list.value.corrupt).toEqual([]);
    expect(await listDatasets(db)).toEqual({ ok: true, value: { datasets: [], corrupt: [] } });
    const a = shops('a');
    expect((await saveDataset(db, a.meta, a.data)).ok).toBe(true);
  });

  it('migrates a v1 database to the current version in one open', async () => {
    db.close();
    factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const req = factory.open(DB_NAME, 1);
      req.onupgradeneeded = () => {
        req.result.createObjectStore('scenarios', { keyPath: 'id' });
        req.result.createObjectStore('settings');
      };
      req.onsuccess = () => {
        const tx = req.result.transaction('scenarios', 'readwrite');
        tx.objectStore('scenarios').put(V1_GOOD);
        tx.oncomplete = () => (req.result.close(), resolve());
      };
    });
    db = await open();
    const s = await getScenario(db, V1_GOOD.id);
    expect(s.ok && s.value.schemaVersion).toBe(4);
    expect([...db.objectStoreNames]).toContain('datasets');
  });
});
