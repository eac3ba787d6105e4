/** Small datasets for tests (never the real data). */
import { DATASET_VERSION, SEPARATOR, type DatasetData, type DatasetMeta } from './dataset.ts';

export interface FixtureRow {
  name: string;
  category: string;
  lon: number;
  lat: number;
  population?: number;
}

const T = '2026-11-28T08:00:00.000Z';

/** A point dataset (outlets, or population when rows carry a population). */
export function fixtureDataset(id: string, rows: FixtureRow[], name = `数据集 ${id}`): { meta: DatasetMeta; data: DatasetData } {
  const categories = [...new Set(rows.map((r) => r.category))];
  const population = rows.some((r) => r.population !== undefined);
  const meta: DatasetMeta = {
    id,
    name,
    kind: population ? 'population' : 'outlets',
    count: rows.length,
    ...(population ? { totalPopulation: rows.reduce((s, r) => s + (r.population ?? 0), 0) } : {}),
    geometry: 'point',
    source: { fileName: `${id}.csv`, format: 'csv', bytes: 100, crs: 'wgs84', rows: rows.length, skipped: 0, mapping: { preset: 'generic', name: 'name', category: ['category'], lon: 'lon', lat: 'lat' } },
    tradeOverrides: {},
    created: T,
    updated: T,
    version: DATASET_VERSION,
  };
  const data: DatasetData = {
    id,
    lon: Float64Array.from(rows, (r) => r.lon),
    lat: Float64Array.from(rows, (r) => r.lat),
    origin: Uint32Array.from(rows, (_, i) => i + 2),
    categories,
    category: Uint32Array.from(rows, (r) => categories.indexOf(r.category)),
    ...(population ? { population: Float64Array.from(rows, (r) => r.population ?? 0) } : {}),
    columns: [{ key: 'name', values: rows.map((r) => r.name).join(SEPARATOR) }],
    version: DATASET_VERSION,
  };
  return { meta, data };
}
