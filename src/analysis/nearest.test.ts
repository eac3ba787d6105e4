import { describe, expect, it } from 'vitest';
import distance from '@turf/distance';
import { nearestService, type ServiceNode } from './nearest.ts';
import { offset } from './fixtures.ts';

const node = (id: string, tier: string | null, e: number, n: number): ServiceNode => {
  const [lon, lat] = offset(e, n);
  return { id, tier, lon, lat, name_zh: id };
};

describe('nearestService', () => {
  const nodes = [node('s1', 'street', 400, 0), node('s2', 'street', -250, 0), node('c1', 'city', 0, 3000), node('p', null, 10, 0)];
  const circles = [{ minutes: 5 as const, radiusM: 300 }, { minutes: 15 as const, radiusM: 1000 }];
  const [lon, lat] = offset(0, 0);
  const r = nearestService(lon, lat, nodes, circles);

  it('finds the nearest node of each tier, in tier order', () => {
    expect(r.byTier.map((t) => [t.tier, t.nodeId])).toEqual([['city', 'c1'], ['street', 's2']]);
    const turfM = distance([lon, lat], [nodes[1]!.lon, nodes[1]!.lat], { units: 'meters' });
    expect(r.byTier[1]!.distanceM).toBeCloseTo(turfM, 1);
  });

  it('lists the circles the point lies in, untiered places included', () => {
    expect(r.inCircles.map((c) => `${c.nodeId}/${c.minutes}`)).toEqual(['p/5', 'p/15', 's2/5', 's2/15', 's1/15']);
  });
});
