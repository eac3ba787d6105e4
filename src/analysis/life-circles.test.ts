import { describe, expect, it } from 'vitest';
import area from '@turf/area';
import { lifeCircles, radiusM } from './life-circles.ts';

const walk = { radiusMode: 'walk' as const, speedKmh: 4.5, detourFactor: 1.3 };

describe('life circles', () => {
  it('divides GB 50180 walking distances by the detour factor by default; straight-line and walk modes', () => {
    const std = { ...walk, radiusMode: 'standard' as const };
    expect([5, 10, 15].map((m) => Math.round(radiusM(m as 5 | 10 | 15, std)))).toEqual([231, 385, 769]);
    expect([5, 10, 15].map((m) => radiusM(m as 5 | 10 | 15, { ...walk, radiusMode: 'straight' }))).toEqual([300, 500, 1000]);
    expect(radiusM(15, walk)).toBeCloseTo(1125 / 1.3, 6);
    expect(radiusM(5, { ...walk, speedKmh: 3, detourFactor: 1.6 })).toBeCloseTo(156.25, 6);
  });

  it('draws one 48-step circle per node and minute level, largest first', () => {
    const fc = lifeCircles([{ id: 'a', lon: 114.05, lat: 22.55 }, { id: 'b', lon: 114.06, lat: 22.55 }], {
      ...walk, radiusMode: 'straight', minutes: [5, 15],
    });
    expect(fc.features.map((f) => [f.properties.nodeId, f.properties.minutes])).toEqual([
      ['a', 15], ['b', 15], ['a', 5], ['b', 5],
    ]);
    expect(fc.features[0]!.geometry.coordinates[0]).toHaveLength(49);
    // A 48-gon has 99.7 % of the circle's area.
    expect(area(fc.features[0]!) / (Math.PI * 1000 ** 2)).toBeCloseTo(0.997, 3);
  });
});
