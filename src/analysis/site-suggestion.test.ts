import { describe, expect, it } from 'vitest';
import { CoverageIndex } from './coverage.ts';
import { candidateUnits, suggestSites } from './site-suggestion.ts';
import { offset, rectDistrict, testGrid } from './fixtures.ts';

// Four 400 m islands 5 km apart with known populations. A 1 km circle anywhere on an island covers
// all of it and nothing else, so the optimum for any k is the k most populous uncovered islands.
const islands = [['a', 0, 3000], ['b', 5000, 8000], ['c', 10000, 2000], ['d', 15000, 5000]] as const;
const grid = testGrid(islands.map(([id, e, pop]) => rectDistrict(id, offset(e, 0), 400, 400, pop)));
const allUnits = Int32Array.from({ length: grid.size }, (_, u) => u);

describe('suggestSites (greedy maximal coverage)', () => {
  it('finds the known optimum, ranked by marginal gain', () => {
    const idx = new CoverageIndex(grid, 1000);
    const sites = suggestSites(idx, allUnits, 3).sites;
    expect(sites.map((s) => s.district)).toEqual(['b', 'd', 'a']);
    expect(sites.map((s) => s.rank)).toEqual([1, 2, 3]);
    sites.forEach((s, i) => expect(s.gainPopulation).toBeCloseTo([8000, 5000, 3000][i]!, 3));
    expect(sites[0]!.gainKm2).toBeCloseTo(0.16, 3);
  });

  it('holds existing nodes fixed and only adds what they miss', () => {
    const idx = new CoverageIndex(grid, 1000);
    const [lon, lat] = offset(5000, 0);
    idx.setNodes([{ id: 'existing', lon, lat }]);
    const sites = suggestSites(idx, candidateUnits(idx, { kind: 'uncovered' }), 2).sites;
    expect(sites.map((s) => s.district)).toEqual(['d', 'a']);
  });

  it('stays inside the candidate area and stops when nothing more can be gained', () => {
    const idx = new CoverageIndex(grid, 1000);
    const inC = suggestSites(idx, candidateUnits(idx, { kind: 'district', districtId: 'c' }), 5).sites;
    expect(inC.map((s) => s.district)).toEqual(['c']);
    expect(suggestSites(idx, allUnits, 50).sites).toHaveLength(4);
  });

  it('reports gains that the coverage index then shows, and does not modify it', () => {
    const g2 = testGrid([rectDistrict('big', offset(0, 0), 4000, 4000, 16000)]);
    const idx = new CoverageIndex(g2, 500);
    idx.setNodes([{ id: 'x', lon: offset(-1000, -1000)[0], lat: offset(-1000, -1000)[1] }]);
    const before = idx.summary().districts[0]!.coveredPopulation;
    const sites = suggestSites(idx, Int32Array.from({ length: g2.size }, (_, u) => u), 4).sites;
    expect(idx.summary().districts[0]!.coveredPopulation).toBe(before);
    for (let i = 1; i < sites.length; i++) expect(sites[i]!.gainPopulation).toBeLessThanOrEqual(sites[i - 1]!.gainPopulation);
    sites.forEach((s) => idx.addNode({ id: `s${s.rank}`, lon: s.lon, lat: s.lat }));
    const total = sites.reduce((s, x) => s + x.gainPopulation, 0);
    expect(idx.summary().districts[0]!.coveredPopulation - before).toBeCloseTo(total, 6); // exactly the promised gain
  });
});
