/**
 * The plan's zones (polygons) and axes (lines), built from hand-written recipes in
 * geodata/plan/zone-sources.json. Every shape is made from shipped geometry, never typed-in outlines
 * alone: statistical units (geodata/raw/subdistricts-61-utm/, EPSG:32650 → WGS-84 by utm.ts), the 74
 * 街道 land polygons, metro tracks, and — where the plan names roads — a hand-drawn mask cut along
 * them. Each output feature says how it was made (`placement`, `source`, `note_*`) and carries its
 * area computed from its own geometry.
 */
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { featureCollection, polygon as turfPolygon } from '@turf/helpers';
import intersect from '@turf/intersect';
import union from '@turf/union';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { readJson, round6, type FC } from './geo-io.ts';
import { utmToLonLat } from './utm.ts';
import type { AreaIndexEntry } from '../../src/data/area-index.ts';

export const UNITS_RAW = 'subdistricts-61-utm/shenzhen_sub_districts.geojson';
const UTM_ZONE = 50; // EPSG:32650, declared in the raw file

type Poly = Feature<Polygon | MultiPolygon>;

/** How a polygon is made. */
export type ZoneRecipe =
  | { unit: string } // a statistical unit of the 61-unit file, by JDMC
  | { jiedao: string[] } // the land of these 街道 (ids of geodata/jiedao.geojson)
  | { all: ZoneRecipe[] } // union
  | { within: ZoneRecipe; mask: Position[] } // clipped to a hand-drawn ring (cut along named roads)
  | { within: ZoneRecipe; landOf: string[] }; // clipped to the land of these 街道

/** How a line is made. */
export type AxisRecipe =
  | { metro: string; from: string; to: string } // a metro line's track between two stations
  | { metro: string; inDistrict: string } // the longest run of a metro line's track inside a district
  | { edgeOf: string[]; from: Position; to: Position; side: 'west' | 'south' }; // along the land edge of these districts' 街道

export interface ZoneSource {
  id: string;
  name_zh: string;
  name_en: string;
  kind: string;
  plan_ref: string;
  plan_quote: string;
  status: string;
  status_verb: string;
  site_exists: boolean;
  placement: 'traced' | 'approximate';
  official_area_km2?: number | null;
  linked_place?: string | null;
  source: string;
  note_zh: string;
  note_en: string;
  recipe: ZoneRecipe | AxisRecipe;
}

export interface ZoneInputs {
  rawDir: string;
  sources: { zones: ZoneSource[]; axes: ZoneSource[] };
  jiedao: Feature<MultiPolygon, { id: string; district: string }>[];
  districts: Feature<Polygon | MultiPolygon, { id: string }>[];
  metroLines: Feature<LineString, { line_id: string; geometry_quality: string }>[];
  stations: Feature<{ type: 'Point'; coordinates: Position }, { name_zh: string }>[];
}

/** The 61 statistical units in WGS-84 (exact inverse UTM; coordinates rounded to 6 decimals). */
export function readUnits(rawDir: string): Map<string, Poly> {
  const raw = readJson<FC>(`${rawDir}/${UNITS_RAW}`);
  const crs = JSON.stringify((raw as unknown as { crs?: unknown }).crs ?? '');
  if (!crs.includes('32650')) throw new Error(`${UNITS_RAW}: expected EPSG:32650, found ${crs}`);
  const walk = (c: unknown): unknown =>
    typeof (c as number[])[0] === 'number'
      ? utmToLonLat((c as number[])[0]!, (c as number[])[1]!, UTM_ZONE).map(round6)
      : (c as unknown[]).map(walk);
  const out = new Map<string, Poly>();
  for (const f of raw.features) {
    const g = f.geometry as Polygon | MultiPolygon;
    out.set(String(f.properties?.JDMC), { type: 'Feature', properties: {}, geometry: { type: g.type, coordinates: walk(g.coordinates) } as Polygon | MultiPolygon });
  }
  return out;
}

const unionAll = (polys: Poly[]): Poly => {
  if (polys.length === 1) return polys[0]!;
  const u = union(featureCollection(polys));
  if (!u) throw new Error('union gave nothing');
  return u;
};

function buildPolygon(r: ZoneRecipe, units: Map<string, Poly>, jiedao: Map<string, Poly>): Poly {
  if ('unit' in r) {
    const u = units.get(r.unit);
    if (!u) throw new Error(`no statistical unit ${r.unit}`);
    return u;
  }
  if ('jiedao' in r) {
    return unionAll(
      r.jiedao.map((id) => {
        const j = jiedao.get(id);
        if (!j) throw new Error(`no 街道 ${id}`);
        return j;
      }),
    );
  }
  if ('all' in r) return unionAll(r.all.map((x) => buildPolygon(x, units, jiedao)));
  const clip = 'mask' in r ? turfPolygon([r.mask]) : buildPolygon({ jiedao: r.landOf }, units, jiedao);
  const cut = intersect(featureCollection([buildPolygon(r.within, units, jiedao), clip]));
  if (!cut) throw new Error('mask removes everything');
  return cut;
}

/** Removes spikes: vertices where the boundary turns straight back on itself (left by unions of cut pieces). */
function despike(ring: Position[]): Position[] {
  let r = ring.slice(0, -1);
  for (let changed = true; changed && r.length > 3; ) {
    changed = false;
    for (let i = 0; i < r.length; i++) {
      const [a, b, c] = [r[(i - 1 + r.length) % r.length]!, r[i]!, r[(i + 1) % r.length]!];
      const [ux, uy, vx, vy] = [b[0]! - a[0]!, b[1]! - a[1]!, c[0]! - b[0]!, c[1]! - b[1]!];
      const cross = ux * vy - uy * vx;
      const dot = ux * vx + uy * vy;
      const same = (ux === 0 && uy === 0) || (vx === 0 && vy === 0);
      // A turn of ≈180°: sin(angle) below 1e-3 with the direction reversed.
      if (same || (Math.abs(cross) < 1e-3 * Math.hypot(ux, uy) * Math.hypot(vx, vy) && dot < 0)) {
        r = r.filter((_, k) => k !== i);
        changed = true;
        break;
      }
    }
  }
  return [...r, r[0]!];
}

/** Rounds, drops repeated vertices and spikes, and keeps parts and holes that are not slivers. */
function tidy(p: Poly, minKm2 = 0.005): Polygon | MultiPolygon {
  const big = (ring: Position[]) => ring.length >= 4 && area(turfPolygon([ring])) / 1e6 >= minKm2;
  const polys = (p.geometry.type === 'Polygon' ? [p.geometry.coordinates] : p.geometry.coordinates)
    .map((poly) => poly.map((ring) => despike(ring.map((c) => [round6(c[0]!), round6(c[1]!)]))).filter(big))
    .filter((poly) => poly.length > 0 && big(poly[0]!));
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
}

// ── lines ────────────────────────────────────────────────────────────────────────────────────────

const sq = (a: Position, b: Position) => {
  const k = Math.cos((a[1]! * Math.PI) / 180);
  return ((a[0]! - b[0]!) * k) ** 2 + (a[1]! - b[1]!) ** 2;
};

/** Position of p projected on the polyline: segment index and fraction along it. */
function locate(line: Position[], p: Position): { i: number; t: number; at: Position } {
  let best = { i: 0, t: 0, at: line[0]!, d: Infinity };
  for (let i = 0; i < line.length - 1; i++) {
    const [a, b] = [line[i]!, line[i + 1]!];
    const k = Math.cos((a[1]! * Math.PI) / 180);
    const dx = (b[0]! - a[0]!) * k;
    const dy = b[1]! - a[1]!;
    const len = dx * dx + dy * dy;
    const t = len === 0 ? 0 : Math.max(0, Math.min(1, (((p[0]! - a[0]!) * k) * dx + (p[1]! - a[1]!) * dy) / len));
    const at = [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
    const d = sq(at, p);
    if (d < best.d) best = { i, t, at, d };
  }
  return best;
}

/** The part of a polyline between the points nearest to `from` and `to`, in that order. */
export function sliceLine(line: Position[], from: Position, to: Position): Position[] {
  let a = locate(line, from);
  let b = locate(line, to);
  const reversed = a.i > b.i || (a.i === b.i && a.t > b.t);
  if (reversed) [a, b] = [b, a];
  const out = [a.at, ...line.slice(a.i + 1, b.i + 1), b.at];
  return reversed ? out.reverse() : out;
}

/** The longest run of consecutive vertices inside a polygon. */
function longestRunInside(line: Position[], poly: Poly): Position[] {
  let best: Position[] = [];
  let run: Position[] = [];
  for (const c of line) {
    if (booleanPointInPolygon(c, poly)) run.push(c);
    else {
      if (run.length > best.length) best = run;
      run = [];
    }
  }
  return run.length > best.length ? run : best;
}

/** The outer ring of the union of some 街道 (their land), as one closed ring: the largest part. */
function landEdge(jiedao: Poly[]): Position[] {
  const u = unionAll(jiedao);
  const polys = u.geometry.type === 'Polygon' ? [u.geometry.coordinates] : u.geometry.coordinates;
  return polys.map((p) => p[0]!).sort((x, y) => area(turfPolygon([y])) - area(turfPolygon([x])))[0]!;
}

/** The stretch of a closed ring between the vertices nearest `from` and `to`, on the given side. */
export function ringBetween(ring: Position[], from: Position, to: Position, side: 'west' | 'south'): Position[] {
  const open = ring.slice(0, -1);
  const nearest = (p: Position) => open.reduce((bi, c, i) => (sq(c, p) < sq(open[bi]!, p) ? i : bi), 0);
  const [i, j] = [nearest(from), nearest(to)];
  const walk = (step: 1 | -1) => {
    const out: Position[] = [];
    for (let k = i; ; k = (k + step + open.length) % open.length) {
      out.push(open[k]!);
      if (k === j) return out;
    }
  };
  const mean = (path: Position[], axis: 0 | 1) => path.reduce((s, c) => s + c[axis]!, 0) / path.length;
  const [fwd, back] = [walk(1), walk(-1)];
  const axis = side === 'west' ? 0 : 1;
  return mean(fwd, axis) <= mean(back, axis) ? fwd : back;
}

/** Drops vertices closer than `minM` metres to the previous kept one (the 街道 coast is very dense). */
function thin(line: Position[], minM: number): Position[] {
  const lim = (minM / 111_320) ** 2;
  const out = [line[0]!];
  for (const c of line.slice(1, -1)) if (sq(c, out.at(-1)!) >= lim) out.push(c);
  out.push(line.at(-1)!);
  return out.map((c) => [round6(c[0]!), round6(c[1]!)]);
}

function buildLine(r: AxisRecipe, inp: ZoneInputs, jiedao: Map<string, Poly>): Position[] {
  if ('metro' in r) {
    const track = inp.metroLines.filter((l) => l.properties.line_id === r.metro && l.properties.geometry_quality === 'track');
    if (track.length !== 1) throw new Error(`line ${r.metro}: expected one track run, found ${track.length}`);
    const coords = track[0]!.geometry.coordinates;
    if ('from' in r) {
      const st = (n: string) => {
        const s = inp.stations.find((x) => x.properties.name_zh === n);
        if (!s) throw new Error(`no station ${n}`);
        return s.geometry.coordinates;
      };
      return thin(sliceLine(coords, st(r.from), st(r.to)), 20);
    }
    const d = inp.districts.find((x) => x.properties.id === r.inDistrict);
    if (!d) throw new Error(`no district ${r.inDistrict}`);
    return thin(longestRunInside(coords, d), 20);
  }
  const parts = inp.jiedao.filter((j) => r.edgeOf.includes(j.properties.district)).map((j) => jiedao.get(j.properties.id)!);
  return thin(ringBetween(landEdge(parts), r.from, r.to, r.side), 60);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function buildZones(inp: ZoneInputs): { zones: Feature[]; axes: Feature[] } {
  const units = readUnits(inp.rawDir);
  const jiedao = new Map<string, Poly>(inp.jiedao.map((j) => [j.properties.id, j]));
  /** Districts holding at least 2 % of a zone's land, by the 街道 (finer than the DataV outlines). */
  const districtsOf = (g: Polygon | MultiPolygon) => {
    const byDistrict = new Map<string, number>();
    for (const j of inp.jiedao) {
      const x = intersect(featureCollection<Polygon | MultiPolygon>([j, { type: 'Feature', properties: {}, geometry: g }]));
      if (x) byDistrict.set(j.properties.district, (byDistrict.get(j.properties.district) ?? 0) + area(x));
    }
    const land = [...byDistrict.values()].reduce((a, b) => a + b, 0);
    return [...byDistrict].filter(([, a]) => a >= 0.02 * land).map(([d]) => d).sort();
  };
  const props = (s: ZoneSource) => {
    const { recipe: _recipe, official_area_km2, linked_place, ...rest } = s;
    void _recipe;
    return { ...rest, official_area_km2: official_area_km2 ?? null, linked_place: linked_place ?? null };
  };
  const zones = inp.sources.zones.map((s): Feature => {
    const geometry = tidy(buildPolygon(s.recipe as ZoneRecipe, units, jiedao));
    const km2 = round2(area({ type: 'Feature', properties: {}, geometry }) / 1e6);
    return { type: 'Feature', properties: { ...props(s), area_km2: km2, districts: districtsOf(geometry) }, geometry };
  });
  const axes = inp.sources.axes.map((s): Feature => {
    const coordinates = buildLine(s.recipe as AxisRecipe, inp, jiedao);
    const geometry: LineString = { type: 'LineString', coordinates };
    let m = 0;
    for (let i = 1; i < coordinates.length; i++) m += Math.sqrt(sq(coordinates[i - 1]!, coordinates[i]!)) * 111_320;
    const { official_area_km2: _a, ...rest } = props(s);
    void _a;
    return { type: 'Feature', properties: { ...rest, length_km: round2(m / 1000), districts: districtsOfLine(inp, geometry) }, geometry };
  });
  return { zones, axes };
}

function districtsOfLine(inp: ZoneInputs, g: LineString): string[] {
  return inp.districts.filter((d) => g.coordinates.some((c) => booleanPointInPolygon(c, d))).map((d) => d.properties.id);
}

/**
 * Which 街道 each plan place and zone lies in, and each 街道's extent, so the app can list a 街道's
 * layout and filter the map to it without loading the 2.6 MB 街道 polygons on the page.
 * The entry type is the app's own (src/data/area-index.ts), so what is built is what is read.
 */

export function buildAreaIndex(
  jiedao: Feature<MultiPolygon, { id: string; district: string; name_zh: string; name_en: string; land_km2: number; population_model: number }>[],
  places: Feature<{ type: 'Point'; coordinates: Position }, { id: string }>[],
  zones: Feature[],
): { jiedao: Record<string, AreaIndexEntry> } {
  const out: Record<string, AreaIndexEntry> = {};
  for (const j of jiedao) {
    const xs = j.geometry.coordinates.flatMap((p) => p[0]!.map((c) => c[0]!));
    const ys = j.geometry.coordinates.flatMap((p) => p[0]!.map((c) => c[1]!));
    const { district, name_zh, name_en, land_km2, population_model } = j.properties;
    out[j.properties.id] = {
      district,
      name_zh,
      name_en,
      land_km2,
      population_model,
      bbox: [round6(Math.min(...xs)), round6(Math.min(...ys)), round6(Math.max(...xs)), round6(Math.max(...ys))],
      places: places.filter((p) => booleanPointInPolygon(p.geometry.coordinates, j)).map((p) => p.properties.id).sort(),
      zones: zones
        .filter((z) => {
          const x = intersect(featureCollection<Polygon | MultiPolygon>([j, z as Feature<Polygon | MultiPolygon>]));
          return x !== null && area(x) > 10_000; // at least a hectare: not a shared edge
        })
        .map((z) => String(z.properties!.id))
        .sort(),
    };
  }
  return { jiedao: out };
}
