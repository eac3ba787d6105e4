import { describe, expect, it } from 'vitest';
import { offset, ORIGIN, rectDistrict, testGrid } from './fixtures.ts';
import { tradeCoverage, type OutletPoints } from './trade-coverage.ts';
import { tradeCode, type BasicTrade } from './trades.ts';

/** Outlets at (east, north) metres from the fixture origin, each with a trade. */
function outlets(list: [BasicTrade, number, number][]): OutletPoints {
  const pts = list.map(([t, e, n]) => [tradeCode(t), ...offset(e, n)] as const);
  return { trade: pts.map((p) => p[0]), lon: pts.map((p) => p[1]), lat: pts.map((p) => p[2]) };
}

/** Lens of two circles of radius r whose centres are d apart: 2r²·acos(d/2r) − (d/2)·√(4r² − d²). */
const lens = (r: number, d: number) => 2 * r * r * Math.acos(d / (2 * r)) - (d / 2) * Math.sqrt(4 * r * r - d * d);

describe('completeness: the population reaching every chosen trade', () => {
  // One 6 × 6 km 街道 of 360,000 residents spread evenly (no WorldPop samples): 10,000 per km².
  const grid = testGrid([rectDistrict('sq', ORIGIN, 6000, 6000, 360_000)]);
  const r = 1000;
  const shop = outlets([['convenience', -500, 0], ['supermarket', 500, 0]]);

  it('is the lens where a convenience store’s and a supermarket’s circles overlap — known by hand', () => {
    const res = tradeCoverage(grid, { outlets: [shop], trades: ['convenience', 'supermarket'], radiusM: r });
    // by hand: lens(1000 m, 1000 m) = 1.2284 km² → 12,284 of 360,000 residents (3.41 %)
    const expected = (lens(r, 1000) / 36e6) * 360_000;
    expect(expected).toBeCloseTo(12_283.7, 0);
    expect(res.completeness.city.coveredPopulation).toBeGreaterThan(expected * 0.99);
    expect(res.completeness.city.coveredPopulation).toBeLessThan(expected * 1.01);
    // each trade alone: one full circle, π km² → 31,416 residents
    for (const t of res.perTrade) expect(t.summary.city.coveredPopulation / (Math.PI * 1e6 * 0.01)).toBeCloseTo(1, 2);
  });

  it('is 0 when one chosen trade has no outlet at all, and unchanged by a trade that reaches everywhere', () => {
    expect(tradeCoverage(grid, { outlets: [shop], trades: ['convenience', 'supermarket', 'pharmacy'], radiusM: r }).completeness.city.coveredPopulation).toBe(0);
    const lattice: [BasicTrade, number, number][] = [];
    for (let e = -3000; e <= 3000; e += 500) for (let n = -3000; n <= 3000; n += 500) lattice.push(['parcel', e, n]);
    const withParcels = tradeCoverage(grid, { outlets: [shop, outlets(lattice)], trades: ['convenience', 'supermarket', 'parcel'], radiusM: r });
    expect(withParcels.perTrade[2]!.summary.city.popShare).toBeCloseTo(1, 6);
    const without = tradeCoverage(grid, { outlets: [shop], trades: ['convenience', 'supermarket'], radiusM: r });
    expect(withParcels.completeness.city.coveredPopulation).toBeCloseTo(without.completeness.city.coveredPopulation, 3);
  });

  it('never exceeds the least covered trade, per 街道', () => {
    const res = tradeCoverage(grid, { outlets: [shop, outlets([['convenience', 2500, 2500]])], trades: ['convenience', 'supermarket'], radiusM: r });
    const min = Math.min(...res.perTrade.map((t) => t.summary.jiedao[0]!.coveredPopulation));
    expect(res.completeness.jiedao[0]!.coveredPopulation).toBeLessThanOrEqual(min + 1e-6);
  });

  it('counts per 街道: outlets in one 街道 cover nothing of a 街道 10 km away', () => {
    const two = testGrid([rectDistrict('west', ORIGIN, 3000, 3000, 90_000), rectDistrict('east', offset(10_000, 0), 3000, 3000, 90_000)]);
    const res = tradeCoverage(two, { outlets: [shop], trades: ['convenience', 'supermarket'], radiusM: r });
    const [west, east] = res.completeness.jiedao;
    expect(west!.coveredPopulation).toBeCloseTo((lens(r, 1000) / 9e6) * 90_000, -2);
    expect(east!.coveredPopulation).toBe(0);
  });

  it('uses a population dataset instead of the model when given one', () => {
    const pop = new Float64Array(grid.size);
    pop[0] = 1000; // everyone lives in one unit
    const res = tradeCoverage(grid, { outlets: [shop], trades: ['convenience'], radiusM: r, pop });
    expect(res.perTrade[0]!.summary.city.population).toBe(1000);
  });
});

describe('a population dataset as demand', () => {
  it('puts a point’s people on the unit under it and a polygon’s people on the units inside it; people at sea are reported', async () => {
    const { demandFrom } = await import('./population-demand.ts');
    const grid = testGrid([rectDistrict('sq', ORIGIN, 6000, 6000, 360_000)]);
    const [x0, y0] = offset(-2000, -2000);
    const [x1, y1] = offset(0, 0);
    const poly = { coords: [x0, y0, x1, y0, x1, y1, x0, y1, x0, y0], ringStart: [0, 5], polygonStart: [0, 1], rowStart: [0, 0, 1, 1] };
    const sea = offset(20_000, 0);
    const d = demandFrom(grid, { lon: [ORIGIN[0], (x0 + x1) / 2, sea[0]], lat: [ORIGIN[1], (y0 + y1) / 2, sea[1]], population: [500, 4000, 70], polygons: poly });
    expect(d.total).toBe(4570);
    expect(d.unplaced).toBe(70);
    expect(d.pop.reduce((s, v) => s + v, 0)).toBeCloseTo(4500, 6);
    const spread = [...d.pop].filter((v) => v > 0).length;
    expect(spread).toBeGreaterThan(20); // 4 km² of polygon over ≈ 40 cells of 0.1 km²
  });
});
