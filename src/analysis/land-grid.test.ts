import { describe, expect, it } from 'vitest';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { polygonToCells } from 'h3-js';
import type { Polygon } from 'geojson';
import { cellIds, h3FromHalves, h3Halves } from './land-grid.ts';
import { offset, ORIGIN, rectDistrict, testGrid, type TestArea } from './fixtures.ts';

const sum = (a: Float64Array, from = 0, to = a.length) => a.subarray(from, to).reduce((s, x) => s + x, 0);

/** A 3 km square with a 4 km arm 80 m wide running east: far thinner than a res-9 cell (≈ 350 m). */
function armArea(): TestArea {
  const ring = [[-1500, -1500], [1500, -1500], [1500, -40], [5500, -40], [5500, 40], [1500, 40], [1500, 1500], [-1500, 1500], [-1500, -1500]]
    .map(([e, n]) => offset(e!, n!));
  return { ...rectDistrict('arm', ORIGIN, 1, 1, 1000), geometry: { type: 'Polygon', coordinates: [ring] } };
}

describe('buildLandGrid (cells clipped to the 街道)', () => {
  it('has exactly the polygon area and population, split by clipped land', () => {
    const d = rectDistrict('sq', ORIGIN, 4100, 3300, 50000);
    const g = testGrid([d]);
    expect(sum(g.areaKm2) / (area(d) / 1e6)).toBeCloseTo(1, 4);
    expect(g.jiedao[0]!.landKm2).toBeCloseTo(sum(g.areaKm2), 9);
    expect(g.districts[0]!.landKm2).toBeCloseTo(sum(g.areaKm2), 9);
    expect(sum(g.pop)).toBe(50000);
    // Each unit's stored polygon has its land area (edge cells clipped rather than dropped or kept whole).
    for (let u = 0; u < g.size; u++) expect(g.ringAreaM2[u]! / (g.areaKm2[u]! * 1e6)).toBeCloseTo(1, 3);
    expect([...g.areaKm2].filter((a) => a < 0.1).length).toBeGreaterThan(20);
  });

  it('keeps the land of a thin arm that centre containment loses', () => {
    const d = armArea();
    const arm = (d.geometry as Polygon).coordinates[0]!.slice(2, 6);
    const h3Cells = polygonToCells([[...arm, arm[0]!]], 9, true).length;
    const g = testGrid([d]);
    const inArm = [...g.lon].filter((lon, i) => lon > offset(1600, 0)[0] && booleanPointInPolygon([lon, g.lat[i]!], d)).length;
    expect(sum(g.areaKm2) / (area(d) / 1e6)).toBeCloseTo(1, 4);
    expect(h3Cells).toBeLessThan(3);
    expect(inArm).toBeGreaterThanOrEqual(10); // ≈ 4 km ÷ 350 m; every sample point is on the arm's land
  });

  it('splits a cell on a border between two 街道 by their land, and groups units by 街道 and district', () => {
    const west = { ...rectDistrict('w', offset(-1000, 0), 2000, 2000, 4000), properties: { ...rectDistrict('w', ORIGIN, 1, 1, 4000).properties, district: 'd' } };
    const east = { ...rectDistrict('e', offset(1000, 0), 2000, 2000, 4000), properties: { ...rectDistrict('e', ORIGIN, 1, 1, 4000).properties, district: 'd' } };
    const g = testGrid([east, west]);
    expect(g.jiedao.map((j) => j.id)).toEqual(['e', 'w']);
    expect(g.districts).toHaveLength(1);
    expect([g.districts[0]!.unitStart, g.districts[0]!.unitEnd]).toEqual([0, g.size]);
    const ids = cellIds(g);
    const byCell = new Map<string, number[]>();
    ids.forEach((c, i) => byCell.set(c, [...(byCell.get(c) ?? []), i]));
    const shared = [...byCell.values()].filter((units) => units.length === 2);
    expect(shared.length).toBeGreaterThan(5);
    for (const [a, b] of shared) {
      expect(g.jiedaoOf[a!]).not.toBe(g.jiedaoOf[b!]);
      const [w, e] = g.jiedao[g.jiedaoOf[a!]!]!.id === 'w' ? [a!, b!] : [b!, a!];
      expect(g.lon[w]!).toBeLessThanOrEqual(ORIGIN[0] + 1e-9);
      expect(g.lon[e]!).toBeGreaterThanOrEqual(ORIGIN[0] - 1e-9);
    }
    expect(g.jiedao[1]!.landKm2).toBeCloseTo(4, 2);
    expect(g.jiedao[0]!.population + g.jiedao[1]!.population).toBe(4000);
  });

  it('gives a district without 街道 (深汕) no units but keeps its census population', () => {
    const g = testGrid([rectDistrict('a', ORIGIN, 2000, 2000, 100), rectDistrict('hull', offset(0, 9000), 3000, 3000, 77, true)]);
    const hull = g.districts.find((d) => d.id === 'hull')!;
    expect(hull).toMatchObject({ hasGrid: false, approximate: true, population: 77, unitStart: 0, unitEnd: 0 });
  });

  it('h3 ids round-trip through their two 32-bit halves', () => {
    const [c] = polygonToCells([[[22.55, 114.05], [22.56, 114.05], [22.56, 114.06], [22.55, 114.06]]], 9);
    expect(h3FromHalves(...h3Halves(c!))).toBe(c);
  });
});
