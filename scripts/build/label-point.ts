/**
 * A label point well inside a district (the "pole of inaccessibility" by grid search): centroids of
 * coastal districts such as 南山 or 大鹏 fall in the sea.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import area from '@turf/area';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { round6 } from './geo-io.ts';

function distToSegment(p: Position, a: Position, b: Position): number {
  const kx = Math.cos(((p[1] as number) * Math.PI) / 180); // treat degrees as locally planar
  const [px, py, ax, ay, bx, by] = [p[0]! * kx, p[1]!, a[0]! * kx, a[1]!, b[0]! * kx, b[1]!];
  const dx = bx - ax;
  const dy = by - ay;
  const t = dx || dy ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

export function labelPoint(geom: MultiPolygon): Position {
  // Largest part only: a label belongs on the main body, not on an island.
  const parts = geom.coordinates.map((c) => ({ c, a: area({ type: 'Polygon', coordinates: c } as Polygon) }));
  parts.sort((x, y) => y.a - x.a);
  const poly: Polygon = { type: 'Polygon', coordinates: parts[0]!.c };
  const ring = poly.coordinates.flat();
  const xs = ring.map((p) => p[0]!);
  const ys = ring.map((p) => p[1]!);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: Position = [(minX + maxX) / 2, (minY + maxY) / 2];
  let bestD = -1;
  const N = 60;
  for (let i = 1; i < N; i++) {
    for (let j = 1; j < N; j++) {
      const p: Position = [minX + ((maxX - minX) * i) / N, minY + ((maxY - minY) * j) / N];
      if (!booleanPointInPolygon(p, poly)) continue;
      let d = Infinity;
      for (const r of poly.coordinates) for (let k = 1; k < r.length; k++) d = Math.min(d, distToSegment(p, r[k - 1]!, r[k]!));
      if (d > bestD) {
        bestD = d;
        best = p;
      }
    }
  }
  return [round6(best[0]!), round6(best[1]!)];
}
