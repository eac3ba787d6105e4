import { describe, expect, it } from 'vitest';
import area from '@turf/area';
import circle from '@turf/circle';
import intersect from '@turf/intersect';
import union from '@turf/union';
import { featureCollection } from '@turf/helpers';
import type { Feature, Polygon } from 'geojson';
import { CoverageIndex, type CoverageNode } from './coverage.ts';
import { buildLandGrid, type DistrictFeature } from './land-grid.ts';
import { offset, ORIGIN, rectDistrict } from './fixtures.ts';

describe('CoverageIndex', () => {
  it('a single node in a square district covers πr² ÷ area (within 2 %)', () => {
    const d = rectDistrict('sq', ORIGIN, 6000, 6000, 360000);
    const g = buildLandGrid([d]);
    for (const r of [300, 500, 1000]) {
      for (let k = 0; k < 8; k++) {
        // Offsets spread over a cell so the test does not pass by luck of one alignment.
        const [lon, lat] = offset(((k * 83) % 350) - 175, ((k * 149) % 350) - 175);
        const idx = new CoverageIndex(g, r);
        idx.setNodes([{ id: 'a', lon, lat }]);
        const s = idx.summary().districts[0]!;
        const expected = (Math.PI * r * r) / 1e6 / 36;
        expect(Math.abs(s.landShare / expected - 1), `r=${r} k=${k}`).toBeLessThan(0.02);
        expect(s.popShare).toBeCloseTo(s.landShare, 12); // one district: population is uniform
      }
    }
  });

  it('agrees with an exact turf union clipped to a coastal district (within 1 %)', () => {
    // A bay bites into the district and a thin headland sticks out: circles overlap each other and the sea.
    const ring = [[-3000, -2500], [3000, -2500], [3000, 2500], [400, 2500], [400, 600], [-900, 600], [-900, 2500],
      [-1300, 2500], [-1300, 4200], [-1450, 4200], [-1450, 2500], [-3000, 2500], [-3000, -2500]].map(([e, n]) => offset(e!, n!));
    const coast: DistrictFeature = {
      type: 'Feature', properties: { id: 'coast', name_zh: '海岸', name_en: 'coast', population_2020: 1 },
      geometry: { type: 'Polygon', coordinates: [ring] },
    };
    const g = buildLandGrid([coast]);
    const at = [[-200, 900], [650, 1400], [-1380, 3600], [-2100, -1700], [-1600, -900], [1200, -300], [2400, 2100],
      [137, -1320], [-2650, 1830], [900, -2200], [-1100, 300], [2900, -2600]];
    const nodes: CoverageNode[] = at.map(([e, n], i) => {
      const [lon, lat] = offset(e!, n!);
      return { id: `n${i}`, lon, lat };
    });
    const idx = new CoverageIndex(g, 500);
    idx.setNodes(nodes);
    const circles = nodes.map((n) => circle([n.lon, n.lat], 0.5, { steps: 256 }));
    const merged = union(featureCollection(circles)) as Feature<Polygon>;
    const exact = area(intersect(featureCollection([merged, coast]))!) / 1e6;
    expect(Math.abs(idx.summary().districts[0]!.coveredKm2 / exact - 1)).toBeLessThan(0.01);
  });

  it('updates incrementally to exactly what a full recompute gives', () => {
    const g = buildLandGrid([rectDistrict('a', offset(-1500, 0), 3000, 3000, 1000), rectDistrict('b', offset(1500, 0), 3000, 3000, 9000)]);
    const idx = new CoverageIndex(g, 500);
    const nodes = Array.from({ length: 6 }, (_, i) => ({ id: `n${i}`, lon: offset(i * 700 - 2000, 0)[0], lat: ORIGIN[1] }));
    idx.setNodes(nodes);
    for (let step = 0; step < 40; step++) {
      const n = nodes[step % nodes.length]!;
      [n.lon, n.lat] = offset(((step * 457) % 5000) - 2500, ((step * 331) % 2800) - 1400);
      idx.moveNode(n.id, n.lon, n.lat);
    }
    idx.removeNode('n1');
    idx.addNode({ id: 'x', lon: ORIGIN[0], lat: ORIGIN[1] });
    const fresh = new CoverageIndex(g, 500);
    fresh.setNodes([...nodes.filter((n) => n.id !== 'n1'), { id: 'x', lon: ORIGIN[0], lat: ORIGIN[1] }]);
    for (let u = 0; u < g.size; u++) expect(idx.fraction(u)).toBeCloseTo(fresh.fraction(u), 9);
    idx.setRadius(1000);
    fresh.setRadius(1000);
    expect(idx.summary()).toEqual(fresh.summary());
  });

  it('weights by population and leaves approximate outlines out of the city total', () => {
    const g = buildLandGrid([
      rectDistrict('dense', offset(-1500, 0), 3000, 3000, 90000),
      rectDistrict('sparse', offset(1500, 0), 3000, 3000, 10000),
      rectDistrict('hull', offset(0, 6000), 3000, 3000, 5000, true),
    ]);
    const idx = new CoverageIndex(g, 1000);
    idx.setNodes([{ id: 'a', lon: offset(-1500, 0)[0], lat: ORIGIN[1] }, { id: 'h', ...lonLat(offset(0, 6000)) }]);
    const s = idx.summary();
    expect(s.excludedFromCity).toEqual(['hull']);
    expect(s.city.landKm2).toBeCloseTo(18, 2);
    expect(s.city.population).toBeCloseTo(100000, 3);
    // All coverage sits in the dense district: 90 % of the people live on half the land.
    expect(s.city.popShare / s.city.landShare).toBeCloseTo(1.8, 4);
    expect(s.cityIncludingApproximate.coveredKm2).toBeGreaterThan(s.city.coveredKm2 + 3);
    expect(s.districts[0]!.uncoveredKm2).toBeCloseTo(s.districts[0]!.landKm2 - s.districts[0]!.coveredKm2, 9);
  });
});

function lonLat([lon, lat]: [number, number]) {
  return { lon, lat };
}
