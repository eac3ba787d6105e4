import { describe, expect, it } from 'vitest';
import * as polyclip from 'polyclip-ts';
import { intersectionOfUnionsArea, unionAreaInRings, winding, type Disc, type RingSet } from './union-area.ts';

type Ring = [number, number][];
/** A ring set from plain rings (outer counter-clockwise, holes clockwise). */
const rings = (...rs: Ring[]): RingSet => {
  const vertStart = [0];
  const verts: number[] = [];
  for (const r of rs) {
    for (const [x, y] of r) verts.push(x, y);
    vertStart.push(verts.length / 2);
  }
  return { verts, vertStart, ringFrom: 0, ringTo: rs.length };
};
/** A circle as a fine polygon for the polygon-clipping reference (360 vertices: −0.005 % of its area). */
const poly = (c: Disc): polyclip.Geom => [[...Array.from({ length: 360 }, (_, i) => [c.x + c.r * Math.cos((i * Math.PI) / 180), c.y + c.r * Math.sin((i * Math.PI) / 180)] as [number, number])]];
const areaOf = (mp: polyclip.Geom): number =>
  (mp as [number, number][][][]).reduce((s, p) => s + p.reduce((t, r, k) => t + (k ? -1 : 1) * Math.abs(r.reduce((u, q, i) => u + (i ? r[i - 1]![0] * q[1] - q[0] * r[i - 1]![1] : 0), 0) / 2), 0), 0);
const closed = (r: Ring): Ring => [...r, r[0]!];
const reference = (circles: Disc[], land: Ring[]) => areaOf(polyclip.intersection(polyclip.union(poly(circles[0]!), ...circles.slice(1).map(poly)), [land.map(closed)] as polyclip.Geom));

const square = (h: number): Ring => [[-h, -h], [h, -h], [h, h], [-h, h]];

describe('unionAreaInRings (exact union of circles inside a polygon)', () => {
  it('one circle inside, across the edge, and around the whole polygon', () => {
    const land = rings(square(1000));
    expect(unionAreaInRings([{ x: 0, y: 0, r: 300 }], land)).toBeCloseTo(Math.PI * 300 * 300, 6);
    expect(unionAreaInRings([{ x: 1000, y: 0, r: 300 }], land)).toBeCloseTo((Math.PI * 300 * 300) / 2, 6);
    expect(unionAreaInRings([{ x: 0, y: 0, r: 5000 }], land)).toBeCloseTo(4e6, 6);
    expect(unionAreaInRings([{ x: 3000, y: 0, r: 300 }], land)).toBe(0);
  });

  it('counts two identical nodes once', () => {
    const land = rings(square(1000));
    const c = { x: 900, y: 100, r: 385 };
    expect(unionAreaInRings([c, { ...c }], land)).toBeCloseTo(unionAreaInRings([c], land), 6);
  });

  it('matches a polygon union for four nodes within 60 m, a street sampled every 250 m, and a coastal polygon with a hole (within 0.05 %)', () => {
    const bay: Ring = [[-1500, -1500], [1500, -1500], [1500, 1500], [200, 1500], [200, 300], [-400, 300], [-400, 1500], [-1500, 1500]];
    const hole: Ring = [[300, -600], [300, -200], [900, -200], [900, -600]]; // clockwise
    const cases: [string, Disc[]][] = [
      ['four within 60 m', [[0, 0], [40, 20], [-15, 45], [30, -35]].map(([x, y]) => ({ x: x! + 100, y: y! + 250, r: 231 }))],
      ['2 km street', Array.from({ length: 9 }, (_, i) => ({ x: -1200 + 250 * i, y: 200 + 30 * i, r: 385 }))],
      ['scattered, partly off land, one circle tangent to the hole', [{ x: 1400, y: 1400, r: 769 }, { x: -1300, y: 0, r: 500 }, { x: 600, y: -400, r: 300 }, { x: 0, y: 1000, r: 600 }]],
    ];
    for (const [name, circles] of cases) {
      const ours = unionAreaInRings(circles, rings(bay, hole));
      const ref = reference(circles, [bay, hole]);
      expect(Math.abs(ours / ref - 1), name).toBeLessThan(5e-4);
    }
  });

  it('winding number: 1 on land, 0 in the hole and outside', () => {
    const land = rings(square(1000), [[-100, -100], [-100, 100], [100, 100], [100, -100]]);
    expect([winding(land, 500, 500), winding(land, 0, 0), winding(land, 2000, 0)]).toEqual([1, 0, 0]);
  });
});

describe('intersectionOfUnionsArea (reaching every chosen group, e.g. every trade)', () => {
  const land = rings(square(2000));
  it('is the overlap of two unions, and each union alone when the groups are the same', () => {
    const a = [{ x: -300, y: 0, r: 500 }, { x: -300, y: 600, r: 300 }];
    const b = [{ x: 200, y: 100, r: 500 }];
    const ref = areaOf(polyclip.intersection(polyclip.union(poly(a[0]!), poly(a[1]!)), poly(b[0]!), [closed(square(2000))] as polyclip.Geom));
    expect(intersectionOfUnionsArea([a, b], land) / ref).toBeCloseTo(1, 3);
    expect(intersectionOfUnionsArea([a, a.map((c) => ({ ...c }))], land)).toBeCloseTo(unionAreaInRings(a, land), 6);
    expect(intersectionOfUnionsArea([a, []], land)).toBe(0);
  });

  it('a node serving two groups (the same outlet in two trades) is not lost on the shared boundary', () => {
    const shared = { x: 0, y: 0, r: 400 };
    expect(intersectionOfUnionsArea([[shared], [{ ...shared }, { x: 2500, y: 0, r: 100 }]], land)).toBeCloseTo(Math.PI * 400 * 400, 4);
  });
});
