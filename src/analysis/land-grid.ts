/**
 * The land grid: h3 cells over the districts, each clipped to its district, built once per session.
 *
 * Resolution 9 (≈ 0.105 km², ≈ 174 m edge, centres ≈ 300 m apart) by default, because
 *  - it is the coarsest level that still resolves the smallest life circle (300 m ⇒ ≈ 2.7 cells);
 *    coverage.ts adds a sub-cell ramp at circle edges, so area error comes from the ramp, not from
 *    counting whole hexagons (single 1 km circle: < 1 %, see coverage.test.ts);
 *  - ≈ 26,500 cells for all 11 districts keeps a full recompute of 2,000 nodes in single-digit ms and
 *    the gap polygons cheap to draw; res 10 would be 7× the cells for no gain in accuracy.
 *
 * Coasts and thin arms: h3's polygonToCells keeps a cell only if its centre is inside, so a cell whose
 * centre is in the sea (or in the neighbouring district) vanishes with its land. We instead walk every
 * district ring, take the cells along it plus their neighbours, and clip each of those hexagons to the
 * district (clip.ts): its land fraction is then the true clipped area, and its sample point is the
 * centroid of the clipped land, not the hexagon centre out at sea. Cells away from any ring are whole.
 *
 * A cell on a border between two districts becomes two "units", one per district, each with its own
 * clipped fraction, area, population and sample point. All per-cell arrays below are per unit; the
 * h3 id is repeated for such cells. Units are grouped by district (all of district 0, then 1, …).
 */
import {
  cellArea, cellToBoundary, cellToLatLng, getHexagonEdgeLengthAvg, gridDisk, latLngToCell, polygonToCells,
} from 'h3-js';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { clipRingMoments, ringMoments, type Pt } from './clip.ts';
import { M_PER_DEG, mPerDegLon, signedArea } from './geo.ts';
import { buildPointIndex, type PointIndex } from './point-index.ts';

export const DEFAULT_RESOLUTION = 9;

export interface DistrictProps {
  id: string;
  name_zh: string;
  name_en: string;
  population_2020: number;
  /** True for 深汕: an approximate hull, kept out of city totals. */
  approximate?: boolean;
}
export type DistrictFeature = Feature<Polygon | MultiPolygon, DistrictProps>;

export interface DistrictInfo {
  id: string;
  name_zh: string;
  name_en: string;
  population: number;
  approximate: boolean;
  /** Σ clipped cell areas = the polygon's area (DataV outlines include some sea; see README). */
  landKm2: number;
  /** Units [unitStart, unitEnd) belong to this district. */
  unitStart: number;
  unitEnd: number;
}

export interface LandGrid {
  res: number;
  districts: DistrictInfo[];
  /** Number of units (a border cell is one unit per district it touches). */
  size: number;
  cell: string[];
  /** Sample point of each unit: the centroid of its clipped land. */
  lon: Float64Array;
  lat: Float64Array;
  /** Clipped land area ÷ whole hexagon area, in (0, 1]. */
  landFraction: Float64Array;
  district: Uint8Array;
  areaKm2: Float64Array;
  /** District population × unit area ÷ district area (population uniform within a district, 2020 census). */
  pop: Float64Array;
  index: PointIndex;
}

/** Fractions below this are slivers from floating point along shared borders. */
const MIN_FRACTION = 1e-4;

interface Ring { pts: Pt[]; sign: number; minX: number; minY: number; maxX: number; maxY: number }

export function buildLandGrid(
  input: FeatureCollection<Polygon | MultiPolygon, DistrictProps> | DistrictFeature[],
  res = DEFAULT_RESOLUTION,
): LandGrid {
  const features = Array.isArray(input) ? input : input.features;
  if (features.length > 255) throw new Error('at most 255 districts');
  const polys = features.map((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates));
  // One fixed projection for clipping: a fraction is a ratio of areas, unaffected by the scale.
  // Origin at the south-west corner keeps coordinates ≤ ~200 km, so cross products stay precise.
  const coords = polys.flat(3);
  const lon0 = Math.min(...coords.map((c) => c[0]!)), lat0 = Math.min(...coords.map((c) => c[1]!));
  const kx = mPerDegLon((lat0 + Math.max(...coords.map((c) => c[1]!))) / 2);
  const project = (c: number[]): Pt => [(c[0]! - lon0) * kx, (c[1]! - lat0) * M_PER_DEG];
  const sampleStepM = getHexagonEdgeLengthAvg(res, 'm') / 2;

  const units: { cell: string; d: number; lon: number; lat: number; f: number; km2: number }[] = [];
  const districts: DistrictInfo[] = features.map((feat, d) => {
    const unitStart = units.length;
    const rings: Ring[] = [];
    const whole = new Set<string>();
    const edge = new Set<string>();
    for (const poly of polys[d]!) {
      for (const c of polygonToCells(poly, res, true)) whole.add(c);
      poly.forEach((ring, k) => {
        const pts = ring.map(project);
        // Outer rings add, holes subtract, whatever orientation the data came in.
        const sign = Math.sign(signedArea(pts)) * (k === 0 ? 1 : -1);
        const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
        rings.push({ pts, sign, minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) });
        for (const c of cellsAlongRing(ring, res, sampleStepM)) edge.add(c);
      });
    }
    for (const c of edge) whole.delete(c);
    for (const c of whole) {
      const [lat, lon] = cellToLatLng(c);
      units.push({ cell: c, d, lon, lat, f: 1, km2: cellArea(c, 'km2') });
    }
    for (const c of edge) {
      const hex = cellToBoundary(c, true).slice(0, -1).map(project);
      if (signedArea(hex) < 0) hex.reverse();
      const hexArea = ringMoments(hex).area;
      const xs = hex.map((p) => p[0]), ys = hex.map((p) => p[1]);
      const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      let area = 0, mx = 0, my = 0;
      for (const r of rings) {
        if (r.maxX < minX || r.minX > maxX || r.maxY < minY || r.minY > maxY) continue;
        // The clipped moments carry the ring's orientation; r.sign turns them into +land / −hole.
        const m = clipRingMoments(r.pts, hex);
        area += r.sign * m.area;
        mx += r.sign * m.mx;
        my += r.sign * m.my;
      }
      const f = Math.min(1, area / hexArea);
      if (f < MIN_FRACTION) continue;
      units.push({ cell: c, d, lon: lon0 + mx / area / kx, lat: lat0 + my / area / M_PER_DEG, f, km2: f * cellArea(c, 'km2') });
    }
    const p = feat.properties;
    const landKm2 = units.slice(unitStart).reduce((s, u) => s + u.km2, 0);
    return {
      id: p.id, name_zh: p.name_zh, name_en: p.name_en, population: p.population_2020,
      approximate: p.approximate === true, landKm2, unitStart, unitEnd: units.length,
    };
  });

  const size = units.length;
  const grid: Omit<LandGrid, 'index'> = {
    res, districts, size, cell: units.map((u) => u.cell),
    lon: Float64Array.from(units, (u) => u.lon), lat: Float64Array.from(units, (u) => u.lat),
    landFraction: Float64Array.from(units, (u) => u.f), district: Uint8Array.from(units, (u) => u.d),
    areaKm2: Float64Array.from(units, (u) => u.km2),
    pop: Float64Array.from(units, (u) => {
      const di = districts[u.d]!;
      return di.landKm2 > 0 ? (di.population * u.km2) / di.landKm2 : 0;
    }),
  };
  return { ...grid, index: buildPointIndex(grid.lon, grid.lat) };
}

/**
 * Every cell a ring passes through, plus their neighbours. Samples every half edge-length, so any
 * cell the ring merely grazes is within one step of a sampled cell (see the module comment).
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
