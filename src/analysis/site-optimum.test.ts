import { describe, expect, it } from 'vitest';
import { CoverageIndex } from './coverage.ts';
import { solveOptimum } from './highs-solve.ts';
import { buildOptimumModel, readOptimum, unitSamples } from './site-optimum.ts';
import { candidateUnits, suggestSites } from './site-suggestion.ts';
import { offset, rectDistrict, testGrid, type TestArea } from './fixtures.ts';

// Four islands in one district, 5 km apart: the optimum for k = 2 is the two most populous.
const inD = (a: TestArea): TestArea => ({ ...a, properties: { ...a.properties, district: 'd', population_2020: 18000 } });
const grid = testGrid([0, 5000, 10000, 15000].map((e, i) => inD(rectDistrict(`i${i}`, offset(e, 0), 400 + 300 * i, 400, 18000))));

describe('exact optimum (HiGHS) of the maximal covering problem', () => {
  it('samples each unit on its land', () => {
    const pts = unitSamples(grid, 0);
    expect(pts.length).toBeGreaterThan(0);
    for (const [x, y] of pts) expect(Math.hypot(x, y)).toBeLessThanOrEqual(grid.reachM[0]! + 1e-9);
  });

  it('finds the known optimum, and scores the greedy in the same model', async () => {
    const idx = new CoverageIndex(grid, 769);
    idx.setNodes([]);
    const area = { kind: 'district' as const, districtId: 'd' };
    const cands = candidateUnits(idx, area);
    const greedy = suggestSites(idx, cands, 2, { area });
    const unitOf = new Map([...cands].map((u) => [`${grid.lon[u]},${grid.lat[u]}`, u]));
    const model = buildOptimumModel(idx, cands, 2, greedy.sites.map((s) => unitOf.get(`${s.lon},${s.lat}`)!));
    const sol = await solveOptimum(model.lp, { timeLimitS: 30 });
    const r = readOptimum(grid, model, sol);
    expect(r.status).toBe('Optimal');
    expect(r.sites.map((s) => s.jiedao).sort()).toEqual(['i2', 'i3']); // the largest islands hold the most people
    expect(r.greedyShare).toBeCloseTo(1, 6);
    expect(r.optimumPopulation / greedy.sites.reduce((s, x) => s + x.gainPopulation, 0)).toBeCloseTo(1, 1);
    expect(() => buildOptimumModel(idx, cands, 11, [])).toThrow(/k must be/);
  });
});
