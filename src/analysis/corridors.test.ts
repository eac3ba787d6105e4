import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { corridorPolygons, corridorReport, unitsInCorridor, type MetroLines, type MetroStations, type PlacePoint } from './corridors.ts';
import { offset, rectDistrict, testGrid } from './fixtures.ts';
import { pointToLineM } from './geo.ts';

// An L-shaped line "4" (3 km east, then 2 km north) with three stations, and a short line "9".
const lines: MetroLines = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { line_id: '4', name_zh: '4号线', cited_in_plan: true, geometry_quality: 'track' }, geometry: { type: 'LineString', coordinates: [offset(0, 0), offset(3000, 0)] } },
    { type: 'Feature', properties: { line_id: '4', name_zh: '4号线', cited_in_plan: true, geometry_quality: 'schematic' }, geometry: { type: 'LineString', coordinates: [offset(3000, 0), offset(3000, 2000)] } },
    { type: 'Feature', properties: { line_id: '9', name_zh: '9号线', cited_in_plan: false }, geometry: { type: 'LineString', coordinates: [offset(0, 5000), offset(1000, 5000)] } },
  ],
};
const station = (id: string, e: number, n: number, ls: string[]) => ({
  type: 'Feature' as const, properties: { id, name_zh: id, lines: ls }, geometry: { type: 'Point' as const, coordinates: offset(e, n) },
});
const stations: MetroStations = {
  type: 'FeatureCollection',
  features: [station('st-a', 0, 0, ['4']), station('st-b', 3000, 0, ['4']), station('st-c', 3000, 2000, ['4']), station('st-d', 500, 5000, ['9'])],
};
const place = (id: string, e: number, n: number): PlacePoint => {
  const [lon, lat] = offset(e, n);
  return { id, name_zh: id, lon, lat };
};
// in: 400 m south of the first leg; corner: inside the bend; far: 900 m away; near9: by line 9.
const places = [place('in', 1000, -400), place('corner', 2600, 300), place('far', 1500, 900), place('near9', 200, 5300)];

describe('metro corridors', () => {
  it('puts places within the width in the corridor, with the nearest station of that line', () => {
    const r = corridorReport(lines, stations, places, ['4', '9', 'longda'], 500);
    const l4 = r.lines.find((l) => l.lineId === '4')!;
    expect(l4.places.map((p) => p.placeId)).toEqual(['corner', 'in']);
    expect(l4.places[1]!.distanceToLineM).toBeCloseTo(400, 0);
    expect(l4.places[1]!.nearestStation?.id).toBe('st-a');
    expect(l4.places[0]!.nearestStation?.id).toBe('st-b');
    expect(l4).toMatchObject({ cited: true, stationCount: 3, placeShare: 0.5 });
    expect(l4.lengthKm).toBeCloseTo(5, 2);
    expect(l4.schematicKm).toBeCloseTo(2, 2);
    expect(r.lines.find((l) => l.lineId === '9')).toMatchObject({ cited: false, stationCount: 1, placeShare: 0.25 });
    expect(r.unavailable).toEqual([{ lineId: 'longda', name_zh: '龙大城际', name_en: 'Longda Intercity', cited: true }]);
    expect([r.placesServed, r.placesTotal, r.servedShare]).toEqual([3, 4, 0.75]);
  });

  it('widens with the width and agrees with the drawn buffer', () => {
    expect(corridorReport(lines, stations, places, ['4'], 1000).lines[0]!.places).toHaveLength(3);
    const poly = corridorPolygons(lines, ['4'], 500).features[0]!;
    expect(poly.properties).toEqual({ lineId: '4', cited: true });
    for (const p of places) {
      const inside = booleanPointInPolygon([p.lon, p.lat], poly);
      expect(inside, p.id).toBe(['in', 'corner'].includes(p.id));
    }
  });

  it('selects land units within the corridor as a candidate area', () => {
    const g = testGrid([rectDistrict('d', offset(1500, 0), 5000, 3000, 1000)]);
    const units = unitsInCorridor(g, lines, ['4'], 300);
    const runs = lines.features.filter((f) => f.properties.line_id === '4').map((f) => f.geometry.coordinates);
    const dist = (u: number) => Math.min(...runs.map((c) => pointToLineM(g.lon[u]!, g.lat[u]!, c)));
    expect(units.length).toBeGreaterThan(20);
    for (const u of units) expect(dist(u)).toBeLessThanOrEqual(300);
    const inside = new Set(units);
    for (let u = 0; u < g.size; u++) if (!inside.has(u)) expect(dist(u)).toBeGreaterThan(300);
  });
});
