/**
 * A population dataset as demand on the land grid, replacing the model (census × WorldPop) unit by
 * unit: a point's count goes to the unit whose land contains it; a polygon's count is spread over the
 * units whose sample point lies inside it, in proportion to their land area (one unit gets it all
 * when the polygon is smaller than a cell). Counts on no unit (sea, outside Shenzhen, 深汕) are
 * reported, not moved.
 */
import { M_PER_DEG, mPerDegLon } from './geo.ts';
import type { LandGrid } from './land-grid.ts';
import { winding } from './union-area.ts';

export interface PopulationInput {
  lon: ArrayLike<number>;
  lat: ArrayLike<number>;
  population: ArrayLike<number>;
  /** Polygons per row, as stored in datasets (flat coordinates and offsets); absent for points. */
  polygons?: { coords: ArrayLike<number>; ringStart: ArrayLike<number>; polygonStart: ArrayLike<number>; rowStart: ArrayLike<number> };
}

export interface Demand {
  pop: Float64Array;
  total: number;
  /** People the dataset has that fall on no land unit. */
  unplaced: number;
}

function unitAt(grid: LandGrid, maxReach: number, lon: number, lat: number): number {
  let hit = -1;
  grid.index.within(lon, lat, maxReach + 1, (u, d) => {
    if (hit >= 0 || d > grid.reachM[u]! + 1) return;
    const x = (lon - grid.lon[u]!) * mPerDegLon(grid.lat[u]!), y = (lat - grid.lat[u]!) * M_PER_DEG;
    if (winding({ verts: grid.verts, vertStart: grid.vertStart, ringFrom: grid.ringStart[u]!, ringTo: grid.ringStart[u + 1]! }, x, y) > 0) hit = u;
  });
  return hit;
}

function inPolygonRow(p: NonNullable<PopulationInput['polygons']>, row: number, x: number, y: number): boolean {
  for (let q = p.rowStart[row]!; q < p.rowStart[row + 1]!; q++) {
    let inside = false;
    for (let r = p.polygonStart[q]!; r < p.polygonStart[q + 1]!; r++) {
      const a = p.ringStart[r]!, b = p.ringStart[r + 1]!;
      for (let i = a, j = b - 1; i < b; j = i++) {
        const xi = p.coords[2 * i]!, yi = p.coords[2 * i + 1]!, xj = p.coords[2 * j]!, yj = p.coords[2 * j + 1]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    if (inside) return true;
  }
  return false;
}

export function demandFrom(grid: LandGrid, input: PopulationInput): Demand {
  let maxReach = 0;
  for (const r of grid.reachM) maxReach = Math.max(maxReach, r);
  const pop = new Float64Array(grid.size);
  let total = 0;
  let unplaced = 0;
  const p = input.polygons;
  for (let i = 0; i < input.population.length; i++) {
    const count = input.population[i]!;
    total += count;
    if (p && p.rowStart[i + 1]! > p.rowStart[i]!) {
      // bounding box of the row's polygons, then the units whose sample point is inside
      let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let v = p.ringStart[p.polygonStart[p.rowStart[i]!]!]!; v < p.ringStart[p.polygonStart[p.rowStart[i + 1]!]!]!; v++) {
        const x = p.coords[2 * v]!, y = p.coords[2 * v + 1]!;
        [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
      }
      const cx = (w + e) / 2, cy = (s + n) / 2;
      const radius = Math.hypot((e - w) * mPerDegLon(cy), (n - s) * M_PER_DEG) / 2 + 1;
      const units: number[] = [];
      let area = 0;
      grid.index.within(cx, cy, radius, (u) => {
        if (inPolygonRow(p, i, grid.lon[u]!, grid.lat[u]!)) {
          units.push(u);
          area += grid.areaKm2[u]!;
        }
      });
      if (units.length) {
        for (const u of units) pop[u]! += (count * grid.areaKm2[u]!) / area;
        continue;
      }
    }
    const u = unitAt(grid, maxReach, input.lon[i]!, input.lat[i]!);
    if (u >= 0) pop[u]! += count;
    else unplaced += count;
  }
  return { pop, total, unplaced };
}
