/**
 * What the app needs from a stored dataset, computed in the import worker so the page never holds
 * or serialises 200,000 objects: the points with their trade codes (for coverage), the map's
 * GeoJSON as text (handed to MapLibre as a blob URL, parsed in MapLibre's own worker), counts per
 * trade and per 街道, and the GeoJSON export with every column the file had.
 */
import { TRADES, tradeCodes } from '../../analysis/trades.ts';
import type { AreaLookup } from './area-lookup.ts';
import { columnValues, SEPARATOR, type DatasetData, type DatasetMeta } from './dataset.ts';

export interface DatasetPoints {
  id: string;
  count: number;
  lon: Float64Array;
  lat: Float64Array;
  /** Trade code per row (index into TRADES), with the dataset's overrides applied. */
  trade: Uint8Array;
  population?: Float64Array;
  /** Rows per trade (TRADES order). */
  tradeCounts: number[];
  /** Distinct categories with their row counts, most frequent first (for the trade mapping editor). */
  categories: { category: string; count: number }[];
}

export function datasetPoints(meta: DatasetMeta, data: DatasetData): DatasetPoints {
  const names = columnValues(data.columns[0] ?? { values: '' });
  const trade = meta.kind === 'outlets' ? tradeCodes(data.categories, data.category, (i) => names[i] ?? '', meta.tradeOverrides) : new Uint8Array(meta.count).fill(TRADES.length - 1);
  const tradeCounts = new Array<number>(TRADES.length).fill(0);
  for (const c of trade) tradeCounts[c]!++;
  const perCategory = new Array<number>(data.categories.length).fill(0);
  for (const c of data.category) perCategory[c]!++;
  const categories = data.categories.map((category, i) => ({ category, count: perCategory[i]! })).filter((c) => c.count > 0).sort((a, b) => b.count - a.count);
  return { id: meta.id, count: meta.count, lon: data.lon, lat: data.lat, trade, ...(data.population ? { population: data.population } : {}), tradeCounts, categories };
}

const r6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** The map layer's GeoJSON: one point per row with its trade (t), name (n) and row (i). */
export function mapGeoJson(points: DatasetPoints, data: DatasetData): string {
  const names = columnValues(data.columns[0] ?? { values: '' });
  const parts: string[] = [];
  for (let i = 0; i < points.count; i++) {
    const props = points.population ? `{"i":${i},"p":${points.population[i]},"n":${JSON.stringify(names[i] ?? '')}}` : `{"i":${i},"t":${points.trade[i]},"n":${JSON.stringify(names[i] ?? '')}}`;
    parts.push(`{"type":"Feature","properties":${props},"geometry":{"type":"Point","coordinates":[${r6(points.lon[i]!)},${r6(points.lat[i]!)}]}}`);
  }
  return `{"type":"FeatureCollection","features":[${parts.join(',')}]}`;
}

/** Rows per 街道 and trade: counts[areaIndex][tradeCode]; the last row counts points in no 街道. */
export function countsByArea(points: DatasetPoints, lookup: AreaLookup): { ids: string[]; counts: number[][] } {
  const counts = Array.from({ length: lookup.ids.length + 1 }, () => new Array<number>(TRADES.length).fill(0));
  for (let i = 0; i < points.count; i++) {
    const k = lookup.locate(points.lon[i]!, points.lat[i]!);
    counts[k < 0 ? lookup.ids.length : k]![points.trade[i]!]!++;
  }
  return { ids: lookup.ids, counts };
}

/** GeoJSON export: every stored column, plus trade and source line, WGS-84; polygons as they were. */
export function exportGeoJson(meta: DatasetMeta, data: DatasetData, points: DatasetPoints): string {
  const cols = data.columns.map((c) => ({ key: c.key || 'name', values: c.values.split(SEPARATOR) }));
  const parts: string[] = [];
  for (let i = 0; i < meta.count; i++) {
    const props: Record<string, unknown> = {};
    for (const c of cols) props[c.key] = c.values[i] ?? '';
    if (meta.kind === 'outlets') {
      props.category = data.categories[data.category[i]!] ?? '';
      props.trade = TRADES[points.trade[i]!];
    }
    if (data.population) props.population = data.population[i];
    props.source_row = data.origin[i];
    let geometry: unknown = { type: 'Point', coordinates: [r6(data.lon[i]!), r6(data.lat[i]!)] };
    const p = data.polygons;
    if (p && p.rowStart[i + 1]! > p.rowStart[i]!) {
      const polys: number[][][][] = [];
      for (let q = p.rowStart[i]!; q < p.rowStart[i + 1]!; q++) {
        const rings: number[][][] = [];
        for (let r = p.polygonStart[q]!; r < p.polygonStart[q + 1]!; r++) {
          const ring: number[][] = [];
          for (let v = p.ringStart[r]!; v < p.ringStart[r + 1]!; v++) ring.push([r6(p.coords[2 * v]!), r6(p.coords[2 * v + 1]!)]);
          rings.push(ring);
        }
        polys.push(rings);
      }
      geometry = polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
    }
    parts.push(JSON.stringify({ type: 'Feature', properties: props, geometry }));
  }
  const head = { type: 'FeatureCollection', dataset: { id: meta.id, name: meta.name, kind: meta.kind, source: meta.source.fileName, crs: 'WGS-84 (EPSG:4326)', created: meta.created } };
  return `${JSON.stringify(head).slice(0, -1)},"features":[\n${parts.join(',\n')}\n]}\n`;
}
