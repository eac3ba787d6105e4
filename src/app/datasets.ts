/**
 * Dataset actions: list, import (read → preview → save, in the dataset worker with progress and
 * cancel), show on the map, rename, change the trade mapping, export, delete. Storage failures are
 * alerts (role="alert") and lose nothing: a failed save keeps the preview so it can be retried.
 */
import { createDatasetWorker, progress, type DatasetWorker } from '../io/datasets/client.ts';
import { DATASET_LIMITS, type ColumnMapping, type DatasetKind } from '../io/datasets/dataset.ts';
import type { ConvertFrom } from '../io/datasets/build.ts';
import type { Issue } from '../io/issue.ts';
import { formatSize } from '../io/import/unzip.ts';
import { deleteDataset as dbDelete, listDatasets, renameDataset as dbRename, setTradeOverrides } from '../io/storage/datasets.ts';
import { openStore, type AtlasDb } from '../io/storage/db.ts';
import type { TradeOverrides } from '../analysis/trades.ts';
import { BUILTIN_OSM_ID, BUILTIN_OSM_META, useDatasetStore } from './dataset-store.ts';
import { actions } from './store.ts';

const set = useDatasetStore.setState;
const get = useDatasetStore.getState;
const alertIssue = (e: Issue, level: 'error' | 'warning' | 'info' = 'error') =>
  actions.alert(`${e.code.startsWith('dataset.') || e.code.startsWith('fix.') ? 'datasets' : 'io'}:${e.code}`, e.params, level);

let db: AtlasDb | null = null;
let worker: DatasetWorker | null = null;
/** Created on first use: the page loads no import code until the planner imports or shows a dataset. */
const api = () => (worker ??= createDatasetWorker()).api();

export interface DatasetDeps {
  /** Same-origin URLs of the shipped files the worker needs. */
  builtinUrl: string;
  jiedaoUrl: string;
}
let deps: DatasetDeps | null = null;
let areasSent = false;

export async function initDatasets(d: DatasetDeps): Promise<void> {
  deps = d;
  const opened = await openStore();
  if (!opened.ok) {
    set({ ready: true });
    return; // scenarios.ts already tells the planner storage is unavailable
  }
  db = opened.value;
  await refreshList();
  set({ ready: true });
}

async function refreshList(): Promise<void> {
  if (!db) return;
  const list = await listDatasets(db);
  if (!list.ok) return alertIssue(list.error);
  for (const c of list.value.corrupt) alertIssue(c, 'warning');
  set({ datasets: list.value.datasets });
}

export async function importDatasetFile(file: File): Promise<void> {
  if (get().import) return;
  if (file.size > DATASET_LIMITS.maxBytes) {
    alertIssue({ code: 'dataset.fileTooLarge', params: { size: formatSize(file.size), limit: formatSize(DATASET_LIMITS.maxBytes) } });
    return;
  }
  set({ import: { fileName: file.name, phase: 'reading', done: 0, total: file.size }, preview: null });
  try {
    const r = await api().read(file, progress((done, total) => set((s) => (s.import ? { import: { ...s.import, done, total } } : {}))));
    if (!get().import) return; // cancelled meanwhile
    if (!r.ok) {
      for (const e of r.errors) alertIssue(e);
      set({ import: null });
      return;
    }
    set({ import: null, preview: r.preview });
  } catch (e) {
    if (!get().import) return;
    alertIssue({ code: 'import.unexpected', params: { value: String(e).slice(0, 80) } });
    set({ import: null });
  }
}

/** The planner changed the mapping, the kind or the coordinate system: build again from the read file. */
export async function rebuildPreview(change: { mapping?: ColumnMapping; kind?: DatasetKind; from?: ConvertFrom }): Promise<void> {
  const p = get().preview;
  if (!p || get().import) return;
  set({ import: { fileName: p.fileName, phase: 'building', done: 0, total: 1 } });
  const r = await api().build(
    { mapping: change.mapping ?? p.mapping, kind: change.kind ?? p.kind, from: change.from ?? p.from },
    progress((done, total) => set((s) => (s.import ? { import: { ...s.import, done, total } } : {}))),
  );
  if (!get().import) return;
  set({ import: null });
  if (!r.ok) for (const e of r.errors) alertIssue(e);
  else set({ preview: r.preview });
}

/** Stop the import at once: the worker is terminated (a parse cannot be interrupted otherwise). */
export function cancelImport(): void {
  worker?.cancel();
  worker = null;
  set({ import: null, preview: null, loaded: {}, shown: [] });
  areasSent = false;
}

export function discardPreview(): void {
  set({ preview: null });
  void worker?.api().discard();
}

export async function saveImport(name: string): Promise<boolean> {
  const p = get().preview;
  if (!p) return false;
  set({ import: { fileName: p.fileName, phase: 'saving', done: 0, total: 1 } });
  const r = await api().save(name);
  set({ import: null });
  if (!r.ok) {
    alertIssue(r.error); // the preview stays: nothing is lost, the planner can free space and retry
    return false;
  }
  set({ preview: null });
  await refreshList();
  actions.alert('datasets:saved', { name: r.value.name, count: r.value.count }, 'info');
  await showDataset(r.value.id, true);
  return true;
}

async function sendAreas(): Promise<void> {
  if (areasSent || !deps) return;
  try {
    const names = await api().setAreas(new URL(deps.jiedaoUrl, location.href).href);
    areasSent = true;
    set({ areaNames: names });
  } catch {
    // counts per 街道 are then missing; the layer and coverage still work
  }
}

export async function showDataset(id: string, on: boolean): Promise<void> {
  if (!on) {
    set((s) => ({ shown: s.shown.filter((x) => x !== id) }));
    return;
  }
  set((s) => ({ shown: s.shown.includes(id) ? s.shown : [...s.shown, id] }));
  if (!get().loaded[id]) await loadDataset(id);
}

/** Loads (or reloads, after a trade mapping change) a dataset's view from the worker. */
export async function loadDataset(id: string, overrides?: TradeOverrides): Promise<void> {
  await sendAreas();
  const r = id === BUILTIN_OSM_ID && deps
    ? await api().builtinView(new URL(deps.builtinUrl, location.href).href, { ...BUILTIN_OSM_META, tradeOverrides: overrides ?? get().loaded[id]?.meta.tradeOverrides ?? {} })
    : await api().view(id, overrides);
  if (!r.ok) {
    alertIssue(r.error);
    set((s) => ({ shown: s.shown.filter((x) => x !== id) }));
    return;
  }
  const old = get().loaded[id];
  if (old) URL.revokeObjectURL(old.url);
  const { meta, points, geojson, byArea } = r.view;
  set((s) => ({ loaded: { ...s.loaded, [id]: { url: URL.createObjectURL(geojson), points, meta, ...(byArea ? { byArea } : {}) } } }));
}

export async function renameDataset(id: string, name: string): Promise<boolean> {
  if (!db) return false;
  const r = await dbRename(db, id, name);
  if (!r.ok) {
    alertIssue(r.error);
    return false;
  }
  set((s) => ({ datasets: s.datasets.map((d) => (d.id === id ? r.value : d)) }));
  return true;
}

export async function changeTradeMapping(id: string, overrides: TradeOverrides): Promise<void> {
  if (id !== BUILTIN_OSM_ID) {
    if (!db) return;
    const r = await setTradeOverrides(db, id, overrides);
    if (!r.ok) return alertIssue(r.error);
    set((s) => ({ datasets: s.datasets.map((d) => (d.id === id ? r.value : d)) }));
  }
  if (get().loaded[id]) await loadDataset(id, overrides);
}

export async function deleteDataset(id: string): Promise<void> {
  if (!db) return;
  const r = await dbDelete(db, id);
  if (!r.ok) return alertIssue(r.error);
  const old = get().loaded[id];
  if (old) URL.revokeObjectURL(old.url);
  void worker?.api().forget(id);
  set((s) => {
    const { [id]: _, ...loaded } = s.loaded;
    return { datasets: s.datasets.filter((d) => d.id !== id), shown: s.shown.filter((x) => x !== id), loaded };
  });
}

export async function exportDataset(id: string, fileName: string): Promise<void> {
  const r = await api().exportGeoJson(id, get().loaded[id]?.meta.tradeOverrides);
  if (!r.ok) return alertIssue(r.error);
  const url = URL.createObjectURL(r.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
