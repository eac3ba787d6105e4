import { describe, expect, it } from 'vitest';
import { coveredShares, intersectionShares } from './coverage-state.ts';
import { offset, ORIGIN, rectDistrict, testGrid } from './fixtures.ts';

const n = (id: string, e: number, north: number) => {
  const [lon, lat] = offset(e, north);
  return { id, lon, lat };
};
const km2 = (g: ReturnType<typeof testGrid>, share: Float64Array) => share.reduce((s, x, u) => s + x * g.areaKm2[u]!, 0);

describe('covered state for arbitrary node sets (trade coverage, completeness)', () => {
  const g = testGrid([rectDistrict('sq', ORIGIN, 6000, 6000, 36000)]);
  it('one group is its coverage; two overlapping groups give the exact lens', () => {
    const a = [n('a', -300, 0)], b = [n('b', 300, 0)];
    expect(intersectionShares(g, [{ nodes: a, radiusM: 500 }])).toEqual(coveredShares(g, a, 500));
    const lens = km2(g, intersectionShares(g, [{ nodes: a, radiusM: 500 }, { nodes: b, radiusM: 500 }]));
    // Two 500 m discs 600 m apart overlap by 2r²acos(d/2r) − (d/2)√(4r² − d²).
    const exact = (2 * 500 ** 2 * Math.acos(600 / 1000) - 300 * Math.sqrt(4 * 500 ** 2 - 600 ** 2)) / 1e6;
    expect(lens / exact).toBeCloseTo(1, 4);
  });
  it('completeness never exceeds the coverage of any one trade, and is 0 where a trade is absent', () => {
    const trades = [[n('a', 0, 0), n('a2', 1500, 0)], [n('b', 200, 100)], []];
    const both = intersectionShares(g, trades.slice(0, 2).map((nodes) => ({ nodes, radiusM: 769 })));
    const one = coveredShares(g, trades[1]!, 769);
    for (let u = 0; u < g.size; u++) expect(both[u]!).toBeLessThanOrEqual(one[u]! + 1e-12);
    expect(km2(g, intersectionShares(g, trades.map((nodes) => ({ nodes, radiusM: 769 }))))).toBe(0);
  });
});
