import { describe, expect, it } from 'vitest';
import area from '@turf/area';
import type { Feature, Polygon } from 'geojson';
import { CoverageIndex, type CoverageNode } from './coverage.ts';
import { offset, ORIGIN, rectDistrict, testGrid, type TestArea } from './fixtures.ts';
import { coveredKm2Per, unionOfCircles } from './reference-union.ts';

const node = (id: string, e: number, n: number): CoverageNode => {
  const [lon, lat] = offset(e, n);
  return { id, lon, lat };
};

/** A coastal 街道: a bay bites in, a thin headland sticks out. */
const coast: TestArea = {
  ...rectDistrict('coast', ORIGIN, 1, 1, 50000),
  geometry: {
    type: 'Polygon',
    coordinates: [[[-3000, -2500], [3000, -2500], [3000, 2500], [400, 2500], [400, 600], [-900, 600], [-900, 2500],
      [-1300, 2500], [-1300, 4200], [-1450, 4200], [-1450, 2500], [-3000, 2500], [-3000, -2500]].map(([e, n]) => offset(e!, n!))],
  },
};
const coastGrid = testGrid([coast]);

/** Engine covered km² against the polygon-overlay reference, for nodes of one radius. */
function compare(nodes: CoverageNode[], radiusM: number) {
  const idx = new CoverageIndex(coastGrid, radiusM);
  idx.setNodes(nodes);
  const ours = idx.summary().jiedao[0]!.coveredKm2;
  const [ref] = coveredKm2Per(unionOfCircles(nodes.map((n) => ({ ...n, radiusM }))), [coast as Feature<Polygon>]);
  return { ours, ref: ref! };
}

describe('CoverageIndex: exact union of circles on land', () => {
  it('a single node covers πr² of a large square exactly, wherever it sits relative to the cells', () => {
    const g = testGrid([rectDistrict('sq', ORIGIN, 6000, 6000, 360000)]);
    for (const r of [231, 385, 769, 1000]) {
      for (let k = 0; k < 5; k++) {
        const idx = new CoverageIndex(g, r);
        idx.setNodes([node('a', ((k * 83) % 350) - 175, ((k * 149) % 350) - 175)]);
        const s = idx.summary().jiedao[0]!;
        expect(Math.abs(s.coveredKm2 / ((Math.PI * r * r) / 1e6) - 1), `r=${r} k=${k}`).toBeLessThan(2e-4);
      }
    }
  });

  it('matches an exact polygon union on the fixtures of the issue (within 1 %; in fact < 0.2 %)', () => {
    const cases: [string, CoverageNode[], number][] = [
      ['two identical nodes', [node('a', 120, -800), node('b', 120, -800)], 231],
      ['four nodes within 60 m', [node('a', 0, 0), node('b', 40, 20), node('c', -15, 45), node('d', 30, -35)], 231],
      ['a 2 km street sampled every 250 m', Array.from({ length: 9 }, (_, i) => node(`s${i}`, -1800 + 250 * i, -1200 + 60 * i)), 385],
      ['circles over the bay, the headland and the coast', [node('a', -200, 900), node('b', -1380, 3600), node('c', 2900, -2600), node('d', 650, 1400), node('e', -2650, 1830)], 769],
    ];
    for (const [name, nodes, r] of cases) {
      const { ours, ref } = compare(nodes, r);
      expect(Math.abs(ours / ref - 1), name).toBeLessThan(2e-3);
    }
  });

  it('two identical nodes cover exactly what one does (no 1 − Π(1 − c) overstatement)', () => {
    const one = new CoverageIndex(coastGrid, 231);
    one.setNodes([node('a', 120, -800)]);
    const two = new CoverageIndex(coastGrid, 231);
    two.setNodes([node('a', 120, -800), node('b', 120, -800)]);
    expect(two.summary().city.coveredKm2).toBeCloseTo(one.summary().city.coveredKm2, 12);
  });

  it('adding, moving and removing nodes gives exactly a fresh recompute', () => {
    const nodes = Array.from({ length: 12 }, (_, i) => node(`n${i}`, ((i * 911) % 5000) - 2500, ((i * 577) % 4000) - 2000));
    const idx = new CoverageIndex(coastGrid, 500);
    idx.setNodes(nodes);
    for (let step = 0; step < 30; step++) {
      const n = nodes[step % nodes.length]!;
      [n.lon, n.lat] = offset(((step * 457) % 5000) - 2500, ((step * 331) % 2800) - 1400);
      idx.moveNode(n.id, n.lon, n.lat);
      if (step % 7 === 0) idx.summary(); // reads in between must not disturb the state
    }
    idx.removeNode('n1');
    idx.addNode(node('x', 0, 0));
    const fresh = new CoverageIndex(coastGrid, 500);
    fresh.setNodes([...nodes.filter((n) => n.id !== 'n1'), node('x', 0, 0)]);
    for (let u = 0; u < coastGrid.size; u++) expect(idx.fraction(u)).toBeCloseTo(fresh.fraction(u), 9);
    idx.setRadius(1000);
    fresh.setRadius(1000);
    expect(idx.summary()).toEqual(fresh.summary());
  });

  it('sums 街道 into districts and districts into the city; 深汕-like districts stay out of the city', () => {
    const inD = (a: TestArea, district: string): TestArea => ({ ...a, properties: { ...a.properties, district } });
    const g = testGrid([
      inD(rectDistrict('dense-1', offset(-2250, 0), 1500, 3000, 90000), 'dense'),
      inD(rectDistrict('dense-2', offset(-750, 0), 1500, 3000, 90000), 'dense'),
      rectDistrict('sparse', offset(1500, 0), 3000, 3000, 10000),
      rectDistrict('hull', offset(0, 6000), 3000, 3000, 5000, true),
    ]);
    const idx = new CoverageIndex(g, 1000);
    idx.setNodes([node('a', -1500, 0), node('h', 0, 6000)]);
    const s = idx.summary();
    expect(s.jiedao.map((j) => [j.id, j.districtId])).toEqual([['dense-1', 'dense'], ['dense-2', 'dense'], ['sparse', 'sparse']]);
    const dense = s.districts.find((d) => d.id === 'dense')!;
    expect(dense.coveredKm2).toBeCloseTo(s.jiedao[0]!.coveredKm2 + s.jiedao[1]!.coveredKm2, 9);
    expect(dense.population).toBe(90000);
    expect(s.excludedFromCity).toEqual(['hull']);
    expect(s.districts.find((d) => d.id === 'hull')).toMatchObject({ hasGrid: false, population: 5000, coveredPopulation: 0 });
    expect(s.city.landKm2).toBeCloseTo(18, 2);
    expect(s.city.population).toBe(100000);
    // All coverage sits in the dense district: 90 % of the people live on half the land.
    expect(s.city.popShare / s.city.landShare).toBeCloseTo(1.8, 2);
    expect(s.city.coveredKm2).toBeCloseTo(Math.PI, 3);
    expect(s.cityIncludingApproximate.population).toBe(105000);
    expect(s.districts[0]!.uncoveredPopulation).toBeCloseTo(dense.population - dense.coveredPopulation, 9);
  });

  it('never covers sea: a circle over the bay covers only its land', () => {
    const idx = new CoverageIndex(coastGrid, 300);
    idx.setNodes([node('bay', -250, 1500)]); // the bay is 1.3 km wide, from 600 m north
    expect(idx.summary().city.coveredKm2).toBe(0);
    expect(area(coast) / 1e6).toBeCloseTo(idx.summary().city.landKm2, 3);
  });
});
