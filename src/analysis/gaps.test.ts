import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { CoverageIndex } from './coverage.ts';
import { coveredPolygon, gapPolygons } from './gaps.ts';
import { offset, rectDistrict, testGrid } from './fixtures.ts';

describe('gap polygons', () => {
  const g = testGrid([rectDistrict('w', offset(-1500, 0), 3000, 3000, 1000), rectDistrict('e', offset(1500, 0), 3000, 3000, 1000)]);
  const idx = new CoverageIndex(g, 1000);
  const [lon, lat] = offset(-1500, 0);
  idx.setNodes([{ id: 'a', lon, lat }]);

  it('draws the uncovered land per 街道, named, filterable by district or 街道, never beyond the land', () => {
    const all = gapPolygons(idx);
    expect(all.features.map((f) => [f.properties.jiedao, f.properties.district, f.properties.name_zh])).toEqual([['w', 'w', 'w'], ['e', 'e', 'e']]);
    const west = gapPolygons(idx, ['w']).features;
    expect(west).toHaveLength(1);
    const summary = idx.summary().jiedao.find((j) => j.id === 'w')!;
    expect(west[0]!.properties.uncoveredKm2).toBeCloseTo(summary.uncoveredKm2, 9);
    expect(west[0]!.properties.uncoveredPopulation).toBeCloseTo(summary.uncoveredPopulation, 6);
    // Clipped at the district's edge: nothing outside the 3 km square.
    for (const poly of west[0]!.geometry.coordinates) for (const [lon] of poly[0]!) expect(lon!).toBeGreaterThanOrEqual(offset(-3000, 0)[0] - 1e-9);
    // The node's own cell is covered, so it is not inside the gap; a far corner is.
    expect(booleanPointInPolygon([lon, lat], west[0]!)).toBe(false);
    expect(booleanPointInPolygon(offset(-2900, 1400), west[0]!)).toBe(true);
  });

  it('draws covered cells as one dissolved hexagon outline', () => {
    const covered = coveredPolygon(idx);
    expect(covered.properties.cells).toBeGreaterThan(25);
    expect(covered.geometry.coordinates.length).toBeGreaterThanOrEqual(1);
    expect(booleanPointInPolygon([lon, lat], covered)).toBe(true);
  });
});
