/**
 * A source table + the planner's column mapping → a columnar dataset (DatasetData) and a report of
 * what happened to every row: kept, corrected (swapped latitude/longitude, ring closed, duplicate id
 * renamed, polygon outlet reduced to its centroid, coordinates converted from GCJ-02/BD-09), or
 * skipped with its line (bad or missing coordinates, outside Shenzhen, no usable population).
 * Nothing else is dropped: every other column of every kept row is stored and exported again.
 *
 * Runs in the import worker; 200,000 rows take ≈ 1 s here, most of it the GCJ-02 inverse.
 */
import gcoord from 'gcoord';
import { TRADES, tradeCodes, type Trade } from '../../analysis/trades.ts';
import { echo, issue, type Issue, type IssueParams } from '../issue.ts';
import { inShenzhen } from '../import/location.ts';
import { parseCoordinate } from '../import/parse-coordinate.ts';
import { categoryOf } from './columns.ts';
import { DATASET_LIMITS, DATASET_VERSION, SEPARATOR, type ColumnMapping, type DatasetData, type DatasetKind, type PolygonColumns } from './dataset.ts';
import type { Progress, SourceTable } from './source.ts';

export type ConvertFrom = 'wgs84' | 'gcj02' | 'bd09';

export interface BuildOptions {
  kind: DatasetKind;
  mapping: ColumnMapping;
  /** The coordinate system of the file's positions; GCJ-02/BD-09 are converted to WGS-84. */
  from: ConvertFrom;
  onProgress?: Progress;
}

/** One kind of automatic correction, counted, with the first few rows it touched. */
export interface Correction {
  code: string;
  count: number;
  /** First rows (lines or feature numbers), for the message. */
  at: number[];
}

export interface BuildReport {
  kind: DatasetKind;
  geometry: 'point' | 'polygon';
  /** Rows in the file and rows kept. */
  total: number;
  count: number;
  /** The first 100 rows left out, each naming its line or feature, and how many in all. */
  skipped: Issue[];
  skippedCount: number;
  corrections: Correction[];
  /** Outlets per trade (TRADES order) with the default mapping. */
  tradeCounts: number[];
  /** Distinct categories with their row counts and default trade, most frequent first. */
  categories: { category: string; count: number; trade: Trade }[];
  totalPopulation?: number;
  originKind: 'line' | 'feature';
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

type Ring = number[][];
/** Polygons of a geometry (Polygon / MultiPolygon), or undefined. */
function polygonsOf(g: unknown): Ring[][] | undefined {
  if (!isObj(g)) return undefined;
  if (g.type === 'Polygon' && Array.isArray(g.coordinates)) return [g.coordinates as Ring[]];
  if (g.type === 'MultiPolygon' && Array.isArray(g.coordinates)) return g.coordinates as Ring[][];
  return undefined;
}

function ringArea(r: Ring): number {
  let a = 0;
  for (let i = 0; i < r.length - 1; i++) a += r[i]![0]! * r[i + 1]![1]! - r[i + 1]![0]! * r[i]![1]!;
  return a / 2;
}

/** Area-weighted centroid of a ring (planar: fine at the scale of a 社区 or a shop). */
function ringCentroid(r: Ring): [number, number] {
  let a = 0;
  let cx = 0;
  let cy = 0;
  const [x0, y0] = r[0] as [number, number];
  for (let i = 0; i < r.length - 1; i++) {
    const [x1, y1] = [r[i]![0]! - x0, r[i]![1]! - y0];
    const [x2, y2] = [r[i + 1]![0]! - x0, r[i + 1]![1]! - y0];
    const f = x1 * y2 - x2 * y1;
    a += f;
    cx += (x1 + x2) * f;
    cy += (y1 + y2) * f;
  }
  if (Math.abs(a) < 1e-18) return [r[0]![0]!, r[0]![1]!];
  return [x0 + cx / (3 * a), y0 + cy / (3 * a)];
}

const finitePos = (p: unknown): p is number[] => Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);

function parsePopulation(s: string): number | undefined {
  const t = s.trim().replace(/[,，\s]/g, '');
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  const v = Number(t);
  return Number.isFinite(v) ? v : undefined;
}

export function buildDataset(table: SourceTable, opts: BuildOptions): { data: DatasetData; report: BuildReport } {
  const { mapping, kind } = opts;
  const col = new Map(table.headers.map((h, i) => [h, i]));
  const idx = (h: string | undefined) => (h === undefined ? -1 : (col.get(h) ?? -1));
  const lonI = idx(mapping.lon);
  const latI = idx(mapping.lat);
  const locI = idx(mapping.location);
  const popI = idx(mapping.population);
  const idI = idx(mapping.id);
  const nameI = idx(mapping.name);
  const line = table.originKind === 'line';
  const atOf = (o: number): IssueParams => (line ? { line: o, context: 'line' } : { feature: o });

  const skipped: Issue[] = [...table.dropped];
  let skippedCount = table.dropped.length;
  const skip = (i: Issue) => {
    skippedCount++;
    if (skipped.length < DATASET_LIMITS.maxListed) skipped.push(i);
  };
  const fixes = new Map<string, Correction>();
  const fix = (code: string, at: number) => {
    let c = fixes.get(code);
    if (!c) fixes.set(code, (c = { code, count: 0, at: [] }));
    c.count++;
    if (c.at.length < 5) c.at.push(at);
  };

  const convert =
    opts.from === 'wgs84'
      ? undefined
      : (x: number, y: number): [number, number] => gcoord.transform<[number, number]>([x, y], opts.from === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09, gcoord.WGS84);

  // Columns we keep as text: name first, then id, then everything that is not a coordinate.
  const coordCols = new Set([lonI, latI, locI].filter((i) => i >= 0));
  const textCols = [nameI, idI, ...table.headers.map((_, i) => i).filter((i) => i !== nameI && i !== idI && !coordCols.has(i))]
    .filter((i, k, a) => i >= 0 && a.indexOf(i) === k)
    .slice(0, DATASET_LIMITS.maxColumns + 2);

  const n = table.rows.length;
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const origin = new Uint32Array(n);
  const category = new Uint32Array(n);
  const population = popI >= 0 || kind === 'population' ? new Float64Array(n) : undefined;
  const kept: number[] = [];
  const catIndex = new Map<string, number>();
  const categories: string[] = [];
  const usePolygons = kind === 'population' && table.geometry !== undefined && table.geometry.some((g) => polygonsOf(g) !== undefined);
  const polys: { coords: number[]; ringStart: number[]; polygonStart: number[]; rowStart: number[] } = { coords: [], ringStart: [0], polygonStart: [0], rowStart: [0] };
  const ids = new Set<string>();
  const idValues: string[] = [];

  rows: for (let r = 0; r < n; r++) {
    const cells = table.rows[r]!;
    const o = table.origin[r]!;
    const at = atOf(o);
    let x: number;
    let y: number;
    let rings: Ring[][] | undefined;
    const g = table.geometry?.[r];
    if (table.geometry) {
      if (g === null || g === undefined) {
        skip(issue('import.missingGeometry', at));
        continue;
      }
      const ps = polygonsOf(g);
      if (isObj(g) && g.type === 'Point' && finitePos(g.coordinates)) [x, y] = g.coordinates as [number, number];
      else if (isObj(g) && g.type === 'MultiPoint' && Array.isArray(g.coordinates) && g.coordinates.length === 1 && finitePos(g.coordinates[0])) [x, y] = g.coordinates[0] as [number, number];
      else if (ps && ps.length > 0) {
        const clean: Ring[][] = [];
        for (const poly of ps) {
          const outRings: Ring[] = [];
          for (const ring of Array.isArray(poly) ? poly : []) {
            if (!Array.isArray(ring) || !ring.every(finitePos)) {
              skip(issue('import.badCoordinates', at));
              continue rows;
            }
            const rr = ring.map((p) => [p[0]!, p[1]!]);
            const [a, b] = [rr[0], rr.at(-1)];
            if (a && b && (a[0] !== b[0] || a[1] !== b[1])) {
              rr.push([a[0]!, a[1]!]);
              fix('fix.ringClosed', o);
            }
            if (rr.length < 4) {
              skip(issue('import.ringTooShort', { ...at, ring: outRings.length + 1, count: rr.length }));
              continue rows;
            }
            outRings.push(rr);
          }
          if (outRings.length) clean.push(outRings);
        }
        if (!clean.length) {
          skip(issue('import.emptyGeometry', at));
          continue;
        }
        const largest = clean.reduce((m, p) => (Math.abs(ringArea(p[0]!)) > Math.abs(ringArea(m[0]!)) ? p : m));
        [x, y] = ringCentroid(largest[0]!);
        if (usePolygons) rings = clean;
        else fix('fix.centroid', o);
      } else {
        skip(issue('dataset.geometryNotUsable', { ...at, value: echo(isObj(g) ? g.type : typeof g) }));
        continue;
      }
    } else {
      let xs: string;
      let ys: string;
      let fx = mapping.lon ?? '';
      let fy = mapping.lat ?? '';
      if (locI >= 0) {
        const parts = (cells[locI] ?? '').split(/[,，\s]+/).filter(Boolean);
        [xs, ys] = [parts[0] ?? '', parts[1] ?? ''];
        fx = fy = mapping.location!;
      } else if (lonI >= 0 && latI >= 0) [xs, ys] = [cells[lonI] ?? '', cells[latI] ?? ''];
      else {
        skip(issue('dataset.noCoordinateColumns', at));
        continue;
      }
      const px = parseCoordinate(xs);
      const py = parseCoordinate(ys);
      for (const [p, field, raw] of [[px, fx, xs], [py, fy, ys]] as const) {
        if (p.kind === 'empty') {
          skip(issue('import.csvMissingCoordinate', { line: o, field }));
          continue rows;
        }
        if (p.kind === 'invalid') {
          skip(issue('import.csvNotNumber', { line: o, field, value: echo(raw) }));
          continue rows;
        }
      }
      if (px.kind === 'dms' || py.kind === 'dms') fix('fix.dms', o);
      x = (px as { value: number }).value;
      y = (py as { value: number }).value;
    }

    // Where is it? (Shenzhen's longitudes and latitudes do not overlap, so a swap is unambiguous.)
    const pts = rings ? rings.flat(2) : [[x, y]];
    const value = `${x}, ${y}`;
    if (pts.some((p) => Math.abs(p[0]!) > 180 || Math.abs(p[1]!) > 180)) {
      skip(issue('import.projectedCoordinates', { ...at, value }));
      continue;
    }
    if (pts.some((p) => Math.abs(p[1]!) > 90) && !pts.some((p) => inShenzhen([p[1]!, p[0]!]))) {
      skip(issue('import.coordinateOutOfRange', { ...at, value }));
      continue;
    }
    if (!pts.some((p) => inShenzhen(p))) {
      if (pts.some((p) => inShenzhen([p[1]!, p[0]!]))) {
        [x, y] = [y, x];
        if (rings) rings = rings.map((p) => p.map((ring) => ring.map(([a, b]) => [b!, a!])));
        fix('fix.swapped', o);
      } else {
        skip(issue('import.outsideShenzhen', { ...at, value }));
        continue;
      }
    }

    let pop = 0;
    if (population) {
      const raw = popI >= 0 ? (cells[popI] ?? '') : '';
      const p = parsePopulation(raw);
      if (p === undefined) {
        if (kind === 'population') {
          skip(issue('dataset.badPopulation', { ...at, field: mapping.population ?? '', value: echo(raw) }));
          continue;
        }
      } else pop = p;
    }

    if (convert) {
      [x, y] = convert(x, y);
      if (rings) rings = rings.map((p) => p.map((ring) => ring.map(([a, b]) => convert(a!, b!))));
    }
    const k = kept.length;
    lon[k] = x;
    lat[k] = y;
    origin[k] = o;
    if (population) population[k] = pop;
    const cat = categoryOf(mapping, (c) => {
      const j = col.get(c);
      return j === undefined ? '' : (cells[j] ?? '');
    });
    let ci = catIndex.get(cat);
    if (ci === undefined) {
      if (categories.length >= DATASET_LIMITS.maxCategories) ci = catIndex.get('') ?? (catIndex.set('', categories.length), categories.push(''), categories.length - 1);
      else {
        ci = categories.length;
        catIndex.set(cat, ci);
        categories.push(cat);
      }
    }
    category[k] = ci;
    if (idI >= 0) {
      let id = (cells[idI] ?? '').trim();
      if (id && ids.has(id)) {
        let s = 2;
        while (ids.has(`${id}-${s}`)) s++;
        id = `${id}-${s}`;
        fix('fix.duplicateId', o);
      }
      if (id) ids.add(id);
      idValues.push(id);
    }
    if (rings) {
      for (const poly of rings) {
        for (const ring of poly) {
          for (const [a, b] of ring) polys.coords.push(a!, b!);
          polys.ringStart.push(polys.coords.length / 2);
        }
        polys.polygonStart.push(polys.ringStart.length - 1);
      }
      polys.rowStart.push(polys.polygonStart.length - 1);
    } else if (usePolygons) polys.rowStart.push(polys.polygonStart.length - 1); // a point row in a polygon set
    kept.push(r);
    if ((r & 16383) === 16383) opts.onProgress?.(r, n);
  }

  const count = kept.length;
  if (convert && count) fixes.set('fix.converted', { code: 'fix.converted', count, at: [] });
  const text = (j: number) => kept.map((r) => (table.rows[r]![j] ?? '').replaceAll(SEPARATOR, ' ')).join(SEPARATOR);
  const columns = textCols.map((j) => ({ key: table.headers[j]!, values: j === idI ? idValues.join(SEPARATOR) : text(j) }));
  if (nameI < 0) columns.unshift({ key: '', values: new Array<string>(count).fill('').join(SEPARATOR) });
  const polygons: PolygonColumns | undefined = usePolygons
    ? {
        coords: Float64Array.from(polys.coords),
        ringStart: Uint32Array.from(polys.ringStart),
        polygonStart: Uint32Array.from(polys.polygonStart),
        rowStart: Uint32Array.from(polys.rowStart),
      }
    : undefined;
  const data: DatasetData = {
    id: '',
    lon: lon.slice(0, count),
    lat: lat.slice(0, count),
    origin: origin.slice(0, count),
    categories,
    category: category.slice(0, count),
    ...(population ? { population: population.slice(0, count) } : {}),
    ...(polygons ? { polygons } : {}),
    columns,
    version: DATASET_VERSION,
  };

  const names = columns[0]!.values.split(SEPARATOR);
  const codes = tradeCodes(categories, data.category, (i) => names[i] ?? '');
  const tradeCounts = new Array<number>(TRADES.length).fill(0);
  const perCategory = new Array<number>(categories.length).fill(0);
  for (let i = 0; i < count; i++) {
    tradeCounts[codes[i]!]!++;
    perCategory[data.category[i]!]!++;
  }
  const firstTrade = new Map<number, Trade>();
  for (let i = 0; i < count; i++) if (!firstTrade.has(data.category[i]!)) firstTrade.set(data.category[i]!, TRADES[codes[i]!]!);
  const report: BuildReport = {
    kind,
    geometry: usePolygons ? 'polygon' : 'point',
    total: table.total,
    count,
    skipped,
    skippedCount,
    corrections: [...fixes.values()],
    tradeCounts,
    categories: categories
      .map((c, i) => ({ category: c, count: perCategory[i]!, trade: firstTrade.get(i) ?? 'other' }))
      .filter((c) => c.count > 0)
      .sort((a, b) => b.count - a.count),
    ...(population ? { totalPopulation: data.population!.reduce((s, v) => s + v, 0) } : {}),
    originKind: table.originKind,
  };
  opts.onProgress?.(n, n);
  return { data, report };
}
