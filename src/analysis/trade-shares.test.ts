import { describe, expect, it } from 'vitest';
import { offset, ORIGIN, rectDistrict, testGrid } from './fixtures.ts';
import { tradeCoverage } from './trade-coverage.ts';
import { completeSharesOf, discRingsArea, equalDiscsUnionArea, rowsByTrade, tradeShares } from './trade-shares.ts';
import { BASIC_TRADES, TRADES, tradeCode } from './trades.ts';
import { unionAreaInRings } from './union-area.ts';

const square = { verts: new Float64Array([-200, -200, 200, -200, 200, 200, -200, 200]), vertStart: [0, 4], ringFrom: 0, ringTo: 1 };
/** A square with a square hole (the hole's ring wound the other way). */
const holed = { verts: new Float64Array([-200, -200, 200, -200, 200, 200, -200, 200, -50, -50, -50, 50, 50, 50, 50, -50]), vertStart: [0, 4, 8], ringFrom: 0, ringTo: 2 };

let seed = 11;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);

describe('exact areas used by coverage by trade', () => {
  it('disc ∩ polygon in closed form equals the engine’s exact union for one circle (holes included)', () => {
    for (const ring of [square, holed]) {
      for (let k = 0; k < 40; k++) {
        const c = { x: (rnd() - 0.5) * 1200, y: (rnd() - 0.5) * 1200, r: 100 + rnd() * 600 };
        expect(discRingsArea(c, ring)).toBeCloseTo(unionAreaInRings([c], ring), 6);
      }
    }
    // known by hand: a 100 m circle in the middle of the square, hole excluded: π·100² − 100²
    expect(discRingsArea({ x: 0, y: 0, r: 100 }, holed)).toBeCloseTo(Math.PI * 1e4 - 1e4, 6);
  });

  it('the equal-radius union equals the engine’s exact union', () => {
    for (const ring of [square, holed]) {
      for (let k = 0; k < 60; k++) {
        const n = 2 + (k % 5);
        const xs = Array.from({ length: n }, () => (rnd() - 0.5) * 1600), ys = Array.from({ length: n }, () => (rnd() - 0.5) * 1600);
        const r = 300 + rnd() * 500;
        expect(equalDiscsUnionArea(xs, ys, n, r, ring)).toBeCloseTo(unionAreaInRings(xs.map((x, i) => ({ x, y: ys[i]!, r })), ring), 5);
      }
    }
  });
});

describe('coverage by trade in one pass per trade', () => {
  // Two 街道 4 km apart; 600 outlets of the ten trades and "other", some stacked on one spot.
  const grid = testGrid([rectDistrict('a', ORIGIN, 4000, 3000, 120_000), rectDistrict('b', offset(4500, 500), 3000, 3000, 90_000)]);
  const n = 600;
  const lon = new Float64Array(n), lat = new Float64Array(n), trade = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const [x, y] = i % 50 === 0 ? offset(100, 100) : offset((rnd() - 0.3) * 8000, (rnd() - 0.5) * 5000);
    lon[i] = x;
    lat[i] = y;
    trade[i] = i % 40 === 0 ? tradeCode('convenience') : Math.floor(rnd() * TRADES.length);
  }
  const r = 769;

  it('gives the engine’s shares (one CoverageIndex per trade) and the same completeness, unit by unit', () => {
    const ref = tradeCoverage(grid, { outlets: [{ lon, lat, trade }], radiusM: r });
    const rows = rowsByTrade([{ lon, lat, trade }], TRADES.length);
    const fast = BASIC_TRADES.map((t) => tradeShares(grid, r, [{ lon, lat, rows: rows[0]![tradeCode(t)]! }]));
    let partial = 0;
    fast.forEach((f, k) => {
      expect(f.outlets).toBe(ref.perTrade[k]!.outlets);
      for (let u = 0; u < grid.size; u++) expect(f.share[u]).toBeCloseTo(ref.unitShares[k]![u]!, 9);
      partial += f.partialUnit.length;
    });
    expect(partial).toBeGreaterThan(50); // the exact paths were exercised, not only whole/empty units
    const complete = completeSharesOf(grid, fast);
    for (let u = 0; u < grid.size; u++) expect(complete[u]).toBeCloseTo(ref.completeShares[u]!, 9);
    expect(complete.some((s) => s > 0 && s < 1)).toBe(true);
  });

  it('takes outlets from several datasets together and skips rows without finite coordinates', () => {
    const rows = rowsByTrade([{ lon, lat, trade }], TRADES.length)[0]![tradeCode('convenience')]!;
    const half = Math.floor(rows.length / 2);
    const one = tradeShares(grid, r, [{ lon, lat, rows }]);
    const split = tradeShares(grid, r, [
      { lon, lat, rows: rows.subarray(0, half) },
      { lon: [...lon, NaN], lat: [...lat, 0], rows: Int32Array.from([...rows.subarray(half), n]) },
    ]);
    expect(split.outlets).toBe(one.outlets);
    for (let u = 0; u < grid.size; u++) expect(split.share[u]).toBeCloseTo(one.share[u]!, 12);
  });
});
