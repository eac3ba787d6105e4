/**
 * Datasets: the planner's own data beside the scenarios — existing outlets (points with a category)
 * and population (points or polygons with a count). Up to 200,000 rows, so a dataset is stored
 * column by column: coordinates and counts as typed arrays, categories as a table plus one index per
 * row, text columns as one string per column (values joined by U+001F). Metadata (small) and data
 * (large) are separate records, so listing datasets never reads the data.
 *
 * Every position is WGS-84 (converted on import when the file was GCJ-02/BD-09 or projected).
 */
import { z } from 'zod';
import { isTrade, type Trade } from '../../analysis/trades.ts';

export const DATASET_KINDS = ['outlets', 'population'] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];
export const DATASET_FORMATS = ['csv', 'xlsx', 'geojson', 'kml', 'kmz', 'shapefile'] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];
/** What the file's coordinates were, before conversion to WGS-84. */
export const SOURCE_CRS = ['wgs84', 'gcj02', 'bd09', 'cgcs2000', 'cgcs2000-gk'] as const;
export type SourceCrs = (typeof SOURCE_CRS)[number];

/** Record format of dataset metadata and data (independent of the database version). */
export const DATASET_VERSION = 1;

export const DATASET_LIMITS = {
  /** Rows (points or polygons) per dataset: the largest city-wide POI exports planners hold. */
  maxRows: 200_000,
  /** File size: 200,000 Amap rows with a dozen columns are ≈ 40 MB of CSV. */
  maxBytes: 50 * 1024 * 1024,
  /** Skipped rows listed one by one; the rest are counted. */
  maxListed: 100,
  /** Distinct categories kept; a category column with more distinct values is not a category. */
  maxCategories: 5_000,
  /** Text columns kept besides name and category (the file's own attributes come back on export). */
  maxColumns: 40,
  nameLength: 80,
} as const;

/** Which column of the file means what. Names are the file's own headers. */
export interface ColumnMapping {
  /** The export this looks like (decides the defaults and the CRS evidence). */
  preset: 'amap' | 'baidu' | 'osm' | 'generic';
  name?: string;
  /** One or more columns joined with ";" (Amap's 大类/中类/小类). */
  category: string[];
  lon?: string;
  lat?: string;
  /** One column holding "lon,lat" (Amap API exports' `location`). */
  location?: string;
  population?: string;
  id?: string;
}

const iso = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().max(max);

export const columnMappingSchema = z.strictObject({
  preset: z.enum(['amap', 'baidu', 'osm', 'generic']),
  name: text(200).optional(),
  category: z.array(text(200)).max(5),
  lon: text(200).optional(),
  lat: text(200).optional(),
  location: text(200).optional(),
  population: text(200).optional(),
  id: text(200).optional(),
});

export const datasetMetaSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/),
  name: z.string().trim().min(1).max(DATASET_LIMITS.nameLength),
  kind: z.enum(DATASET_KINDS),
  /** Rows kept (points, or polygons for a polygon population dataset). */
  count: z.number().int().min(0).max(DATASET_LIMITS.maxRows),
  /** Sum of the population column (population datasets). */
  totalPopulation: z.number().min(0).optional(),
  geometry: z.enum(['point', 'polygon']),
  source: z.strictObject({
    fileName: text(260),
    format: z.enum(DATASET_FORMATS),
    bytes: z.number().int().min(0),
    crs: z.enum(SOURCE_CRS),
    /** Rows the file had and rows left out (bad coordinates, outside Shenzhen…). */
    rows: z.number().int().min(0),
    skipped: z.number().int().min(0),
    mapping: columnMappingSchema,
  }),
  /** The planner's changes to the default trade of a category. */
  tradeOverrides: z.record(z.string().max(400), z.custom<Trade>(isTrade)),
  created: iso,
  updated: iso,
  version: z.literal(DATASET_VERSION),
});
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;

/** Polygons (population datasets): one flat coordinate array and offsets, like GeoArrow. */
export interface PolygonColumns {
  /** x0, y0, x1, y1 … of every ring, rings closed. */
  coords: Float64Array;
  /** Start of each ring in vertices (coords index ÷ 2); one extra entry at the end. */
  ringStart: Uint32Array;
  /** First ring of each polygon (outer ring first, holes after); one extra entry at the end. */
  polygonStart: Uint32Array;
  /** First polygon of each row (a row may be a MultiPolygon); one extra entry at the end. */
  rowStart: Uint32Array;
}

export interface DatasetData {
  id: string;
  /** A representative point per row (the point itself, or a polygon's centroid). */
  lon: Float64Array;
  lat: Float64Array;
  /** Where each row came from: its line (CSV/XLSX) or feature number (GeoJSON, KML, shapefile). */
  origin: Uint32Array;
  categories: string[];
  /** Index into `categories` per row. */
  category: Uint32Array;
  /** Population datasets: the count per row. */
  population?: Float64Array;
  polygons?: PolygonColumns;
  /** Name column first, then the file's other columns; values joined by U+001F. */
  columns: { key: string; values: string }[];
  version: typeof DATASET_VERSION;
}

export const SEPARATOR = '\u001f';

/** Splits a text column; cheap enough to do on demand (export, a clicked outlet). */
export const columnValues = (c: { values: string }): string[] => c.values.split(SEPARATOR);

/**
 * Checks a stored data record against its metadata. IndexedDB gives back what was put, but a record
 * written by a broken build, or edited in devtools, must be reported instead of breaking the map.
 */
export function checkData(meta: DatasetMeta, raw: unknown): raw is DatasetData {
  if (!raw || typeof raw !== 'object') return false;
  const d = raw as Partial<DatasetData>;
  const n = meta.count;
  const arr = <T>(x: unknown, ctor: new (...a: never[]) => T): x is T => x instanceof ctor;
  if (d.id !== meta.id || d.version !== DATASET_VERSION) return false;
  if (!arr(d.lon, Float64Array) || !arr(d.lat, Float64Array) || !arr(d.origin, Uint32Array) || !arr(d.category, Uint32Array)) return false;
  if (d.lon.length !== n || d.lat.length !== n || d.origin.length !== n || d.category.length !== n) return false;
  if (!Array.isArray(d.categories) || !d.categories.every((c) => typeof c === 'string')) return false;
  for (let i = 0; i < n; i++) if (d.category[i]! >= d.categories.length) return false;
  if (d.population !== undefined && (!arr(d.population, Float64Array) || d.population.length !== n)) return false;
  if (meta.kind === 'population' && d.population === undefined) return false;
  if (meta.geometry === 'polygon') {
    const p = d.polygons;
    if (!p || !arr(p.coords, Float64Array) || !arr(p.ringStart, Uint32Array) || !arr(p.polygonStart, Uint32Array) || !arr(p.rowStart, Uint32Array)) return false;
    if (p.rowStart.length !== n + 1) return false;
    if (p.ringStart.at(-1)! * 2 !== p.coords.length) return false;
  }
  if (!Array.isArray(d.columns)) return false;
  return d.columns.every((c) => c && typeof c.key === 'string' && typeof c.values === 'string' && (n === 0 || c.values.split(SEPARATOR).length === n));
}
