/**
 * Dataset persistence (stores `datasets` and `dataset-data`, see schema.ts). Metadata and data are
 * written and deleted together in one transaction with durability 'strict': a full disk or a killed
 * tab leaves either the whole dataset or nothing, and never touches the other datasets. Every write
 * is checked with the checks reads use. Errors use dataset codes (i18n namespace `datasets`), so the
 * messages talk about datasets, not scenarios.
 */
import { echo, issue, type Issue } from '../issue.ts';
import { checkData, datasetMetaSchema, type DatasetData, type DatasetMeta } from '../datasets/dataset.ts';
import type { TradeOverrides } from '../../analysis/trades.ts';
import type { AtlasDb, StoreResult } from './db.ts';
import { classifyStorageError } from './errors.ts';
import { DATASET_DATA, DATASETS } from './schema.ts';

export interface DatasetList {
  /** Readable datasets, newest first. */
  datasets: DatasetMeta[];
  /** Records that fail their checks (or whose data is missing): kept untouched, reported by id. */
  corrupt: Issue[];
}

/** Storage codes → dataset codes with the same meaning (the messages name the dataset). */
function datasetError(e: unknown, during: 'read' | 'write', name = ''): Issue {
  const i = classifyStorageError(e, during);
  if (i.code === 'storage.quotaExceeded') return issue('dataset.quotaExceeded', { name: echo(name) });
  return issue(during === 'read' ? 'dataset.readFailed' : 'dataset.writeFailed', { value: String(i.params.value ?? i.code) });
}
const corrupt = (id: unknown) => issue('dataset.corruptRecord', { id: echo(String(id)) });

export async function listDatasets(db: AtlasDb): Promise<StoreResult<DatasetList>> {
  try {
    const tx = db.transaction([DATASETS, DATASET_DATA]);
    const [keys, values, dataKeys] = await Promise.all([
      tx.objectStore(DATASETS).getAllKeys(),
      tx.objectStore(DATASETS).getAll(),
      tx.objectStore(DATASET_DATA).getAllKeys(),
      tx.done,
    ]);
    const withData = new Set(dataKeys.map(String));
    const out: DatasetList = { datasets: [], corrupt: [] };
    values.forEach((raw, i) => {
      const r = datasetMetaSchema.safeParse(raw);
      if (r.success && withData.has(r.data.id)) out.datasets.push(r.data);
      else out.corrupt.push(corrupt(keys[i]));
    });
    out.datasets.sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
    return { ok: true, value: out };
  } catch (e) {
    return { ok: false, error: datasetError(e, 'read') };
  }
}

export async function getDatasetMeta(db: AtlasDb, id: string): Promise<StoreResult<DatasetMeta>> {
  try {
    const raw: unknown = await db.get(DATASETS, id);
    if (raw === undefined) return { ok: false, error: issue('dataset.notFound', { id: echo(id) }) };
    const r = datasetMetaSchema.safeParse(raw);
    return r.success ? { ok: true, value: r.data } : { ok: false, error: corrupt(id) };
  } catch (e) {
    return { ok: false, error: datasetError(e, 'read') };
  }
}

/** Metadata and data, both checked; a damaged record is reported, never "repaired" or deleted. */
export async function getDataset(db: AtlasDb, id: string): Promise<StoreResult<{ meta: DatasetMeta; data: DatasetData }>> {
  try {
    const tx = db.transaction([DATASETS, DATASET_DATA]);
    const [rawMeta, rawData] = await Promise.all([tx.objectStore(DATASETS).get(id), tx.objectStore(DATASET_DATA).get(id), tx.done]);
    if (rawMeta === undefined) return { ok: false, error: issue('dataset.notFound', { id: echo(id) }) };
    const meta = datasetMetaSchema.safeParse(rawMeta);
    if (!meta.success || !checkData(meta.data, rawData)) return { ok: false, error: corrupt(id) };
    return { ok: true, value: { meta: meta.data, data: rawData } };
  } catch (e) {
    return { ok: false, error: datasetError(e, 'read') };
  }
}

/** Writes a new dataset (metadata + data, atomically). Never overwrites a dataset with the same id. */
export async function saveDataset(db: AtlasDb, meta: DatasetMeta, data: DatasetData): Promise<StoreResult<DatasetMeta>> {
  const m = datasetMetaSchema.safeParse(meta);
  if (!m.success) return { ok: false, error: issue('dataset.invalid', { field: m.error.issues[0]?.path.join('.') || '(root)' }) };
  if (!checkData(m.data, data)) return { ok: false, error: issue('dataset.invalid', { field: 'data' }) };
  const tx = db.transaction([DATASETS, DATASET_DATA], 'readwrite', { durability: 'strict' });
  tx.done.catch(() => undefined);
  try {
    if ((await tx.objectStore(DATASETS).getKey(m.data.id)) !== undefined) return abort(tx, issue('dataset.exists', { name: echo(m.data.name) }));
    await tx.objectStore(DATASET_DATA).put(data);
    await tx.objectStore(DATASETS).put(m.data);
    await tx.done;
    return { ok: true, value: m.data };
  } catch (e) {
    abort(tx);
    return { ok: false, error: datasetError(e, 'write', m.data.name) };
  }
}

/** Changes metadata only (name, trade overrides); the data record is not rewritten. */
async function updateMeta(db: AtlasDb, id: string, change: (m: DatasetMeta) => DatasetMeta): Promise<StoreResult<DatasetMeta>> {
  const tx = db.transaction(DATASETS, 'readwrite', { durability: 'strict' });
  tx.done.catch(() => undefined);
  try {
    const raw: unknown = await tx.store.get(id);
    if (raw === undefined) return abort(tx, issue('dataset.notFound', { id: echo(id) }));
    const old = datasetMetaSchema.safeParse(raw);
    if (!old.success) return abort(tx, corrupt(id));
    const next = datasetMetaSchema.safeParse(change(old.data));
    if (!next.success) return abort(tx, issue('dataset.invalid', { field: next.error.issues[0]?.path.join('.') || '(root)' }));
    await tx.store.put(next.data);
    await tx.done;
    return { ok: true, value: next.data };
  } catch (e) {
    abort(tx);
    return { ok: false, error: datasetError(e, 'write') };
  }
}

export function renameDataset(db: AtlasDb, id: string, name: string, now = new Date().toISOString()): Promise<StoreResult<DatasetMeta>> {
  const trimmed = name.trim();
  return updateMeta(db, id, (m) => ({ ...m, name: trimmed, updated: now }));
}

export function setTradeOverrides(db: AtlasDb, id: string, tradeOverrides: TradeOverrides, now = new Date().toISOString()): Promise<StoreResult<DatasetMeta>> {
  return updateMeta(db, id, (m) => ({ ...m, tradeOverrides: { ...tradeOverrides }, updated: now }));
}

export async function deleteDataset(db: AtlasDb, id: string): Promise<StoreResult<string>> {
  const tx = db.transaction([DATASETS, DATASET_DATA], 'readwrite', { durability: 'strict' });
  tx.done.catch(() => undefined);
  try {
    await tx.objectStore(DATASETS).delete(id);
    await tx.objectStore(DATASET_DATA).delete(id);
    await tx.done;
    return { ok: true, value: id };
  } catch (e) {
    abort(tx);
    return { ok: false, error: datasetError(e, 'write') };
  }
}

function abort(tx: { abort(): void }, error?: Issue): { ok: false; error: Issue } {
  try {
    tx.abort();
  } catch {
    // already finished or aborted
  }
  return { ok: false, error: error ?? issue('dataset.writeFailed', { value: 'AbortError' }) };
}
