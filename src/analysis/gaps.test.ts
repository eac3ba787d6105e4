import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { CoverageIndex } from './coverage.ts';
import { coveredPolygon, gapPolygons } from './gaps.ts';
import { buildLandGrid } from './land-grid.ts';
import { offset, rectDistrict } from './fixtures.ts';

describe('gap polygons', () => {
  const g = buildLandGrid([rectDistrict('w', offset(-1500, 0), 3000, 3000, 1000), rectDistrict('e', offset(1500, 0), 3000, 3000, 1000)]);
  const idx = new CoverageIndex(g, 1000);
  const [lon, lat] = offset(-1500, 0);
  idx.setNodes([{ id: 'a', lon, lat }]);

  it('draws the uncovered cells per district, filterable by district', () => {
    const all = gapPolygons(idx);
    expect(all.features.map((f) => f.properties.district)).toEqual(['w', 'e']);
    const west = gapPolygons(idx, ['w']).features;
    expect(west).toHaveLength(1);
    const summary = idx.summary().districts[0]!;
    expect(west[0]!.properties.uncoveredKm2).toBeCloseTo(summary.uncoveredKm2, 9);
    // The node's own cell is covered, so it is not inside the gap; a far corner is.
    expect(booleanPointInPolygon([lon, lat], west[0]!)).toBe(false);
    expect(booleanPointInPolygon(offset(-2900, 1400), west[0]!)).toBe(true);
  });

  it('draws covered cells as one dissolved hexagon outline', () => {
    const covered = coveredPolygon(idx);
    expect(covered.properties.cells).toBeGreaterThan(25);
    expect(covered.geometry.coordinates).toHaveLength(1);
    expect(booleanPointInPolygon([lon, lat], covered)).toBe(true);
  });
});
