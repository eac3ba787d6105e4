/**
 * The covered state of the land grid for arbitrary node sets — what trade coverage and "completeness"
 * (issue 8: the share of residents who reach EVERY chosen trade) are built on.
 *
 *   coveredShares(grid, nodes, r)        exact covered share of each unit's land (0–1), one node set
 *   intersectionShares(grid, groups)     exact share of each unit's land within reach of every group
 *                                        (each group: its own nodes and radius) = ⋂ of the unions
 *
 * Both are exact (union-area.ts), not sampled; population is uniform within a unit, so residents
 * reached = share × grid.pop[u] and Σ over a 街道's units [unitStart, unitEnd) gives its figure.
 * A unit where some group has no circle at all is 0 without measuring; groups containing the unit
 * whole drop out of the intersection. intersectionShares([{ nodes, radiusM }]) = coveredShares.
 */
import { CoverageIndex, type CoverageNode } from './coverage.ts';
import type { LandGrid } from './land-grid.ts';
import { intersectionOfUnionsArea, type Disc } from './union-area.ts';

export interface NodeGroup {
  nodes: readonly CoverageNode[];
  radiusM: number;
}

export function coveredShares(grid: LandGrid, nodes: readonly CoverageNode[], radiusM: number): Float64Array {
  const idx = new CoverageIndex(grid, radiusM);
  idx.setNodes(nodes);
  return Float64Array.from(idx.shares());
}

export function intersectionShares(grid: LandGrid, groups: readonly NodeGroup[]): Float64Array {
  const out = new Float64Array(grid.size);
  if (groups.length === 0) return out;
  const indexes = groups.map((g) => {
    const idx = new CoverageIndex(grid, g.radiusM);
    idx.setNodes(g.nodes);
    return { idx, r: g.radiusM };
  });
  for (let u = 0; u < grid.size; u++) {
    const partial: Disc[][] = [];
    let none = false;
    for (const { idx, r } of indexes) {
      const c = idx.reaching(u, r, true);
      if (c === null) continue; // contains the unit whole: no constraint
      if (c.length === 0) {
        none = true;
        break;
      }
      partial.push(c);
    }
    if (none) continue;
    if (partial.length === 0) {
      out[u] = 1;
      continue;
    }
    const ring = { verts: grid.verts, vertStart: grid.vertStart, ringFrom: grid.ringStart[u]!, ringTo: grid.ringStart[u + 1]! };
    const a = intersectionOfUnionsArea(partial, ring) / grid.ringAreaM2[u]!;
    out[u] = a < 0 ? 0 : a > 1 ? 1 : a;
  }
  return out;
}
