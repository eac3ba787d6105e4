import { describe, expect, it } from 'vitest';
import { POP_SOURCE } from './land-grid.ts';
import { largestRemainder } from './population-model.ts';
import { offset, ORIGIN, rectDistrict, testGrid } from './fixtures.ts';

describe('population model (census totals spread by WorldPop weights)', () => {
  // Two 2 km × 2 km districts; samples on a 1 km lattice over the west one only, dense in its north half.
  const west = rectDistrict('west', offset(-1000, 0), 2000, 2000, 100_003);
  const east = rectDistrict('east', offset(3000, 0), 2000, 2000, 50_000); // beyond every sample
  const samples = [-1500, -500].flatMap((e) => [-500, 500].map((n) => ({ lon: offset(e, n)[0], lat: offset(e, n)[1], value: n > 0 ? 9000 : 1000 })));
  // A far sample to the north-east, so the test districts lie south of the sample's northern edge.
  samples.push({ lon: offset(8000, 3000)[0], lat: offset(8000, 3000)[1], value: 0 });
  const g = testGrid([west, east], samples);
  const [w, e] = [g.districts.find((d) => d.id === 'west')!, g.districts.find((d) => d.id === 'east')!];
  const sumPop = (from: number, to: number, pred: (u: number) => boolean = () => true) => {
    let s = 0;
    for (let u = from; u < to; u++) if (pred(u)) s += g.pop[u]!;
    return s;
  };

  it('sums exactly to each district census total, in whole persons', () => {
    expect(sumPop(w.unitStart, w.unitEnd)).toBe(100_003);
    expect(sumPop(e.unitStart, e.unitEnd)).toBe(50_000);
    for (const p of g.pop) expect(Number.isInteger(p)).toBe(true);
  });

  it('follows the weights within a district: the dense half holds ≈ 90 %', () => {
    const north = sumPop(w.unitStart, w.unitEnd, (u) => g.lat[u]! > ORIGIN[1]);
    expect(north / 100_003).toBeGreaterThan(0.85);
    expect(north / 100_003).toBeLessThan(0.95);
  });

  it('land north of the last sample row takes the nearest sample', () => {
    const tall = rectDistrict('tall', offset(-1000, 1000), 2000, 4000, 1_000_000); // reaches 2.5 km north of the last row
    const g2 = testGrid([tall], samples.slice(0, 4));
    const north = [...g2.lat.keys()].filter((u) => g2.popSource[u] === POP_SOURCE.extrapolatedNorth);
    expect(north.length).toBeGreaterThan(10);
    for (const u of north) expect(g2.lat[u]!).toBeGreaterThan(offset(0, 1100)[1]);
    expect(Math.min(...north.map((u) => g2.pop[u]! / g2.areaKm2[u]!))).toBeGreaterThan(0); // the dense row's value, not 0
  });

  it('land beyond every sample (inside the sampled area) gets the floor weight; a district with no weight at all is spread by land', () => {
    for (let u = e.unitStart; u < e.unitEnd; u++) expect(g.popSource[u]).toBe(POP_SOURCE.floor);
    const westFloor = [...g.lat.keys()].filter((u) => g.district[u] === g.districts.indexOf(w) && g.popSource[u] === POP_SOURCE.floor);
    for (const u of westFloor) expect(g.pop[u]).toBe(0); // floor density 0 where there are samples nearby
    // East has no sample within reach anywhere: all floor (0), so it falls back to land area.
    const perKm2 = [...Array(e.unitEnd - e.unitStart).keys()].map((k) => g.pop[e.unitStart + k]! / g.areaKm2[e.unitStart + k]!);
    expect(Math.max(...perKm2) / Math.min(...perKm2.filter((x) => x > 0))).toBeLessThan(1.3);
  });

  it('largest remainder keeps the total', () => {
    expect(largestRemainder([0.4, 0.4, 0.2], 1)).toEqual([1, 0, 0]);
    expect(largestRemainder([1.5, 2.5, 3], 7)).toEqual([2, 2, 3]);
  });
});
