import { describe, expect, it } from 'vitest';
import area from '@turf/area';
import circle from '@turf/circle';
import union from '@turf/union';
import { featureCollection } from '@turf/helpers';
import { dissolveCircles, type Circle } from './dissolve.ts';
import { offset } from './fixtures.ts';

const at = (e: number, n: number, radiusM: number): Circle => {
  const [lon, lat] = offset(e, n);
  return { lon, lat, radiusM };
};

describe('dissolveCircles', () => {
  // Six circles in a ring leave a hole in the middle; one circle sits inside another, one is a
  // duplicate, one stands alone, two just touch.
  const ring = Array.from({ length: 6 }, (_, k) => at(1500 * Math.cos((k * Math.PI) / 3), 1500 * Math.sin((k * Math.PI) / 3), 800));
  const circles = [...ring, ring[0]!, at(1500, 100, 300), at(6000, 0, 500), at(0, -5000, 500), at(1000, -5000, 500), at(-4000, 4000, 1000), at(-3300, 4700, 500)];

  it('matches an exact turf union in area, pieces and holes', () => {
    const out = dissolveCircles(circles, 256);
    const exact = union(featureCollection(circles.map((c) => circle([c.lon, c.lat], c.radiusM / 1000, { steps: 256 }))))!;
    expect(area(out) / area(exact)).toBeCloseTo(1, 4);
    const polys = out.geometry.coordinates;
    expect(polys.map((p) => p.length).sort()).toEqual([1, 1, 1, 1, 2]); // the ring of six has one hole
  });

  it('handles no circles and a single circle', () => {
    expect(dissolveCircles([]).geometry.coordinates).toEqual([]);
    const one = dissolveCircles([at(0, 0, 1000)], 48);
    expect(one.geometry.coordinates[0]![0]).toHaveLength(49);
  });
});
