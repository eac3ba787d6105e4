import { describe, expect, it } from 'vitest';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { polygonToCells } from 'h3-js';
import type { Polygon } from 'geojson';
import { buildLandGrid, type DistrictFeature } from './land-grid.ts';
import { offset, ORIGIN, rectDistrict } from './fixtures.ts';

const sum = (a: Float64Array, from = 0, to = a.length) => a.subarray(from, to).reduce((s, x) => s + x, 0);

/** A 3 km square with a 4 km arm 80 m wide running east: far thinner than a res-9 cell (≈ 350 m). */
function armDistrict(): DistrictFeature {
  const ring = [[-1500, -1500], [1500, -1500], [1500, -40], [5500, -40], [5500, 40], [1500, 40], [1500, 1500], [-1500, 1500], [-1500, -1500]]
    .map(([e, n]) => offset(e!, n!));
  return { type: 'Feature', properties: { id: 'arm', name_zh: '臂', name_en: 'arm', population_2020: 1000 }, geometry: { type: 'Polygon', coordinates: [ring] } };
}

describe('buildLandGrid', () => {
  it('has exactly the polygon area and population, split by clipped land', () => {
    const d = rectDistrict('sq', ORIGIN, 4100, 3300, 50000);
    const g = buildLandGrid([d]);
    expect(sum(g.areaKm2) / (area(d) / 1e6)).toBeCloseTo(1, 4);
    expect(g.districts[0]!.landKm2).toBeCloseTo(sum(g.areaKm2), 9);
    expect(sum(g.pop)).toBeCloseTo(50000, 6);
    const partial = [...g.landFraction].filter((f) => f < 0.999);
    expect(partial.length).toBeGreaterThan(20); // the edge cells, clipped rather than dropped or kept whole
  });

  it('keeps the land of a thin arm that centre containment loses', () => {
    const d = armDistrict();
    const arm = d.geometry.coordinates[0]!.slice(2, 6);
    const armPoly = { type: 'Polygon', coordinates: [[...arm, arm[0]!]] } as Polygon;
    const h3Cells = polygonToCells(armPoly.coordinates, 9, true).length;
    const g = buildLandGrid([d]);
    const inArm = [...g.lon].filter((lon, i) => lon > offset(1600, 0)[0] && booleanPointInPolygon([lon, g.lat[i]!], d)).length;
    expect(sum(g.areaKm2) / (area(d) / 1e6)).toBeCloseTo(1, 4);
    expect(h3Cells).toBeLessThan(3);
    expect(inArm).toBeGreaterThanOrEqual(10); // ≈ 4 km ÷ 350 m; every sample point is on the arm's land
  });

  it('splits a cell on a shared border between both districts by fraction', () => {
    const west = rectDistrict('w', offset(-1000, 0), 2000, 2000, 1000);
    const east = rectDistrict('e', offset(1000, 0), 2000, 2000, 3000);
    const g = buildLandGrid([west, east]);
    const byCell = new Map<string, number[]>();
    g.cell.forEach((c, i) => byCell.set(c, [...(byCell.get(c) ?? []), i]));
    const shared = [...byCell.values()].filter((units) => units.length === 2);
    expect(shared.length).toBeGreaterThan(5);
    for (const [a, b] of shared) {
      expect(g.district[a!]).not.toBe(g.district[b!]);
      // Each sample point lies on its own side of the border.
      const [w, e] = g.district[a!] === 0 ? [a!, b!] : [b!, a!];
      expect(g.lon[w]!).toBeLessThanOrEqual(ORIGIN[0] + 1e-9);
      expect(g.lon[e]!).toBeGreaterThanOrEqual(ORIGIN[0] - 1e-9);
    }
    const [dw, de] = g.districts;
    expect(sum(g.pop, dw!.unitStart, dw!.unitEnd)).toBeCloseTo(1000, 6);
    expect(sum(g.pop, de!.unitStart, de!.unitEnd)).toBeCloseTo(3000, 6);
    expect(dw!.landKm2).toBeCloseTo(4, 2);
  });
});
