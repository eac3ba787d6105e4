import { describe, expect, it } from 'vitest';
import { nodesAsOutlets } from './nodes-as-outlets.ts';
import { TradeAnalysis } from './trade-session.ts';
import { rectDistrict, testGrid, ORIGIN, offset } from './fixtures.ts';
import { tradeCode } from './trades.ts';

describe('service nodes counted as outlets of every chosen trade', () => {
  it('one outlet per node and trade, at the node', () => {
    const o = nodesAsOutlets([{ lon: 114, lat: 22.5 }, { lon: 114.1, lat: 22.6 }], ['convenience', 'pharmacy']);
    expect(Array.from(o.lon)).toEqual([114, 114, 114.1, 114.1]);
    expect(Array.from(o.trade)).toEqual([tradeCode('convenience'), tradeCode('pharmacy'), tradeCode('convenience'), tradeCode('pharmacy')]);
  });

  it('a node makes the residents around it complete for the chosen trades, where outlets of only one trade did not', () => {
    const grid = testGrid([rectDistrict('a', ORIGIN, 3000, 3000, 90_000)]);
    const [lon, lat] = offset(0, 0); // the square's centre
    const shop = { lon: new Float64Array([lon]), lat: new Float64Array([lat]), trade: new Uint8Array([tradeCode('convenience')]) };
    const ta = new TradeAnalysis();
    ta.setOutlets([shop]);
    const without = ta.run(grid, 800, ['convenience', 'pharmacy']);
    expect(without.completeness.city.popShare).toBe(0);
    ta.setOutlets([shop, nodesAsOutlets([{ lon, lat }], ['convenience', 'pharmacy'])]);
    const withNode = ta.run(grid, 800, ['convenience', 'pharmacy']);
    // one 800 m circle in a 3 km square of uniform residents: π·0.8² / 9 of them
    expect(withNode.completeness.city.popShare).toBeCloseTo((Math.PI * 0.64) / 9, 2);
  });
});
