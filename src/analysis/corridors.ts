/**
 * Metro corridors: which plan places lie within a chosen distance of a line, and per line its length,
 * stations and share of the plan's places it serves.
 *
 * Membership is the exact point-to-polyline distance (geo.pointToLineM), not a point-in-buffer test:
 * same answer, no polygon overlay, and it yields the distance for free. Buffers are only drawn.
 * The plan cites lines 4, 6, 8, 14, 16 and 龙大城际; the last has no alignment in our data, so it is
 * reported as unavailable rather than silently dropped.
 */
import buffer from '@turf/buffer';
import length from '@turf/length';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { distanceM, pointToLineM } from './geo.ts';
import type { LandGrid } from './land-grid.ts';

export interface MetroLineProps {
  line_id: string;
  name_zh: string;
  name_en?: string;
  colour?: string;
  geometry_quality?: 'track' | 'schematic';
  cited_in_plan?: boolean;
}
export interface StationProps {
  id: string;
  name_zh: string;
  name_en?: string;
  lines: string[];
}
export type MetroLines = FeatureCollection<LineString, MetroLineProps>;
export type MetroStations = FeatureCollection<Point, StationProps>;

export interface PlacePoint {
  id: string;
  name_zh: string;
  name_en?: string;
  layer?: string;
  lon: number;
  lat: number;
}

/** Lines the plan cites; ids as in metro-lines.geojson. */
export const CITED_LINES: readonly { lineId: string; name_zh: string; name_en: string }[] = [
  { lineId: '4', name_zh: '4号线', name_en: 'Line 4' },
  { lineId: '6', name_zh: '6号线', name_en: 'Line 6' },
  { lineId: '8', name_zh: '8号线', name_en: 'Line 8' },
  { lineId: '14', name_zh: '14号线', name_en: 'Line 14' },
  { lineId: '16', name_zh: '16号线', name_en: 'Line 16' },
  { lineId: 'longda', name_zh: '龙大城际', name_en: 'Longda Intercity' },
];

export interface PlaceInCorridor {
  placeId: string;
  name_zh: string;
  name_en?: string;
  distanceToLineM: number;
  nearestStation: { id: string; name_zh: string; name_en?: string; distanceM: number } | null;
}

export interface LineCorridor {
  lineId: string;
  name_zh: string;
  name_en?: string;
  colour?: string;
  cited: boolean;
  lengthKm: number;
  /** Of lengthKm, drawn station-to-station because no track geometry exists. */
  schematicKm: number;
  stationCount: number;
  places: PlaceInCorridor[];
  /** places.length ÷ all plan places (0–1). */
  placeShare: number;
}

export interface CorridorReport {
  widthM: number;
  lines: LineCorridor[];
  /** Requested (or cited) lines with no alignment data, e.g. 龙大城际. */
  unavailable: { lineId: string; name_zh: string; name_en: string; cited: boolean }[];
  placesTotal: number;
  /** Places within the corridor of at least one of the lines. */
  placesServed: number;
  servedShare: number;
}

/** Plan places from GeoJSON points (the geodata/places files). */
export function toPlacePoints(fc: FeatureCollection<Point, { id: string; name_zh: string; name_en?: string; layer?: string }>): PlacePoint[] {
  return fc.features.map((f) => ({ ...f.properties, lon: f.geometry.coordinates[0]!, lat: f.geometry.coordinates[1]! }));
}

function runsOf(lines: MetroLines, lineId: string): Feature<LineString, MetroLineProps>[] {
  return lines.features.filter((f) => f.properties.line_id === lineId);
}

/** Analyse each requested line's corridor; cited-but-missing lines are listed in `unavailable`. */
export function corridorReport(
  lines: MetroLines,
  stations: MetroStations,
  places: readonly PlacePoint[],
  lineIds: readonly string[],
  widthM: number,
): CorridorReport {
  const served = new Set<string>();
  const unavailable: CorridorReport['unavailable'] = [];
  const out: LineCorridor[] = [];
  for (const lineId of lineIds) {
    const runs = runsOf(lines, lineId);
    const cited = CITED_LINES.find((c) => c.lineId === lineId);
    if (runs.length === 0) {
      unavailable.push({ lineId, name_zh: cited?.name_zh ?? lineId, name_en: cited?.name_en ?? lineId, cited: !!cited });
      continue;
    }
    const lineStations = stations.features.filter((s) => s.properties.lines.includes(lineId));
    const inCorridor: PlaceInCorridor[] = [];
    for (const p of places) {
      const d = Math.min(...runs.map((r) => pointToLineM(p.lon, p.lat, r.geometry.coordinates)));
      if (d > widthM) continue;
      served.add(p.id);
      let nearest: PlaceInCorridor['nearestStation'] = null;
      for (const s of lineStations) {
        const [slon, slat] = s.geometry.coordinates as [number, number];
        const sd = distanceM(p.lon, p.lat, slon, slat);
        if (!nearest || sd < nearest.distanceM) nearest = { id: s.properties.id, name_zh: s.properties.name_zh, name_en: s.properties.name_en, distanceM: sd };
      }
      inCorridor.push({ placeId: p.id, name_zh: p.name_zh, name_en: p.name_en, distanceToLineM: d, nearestStation: nearest });
    }
    inCorridor.sort((a, b) => a.distanceToLineM - b.distanceToLineM);
    const km = (rs: typeof runs) => rs.reduce((s, r) => s + length(r, { units: 'kilometers' }), 0);
    const p0 = runs[0]!.properties;
    out.push({
      lineId, name_zh: p0.name_zh, name_en: p0.name_en, colour: p0.colour,
      cited: !!cited || runs.some((r) => r.properties.cited_in_plan),
      lengthKm: km(runs), schematicKm: km(runs.filter((r) => r.properties.geometry_quality === 'schematic')),
      stationCount: lineStations.length, places: inCorridor,
      placeShare: places.length ? inCorridor.length / places.length : 0,
    });
  }
  return {
    widthM, lines: out, unavailable, placesTotal: places.length, placesServed: served.size,
    servedShare: places.length ? served.size / places.length : 0,
  };
}

/** Corridor outlines for the map: one buffered feature per line (display only). */
export function corridorPolygons(
  lines: MetroLines,
  lineIds: readonly string[],
  widthM: number,
): FeatureCollection<Polygon | MultiPolygon, { lineId: string; cited: boolean }> {
  const features = lineIds.flatMap((lineId) => {
    const runs = runsOf(lines, lineId);
    if (runs.length === 0) return [];
    const multi: Feature = { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: runs.map((r) => r.geometry.coordinates) } };
    const buffered = buffer(multi, widthM, { units: 'meters', steps: 8 }) as Feature<Polygon | MultiPolygon> | undefined;
    if (!buffered) return [];
    const cited = CITED_LINES.some((c) => c.lineId === lineId) || runs.some((r) => r.properties.cited_in_plan === true);
    return [{ ...buffered, properties: { lineId, cited } }];
  });
  return { type: 'FeatureCollection', features };
}

/** Land-grid units within `widthM` of any of the lines: a candidate area for site suggestion. */
export function unitsInCorridor(grid: LandGrid, lines: MetroLines, lineIds: readonly string[], widthM: number): Int32Array {
  const hit = new Uint8Array(grid.size);
  for (const lineId of lineIds) {
    for (const run of runsOf(lines, lineId)) {
      const c = run.geometry.coordinates;
      for (let i = 0; i + 1 < c.length; i++) {
        const [x0, y0] = c[i] as [number, number];
        const [x1, y1] = c[i + 1] as [number, number];
        const half = distanceM(x0, y0, x1, y1) / 2;
        // Every point within widthM of the segment is within half + widthM of its midpoint.
        grid.index.within((x0 + x1) / 2, (y0 + y1) / 2, half + widthM, (u) => {
          if (!hit[u] && pointToLineM(grid.lon[u]!, grid.lat[u]!, [c[i]!, c[i + 1]!]) <= widthM) hit[u] = 1;
        });
      }
    }
  }
  const out: number[] = [];
  hit.forEach((h, u) => h && out.push(u));
  return Int32Array.from(out);
}
