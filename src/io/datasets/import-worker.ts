/**
 * The dataset worker: reading, building and saving imports (DatasetImporter), and everything the app
 * needs from a stored dataset (views.ts), off the main thread. Created on first use; the page
 * cancels an import by terminating it (a parse in progress cannot be interrupted any other way).
 * It opens its own connection to IndexedDB, so megabytes of columns never cross to the page.
 */
import { expose } from 'comlink';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { openStore, type AtlasDb } from '../storage/db.ts';
import { getDataset } from '../storage/datasets.ts';
import type { TradeOverrides } from '../../analysis/trades.ts';
import { issue, type Issue } from '../issue.ts';
import { buildAreaLookup, type AreaLookup } from './area-lookup.ts';
import { buildDataset, type ConvertFrom } from './build.ts';
import { detectMapping } from './columns.ts';
import { DATASET_VERSION, type ColumnMapping, type DatasetData, type DatasetKind, type DatasetMeta } from './dataset.ts';
import { readGeoJson } from './geo.ts';
import { DatasetImporter } from './import-dataset.ts';
import type { Progress } from './source.ts';
import { countsByArea, datasetPoints, exportGeoJson, mapGeoJson, type DatasetPoints } from './views.ts';

const importer = new DatasetImporter();
let db: AtlasDb | null = null;
const cache = new Map<string, { meta: DatasetMeta; data: DatasetData }>();
let areas: AreaLookup | null = null;

async function database(): Promise<{ ok: true; db: AtlasDb } | { ok: false; error: Issue }> {
  if (db) return { ok: true, db };
  const r = await openStore({ onVersionChange: () => (db = null) });
  if (!r.ok) return { ok: false, error: r.error };
  db = r.value;
  return { ok: true, db };
}

async function dataset(id: string, overrides?: TradeOverrides): Promise<{ ok: true; meta: DatasetMeta; data: DatasetData } | { ok: false; error: Issue }> {
  let hit = cache.get(id);
  if (!hit) {
    const d = await database();
    if (!d.ok) return d;
    const r = await getDataset(d.db, id);
    if (!r.ok) return r;
    hit = r.value;
    cache.set(id, hit);
  }
  return { ok: true, meta: overrides ? { ...hit.meta, tradeOverrides: overrides } : hit.meta, data: hit.data };
}

export interface AreaName {
  name_zh: string;
  name_en: string;
  district: string;
}

export interface DatasetView {
  meta: DatasetMeta;
  points: DatasetPoints;
  /** The map layer's GeoJSON (hand to MapLibre as a blob URL). */
  geojson: Blob;
  /** Rows per 街道 and trade (when the 街道 were given). */
  byArea?: { ids: string[]; counts: number[][] };
}

function view(meta: DatasetMeta, data: DatasetData): DatasetView {
  const points = datasetPoints(meta, data);
  return {
    meta,
    points,
    geojson: new Blob([mapGeoJson(points, data)], { type: 'application/geo+json' }),
    ...(areas && meta.kind === 'outlets' ? { byArea: countsByArea(points, areas) } : {}),
  };
}

/** The shipped OpenStreetMap sample as a dataset (never stored: it comes with the app). */
async function builtin(url: string, meta: Omit<DatasetMeta, 'count' | 'source' | 'geometry'>): Promise<{ ok: true; meta: DatasetMeta; data: DatasetData } | { ok: false; error: Issue }> {
  const hit = cache.get(meta.id);
  if (hit) return { ok: true, ...hit };
  const res = await fetch(url);
  if (!res.ok) return { ok: false, error: issue('dataset.readFailed', { value: String(res.status) }) };
  const text = await res.text();
  const t = readGeoJson(text, url);
  if (!t.ok) return { ok: false, error: t.errors[0]! };
  const mapping = detectMapping(t.table.headers, true);
  const { data, report } = buildDataset(t.table, { kind: 'outlets', mapping, from: 'wgs84' });
  const full: DatasetMeta = {
    ...meta,
    count: report.count,
    geometry: 'point',
    source: { fileName: 'outlets-osm.geojson', format: 'geojson', bytes: text.length, crs: 'wgs84', rows: report.total, skipped: report.skippedCount, mapping },
  };
  const entry: { meta: DatasetMeta; data: DatasetData } = { meta: full, data: { ...data, id: meta.id, version: DATASET_VERSION } };
  cache.set(meta.id, entry);
  return { ok: true, ...entry };
}

export const api = {
  async read(file: Blob & { name: string }, onProgress?: Progress) {
    return importer.read(file.name, new Uint8Array(await file.arrayBuffer()), onProgress);
  },
  build(opts: { mapping: ColumnMapping; kind: DatasetKind; from: ConvertFrom }, onProgress?: Progress) {
    return importer.build(opts, onProgress);
  },
  async save(name: string, overrides: TradeOverrides = {}) {
    const d = await database();
    if (!d.ok) return { ok: false as const, error: d.error };
    return importer.save(d.db, name, overrides);
  },
  discard() {
    importer.clear();
  },
  /**
   * Loads the 街道 polygons for counts per 街道 from a same-origin URL, here rather than in the page
   * (parsing and cloning 2.6 MB of polygons on the main thread is a long task); returns their names.
   */
  async setAreas(url: string): Promise<Record<string, AreaName>> {
    const fc = (await (await fetch(url)).json()) as FeatureCollection<Polygon | MultiPolygon, { id: string } & Partial<AreaName>>;
    areas = buildAreaLookup(fc);
    return Object.fromEntries(fc.features.map((f) => [f.properties.id, { name_zh: f.properties.name_zh ?? '', name_en: f.properties.name_en ?? '', district: f.properties.district ?? '' }]));
  },
  async view(id: string, overrides?: TradeOverrides): Promise<{ ok: true; view: DatasetView } | { ok: false; error: Issue }> {
    const d = await dataset(id, overrides);
    return d.ok ? { ok: true, view: view(d.meta, d.data) } : d;
  },
  async builtinView(url: string, meta: Omit<DatasetMeta, 'count' | 'source' | 'geometry'>): Promise<{ ok: true; view: DatasetView } | { ok: false; error: Issue }> {
    const d = await builtin(url, meta);
    return d.ok ? { ok: true, view: view({ ...d.meta, tradeOverrides: meta.tradeOverrides }, d.data) } : d;
  },
  async exportGeoJson(id: string, overrides?: TradeOverrides): Promise<{ ok: true; blob: Blob } | { ok: false; error: Issue }> {
    const d = cache.get(id) ? { ok: true as const, ...cache.get(id)! } : await dataset(id);
    if (!d.ok) return d;
    const meta = overrides ? { ...d.meta, tradeOverrides: overrides } : d.meta;
    return { ok: true, blob: new Blob([exportGeoJson(meta, d.data, datasetPoints(meta, d.data))], { type: 'application/geo+json' }) };
  },
  forget(id: string) {
    cache.delete(id);
  },
};

export type DatasetApi = typeof api;

expose(api);
