/**
 * An independent reference for the coverage engine: the union of the circles as polygons, clipped to
 * each 街道 polygon, by polygon overlay (polyclip-ts), areas by turf (geodesic). Used by the tests,
 * the command-line tests and the benchmark's baseline — never by the app (polyclip-ts is a dev
 * dependency). Circles are regular n-gons with the circle's area (their circumradius is scaled up
 * by √(θ / sin θ), θ = 2π/n), so polygonising biases no total; n = 64 by default.
 */
import area from '@turf/area';
import bbox from '@turf/bbox';
import * as polyclip from 'polyclip-ts';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { M_PER_DEG, mPerDegLon } from './geo.ts';

export interface RefCircle {
  lon: number;
  lat: number;
  radiusM: number;
}

export function circleRing(c: RefCircle, n = 64): Position[] {
  const t = (2 * Math.PI) / n;
  const r = c.radiusM * Math.sqrt(t / Math.sin(t));
  const kx = mPerDegLon(c.lat);
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) ring.push([c.lon + (r * Math.cos(i * t)) / kx, c.lat + (r * Math.sin(i * t)) / M_PER_DEG]);
  ring.push(ring[0]!);
  return ring;
}

/** The union of the circles, one polygon overlay. */
export function unionOfCircles(circles: readonly RefCircle[], n = 64): polyclip.Geom {
  if (circles.length === 0) return [];
  const polys = circles.map((c) => [circleRing(c, n)] as polyclip.Geom);
  return polyclip.union(polys[0]!, ...polys.slice(1));
}

/** km² of `union` inside each polygon (only the union's parts whose box meets the polygon's are clipped). */
export function coveredKm2Per(union: polyclip.Geom, polygons: readonly Feature<Polygon | MultiPolygon>[]): number[] {
  const parts = (union as Position[][][]).map((p) => ({ p, box: ringBox(p[0]!) }));
  return polygons.map((f) => {
    const [x0, y0, x1, y1] = bbox(f);
    const near = parts.filter(({ box }) => box[0] <= x1 && box[2] >= x0 && box[1] <= y1 && box[3] >= y0).map(({ p }) => p);
    if (near.length === 0) return 0;
    const geom = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as polyclip.Geom;
    const x = polyclip.intersection(near as polyclip.Geom, geom) as Position[][][];
    return x.length ? area({ type: 'MultiPolygon', coordinates: x }) / 1e6 : 0;
  });
}

function ringBox(ring: Position[]): [number, number, number, number] {
  let a = Infinity, b = Infinity, c = -Infinity, d = -Infinity;
  for (const [x, y] of ring) {
    a = Math.min(a, x!);
    b = Math.min(b, y!);
    c = Math.max(c, x!);
    d = Math.max(d, y!);
  }
  return [a, b, c, d];
}
