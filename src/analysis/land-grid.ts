/**
 * The land grid: h3 cells clipped to the 街道 polygons — built once, at build time (`npm run build:data`
 * → geodata/land-grid.bin, see grid-file.ts), never at start-up.
 *
 * Units. A cell inside one 街道 is one unit; a cell on a 街道 border or on the coast is clipped to each
 * 街道 it touches (Sutherland–Hodgman against the convex hexagon, clip.ts) and becomes one unit per
 * 街道, with its true land area. The 街道 polygons follow the coastline, so sea is never part of a unit.
 * Units are grouped by 街道, 街道 by district: every district's units are one contiguous range.
 *
 * Geometry. Each unit keeps its exact land polygon (the hexagon, or the hexagon ∩ 街道) as rings in a
 * local metric frame centred on its sample point — coverage.ts measures the union of circles inside
 * it exactly. Rings are stored with outer rings counter-clockwise and holes clockwise, so the winding
 * number of a point is 1 on land and 0 elsewhere (a clipped ring may carry zero-width "bridges"
 * along the hexagon's edges; they change neither areas nor winding numbers).
 *
 * Resolution 9 (≈ 0.105 km², edge ≈ 200 m, centres ≈ 350 m apart): fine enough for candidate sites
 * and for the land/sea outline of a 300 m circle; the population weights are 1 km anyway, and the
 * coverage of a unit is exact at any resolution, so finer cells would buy nothing but size.
 */
import { cellArea, cellToBoundary, cellToLatLng, getHexagonEdgeLengthAvg, gridDisk, latLngToCell, polygonToCells } from 'h3-js';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { clipRing, ringMoments, type Pt } from './clip.ts';
import { M_PER_DEG, mPerDegLon, signedArea } from './geo.ts';
import { buildPointIndex, type PointIndex } from './point-index.ts';

export const DEFAULT_RESOLUTION = 9;

export interface JiedaoProps {
  id: string;
  /** Id of its district (districts.geojson). */
  district: string;
  name_zh: string;
  name_en: string;
}
export type JiedaoFeature = Feature<Polygon | MultiPolygon, JiedaoProps>;

export interface DistrictRecord {
  id: string;
  name_zh: string;
  name_en: string;
  /** 2020 census resident population. */
  population_2020: number;
  /** 深汕: an approximate outline, no 街道, no land grid; kept out of city totals. */
  approximate?: boolean;
}

export interface JiedaoInfo {
  id: string;
  name_zh: string;
  name_en: string;
  districtId: string;
  /** Index into `districts`. */
  district: number;
  /** Σ unit land areas (= the 街道 polygon's area). */
  landKm2: number;
  /** Σ unit populations (model, see population-model.ts). */
  population: number;
  /** Units [unitStart, unitEnd) belong to this 街道. */
  unitStart: number;
  unitEnd: number;
}

export interface DistrictInfo {
  id: string;
  name_zh: string;
  name_en: string;
  /** 2020 census total; the district's units sum to it exactly. */
  population: number;
  approximate: boolean;
  /** False for a district without 街道 polygons (深汕): no units, coverage not computed. */
  hasGrid: boolean;
  landKm2: number;
  /** 街道 [jiedaoStart, jiedaoEnd) and units [unitStart, unitEnd) of this district. */
  jiedaoStart: number;
  jiedaoEnd: number;
  unitStart: number;
  unitEnd: number;
}

/** Where a unit's population weight came from (population-model.ts). */
export const POP_SOURCE = { sample: 0, extrapolatedNorth: 1, floor: 2 } as const;

export interface LandGrid {
  res: number;
  size: number;
  jiedao: JiedaoInfo[];
  districts: DistrictInfo[];
  /** h3 index of each unit's cell as two 32-bit halves (cellIds() turns them into strings). */
  cellHi: Uint32Array;
  cellLo: Uint32Array;
  /** Sample point: the centroid of the unit's land. Candidate sites sit here. */
  lon: Float64Array;
  lat: Float64Array;
  areaKm2: Float64Array;
  /** Residents (2020 census district totals spread by WorldPop weights; whole persons). */
  pop: Float64Array;
  popSource: Uint8Array;
  jiedaoOf: Uint8Array;
  /** 1 where the unit is its whole h3 cell (drawn with h3's outline), 0 where clipped. */
  whole: Uint8Array;
  district: Uint8Array;
  /** Rings of unit u: ringStart[u] … ringStart[u+1]; vertices of ring k: vertStart[k] … vertStart[k+1] (x, y pairs). */
  ringStart: Int32Array;
  vertStart: Int32Array;
  /** Vertices in metres east/north of the unit's sample point (local equirectangular frame). */
  verts: Float64Array;
  /** Largest distance from the sample point to the unit's land: a circle farther than r + reach misses it. */
  reachM: Float64Array;
  /** Area enclosed by the stored rings, m² (covered share = covered area inside the rings ÷ this). */
  ringAreaM2: Float64Array;
  index: PointIndex;
}

/** Fractions below this (of the hexagon) are slivers from floating point along shared borders. */
const MIN_FRACTION = 1e-4;

interface Ring { pts: Pt[]; minX: number; minY: number; maxX: number; maxY: number }
interface UnitBuild { cell: string; j: number; lon: number; lat: number; km2: number; rings: Pt[][]; whole: boolean }

/**
 * Build the grid from the 街道 polygons. `districts` lists every district (with its census total);
 * one without 街道 gets no units. Population is left at 0: population-model.ts fills it in.
 */
export function buildLandGrid(jiedaoFeatures: readonly JiedaoFeature[], districts: readonly DistrictRecord[], res = DEFAULT_RESOLUTION): LandGrid {
  const dIndex = new Map(districts.map((d, i) => [d.id, i]));
  for (const f of jiedaoFeatures) {
    if (!dIndex.has(f.properties.district)) throw new Error(`街道 ${f.properties.id}: unknown district ${f.properties.district}`);
  }
  const features = [...jiedaoFeatures].sort(
    (a, b) => dIndex.get(a.properties.district)! - dIndex.get(b.properties.district)! || a.properties.id.localeCompare(b.properties.id),
  );
  if (features.length > 255) throw new Error('at most 255 街道');
  const polys = features.map((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates));
  // One fixed projection for clipping. It is affine in lon/lat, so clipped shapes are the same in any
  // other equirectangular frame (the unit's own, below); origin at the south-west keeps numbers small.
  const coords = polys.flat(3);
  const lon0 = Math.min(...coords.map((c) => c[0]!)), lat0 = Math.min(...coords.map((c) => c[1]!));
  const kx0 = mPerDegLon(lat0);
  const project = (c: readonly number[]): Pt => [(c[0]! - lon0) * kx0, (c[1]! - lat0) * M_PER_DEG];
  const sampleStepM = getHexagonEdgeLengthAvg(res, 'm') / 2;

  const units: UnitBuild[] = [];
  const jiedao: JiedaoInfo[] = features.map((feat, j) => {
    const unitStart = units.length;
    const rings: Ring[] = [];
    const whole = new Set<string>();
    const edge = new Set<string>();
    for (const poly of polys[j]!) {
      for (const c of polygonToCells(poly, res, true)) whole.add(c);
      poly.forEach((ring, k) => {
        const pts = ring.slice(0, -1).map(project);
        // Outer rings counter-clockwise, holes clockwise, whatever orientation the data came in.
        if ((signedArea(pts) > 0) !== (k === 0)) pts.reverse();
        const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
        rings.push({ pts, minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) });
        for (const c of cellsAlongRing(ring, res, sampleStepM)) edge.add(c);
      });
    }
    for (const c of edge) whole.delete(c);
    for (const c of [...whole].sort()) {
      const [lat, lon] = cellToLatLng(c);
      const hex = cellToBoundary(c, true).slice(0, -1).map(project);
      if (signedArea(hex) < 0) hex.reverse();
      units.push({ cell: c, j, lon, lat, km2: cellArea(c, 'km2'), rings: [hex], whole: true });
    }
    for (const c of [...edge].sort()) {
      const hex = cellToBoundary(c, true).slice(0, -1).map(project);
      if (signedArea(hex) < 0) hex.reverse();
      const hexArea = ringMoments(hex).area;
      const xs = hex.map((p) => p[0]), ys = hex.map((p) => p[1]);
      const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      let area = 0, mx = 0, my = 0;
      const clipped: Pt[][] = [];
      for (const r of rings) {
        if (r.maxX < minX || r.minX > maxX || r.maxY < minY || r.minY > maxY) continue;
        const out = clipRing(r.pts, hex);
        if (out.length < 3) continue;
        const m = ringMoments(out);
        if (m.area === 0) continue;
        area += m.area;
        mx += m.mx;
        my += m.my;
        clipped.push(out);
      }
      const f = Math.min(1, area / hexArea);
      if (f < MIN_FRACTION) continue;
      units.push({ cell: c, j, lon: lon0 + mx / area / kx0, lat: lat0 + my / area / M_PER_DEG, km2: f * cellArea(c, 'km2'), rings: clipped, whole: false });
    }
    const p = feat.properties;
    return {
      id: p.id, name_zh: p.name_zh, name_en: p.name_en, districtId: p.district, district: dIndex.get(p.district)!,
      landKm2: units.slice(unitStart).reduce((s, u) => s + u.km2, 0), population: 0, unitStart, unitEnd: units.length,
    };
  });

  // Rings in each unit's own frame: metres east/north of its sample point.
  const ringStart = new Int32Array(units.length + 1);
  const vertCounts: number[] = [];
  const flat: number[] = [];
  units.forEach((u, i) => {
    const kx = mPerDegLon(u.lat);
    for (const ring of u.rings) {
      vertCounts.push(ring.length);
      for (const [x, y] of ring) flat.push((x / kx0 + lon0 - u.lon) * kx, (y / M_PER_DEG + lat0 - u.lat) * M_PER_DEG);
    }
    ringStart[i + 1] = ringStart[i]! + u.rings.length;
  });
  const vertStart = new Int32Array(vertCounts.length + 1);
  vertCounts.forEach((n, k) => (vertStart[k + 1] = vertStart[k]! + n));

  const split = units.map((u) => h3Halves(u.cell));
  return assembleGrid({
    res,
    jiedao,
    districts: districtInfos(districts, jiedao),
    cellHi: Uint32Array.from(split, (s) => s[0]),
    cellLo: Uint32Array.from(split, (s) => s[1]),
    lon: Float64Array.from(units, (u) => u.lon),
    lat: Float64Array.from(units, (u) => u.lat),
    areaKm2: Float64Array.from(units, (u) => u.km2),
    pop: new Float64Array(units.length),
    popSource: new Uint8Array(units.length),
    jiedaoOf: Uint8Array.from(units, (u) => u.j),
    whole: Uint8Array.from(units, (u) => (u.whole ? 1 : 0)),
    ringStart,
    vertStart,
    verts: Float64Array.from(flat),
  });
}

/** District table with the ranges of its 街道 and units (jiedao must be grouped by district). */
export function districtInfos(districts: readonly DistrictRecord[], jiedao: readonly JiedaoInfo[]): DistrictInfo[] {
  return districts.map((d, i) => {
    const js = jiedao.map((j, k) => [j, k] as const).filter(([j]) => j.district === i);
    const first = js[0], last = js[js.length - 1];
    return {
      id: d.id, name_zh: d.name_zh, name_en: d.name_en, population: d.population_2020, approximate: d.approximate === true,
      hasGrid: js.length > 0, landKm2: js.reduce((s, [j]) => s + j.landKm2, 0),
      jiedaoStart: first ? first[1] : 0, jiedaoEnd: last ? last[1] + 1 : 0,
      unitStart: first ? first[0].unitStart : 0, unitEnd: last ? last[0].unitEnd : 0,
    };
  });
}

/** The stored parts of a grid → the full in-memory grid (derived arrays and the point index). */
export function assembleGrid(g: Omit<LandGrid, 'size' | 'district' | 'reachM' | 'ringAreaM2' | 'index'>): LandGrid {
  const size = g.lon.length;
  const district = new Uint8Array(size);
  const reachM = new Float64Array(size);
  const ringAreaM2 = new Float64Array(size);
  const { verts: v, vertStart: vs, ringStart: rs } = g;
  for (let u = 0; u < size; u++) {
    district[u] = g.jiedao[g.jiedaoOf[u]!]!.district;
    let m = 0, a = 0;
    for (let k = rs[u]!; k < rs[u + 1]!; k++) {
      const end = vs[k + 1]!;
      let px = v[2 * (end - 1)]!, py = v[2 * (end - 1) + 1]!;
      for (let i = vs[k]!; i < end; i++) {
        const x = v[2 * i]!, y = v[2 * i + 1]!;
        a += px * y - x * py;
        m = Math.max(m, x * x + y * y);
        px = x;
        py = y;
      }
    }
    reachM[u] = Math.sqrt(m);
    ringAreaM2[u] = a / 2;
  }
  return { ...g, size, district, reachM, ringAreaM2, index: buildPointIndex(g.lon, g.lat) };
}

/** h3 index string ↔ two 32-bit halves (what h3's splitLong gives, without the library call). */
export function h3Halves(cell: string): [number, number] {
  const hex = cell.padStart(16, '0');
  return [parseInt(hex.slice(0, 8), 16) >>> 0, parseInt(hex.slice(8), 16) >>> 0];
}

export function h3FromHalves(hi: number, lo: number): string {
  return (hi >>> 0).toString(16) + (lo >>> 0).toString(16).padStart(8, '0');
}

/** h3 cell ids of all units (a border cell appears once per 街道 it touches). */
export function cellIds(grid: Pick<LandGrid, 'cellHi' | 'cellLo'>): string[] {
  return Array.from(grid.cellHi, (hi, u) => h3FromHalves(hi, grid.cellLo[u]!));
}

/**
 * Every cell a ring passes through, plus their neighbours. Samples every half edge-length, so any
 * cell the ring merely grazes is within one step of a sampled cell.
 */
function cellsAlongRing(ring: number[][], res: number, stepM: number): Set<string> {
  const hit = new Set<string>();
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i] as [number, number];
    const [x1, y1] = ring[i + 1] as [number, number];
    const lenM = Math.hypot((x1 - x0) * mPerDegLon(y0), (y1 - y0) * M_PER_DEG);
    const n = Math.max(1, Math.ceil(lenM / stepM));
    for (let k = 0; k <= n; k++) hit.add(latLngToCell(y0 + ((y1 - y0) * k) / n, x0 + ((x1 - x0) * k) / n, res));
  }
  const out = new Set<string>();
  for (const c of hit) for (const nb of gridDisk(c, 1)) out.add(nb);
  return out;
}
