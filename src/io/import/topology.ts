/**
 * Shape checks a drawing tool and the analysis rely on: polygons must not cross themselves
 * (@turf/kinks; area and overlay results would be wrong), and neither polygons nor lines may
 * collapse to nothing (zero area, zero length). Self-crossing lines are allowed: a loop street is real.
 */
import kinks from '@turf/kinks';
import { issue, type Issue, type IssueParams } from '../issue.ts';
import type { ProposalGeometry } from '../proposal.ts';

/**
 * Shoelace area in square degrees. 1e-10 deg² ≈ 1 m² at Shenzhen's latitude. Planar on purpose:
 * spherical formulas (@turf/area) give a few hundred m² to a ring whose points lie on one line.
 */
function planarArea(ring: [number, number][]): number {
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++) a += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return a / 2;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

export function checkTopology(g: ProposalGeometry, at: IssueParams): Issue | undefined {
  if (g.type === 'LineString') {
    const [x0, y0] = g.coordinates[0]!;
    if (g.coordinates.every(([x, y]) => x === x0 && y === y0)) return issue('import.degenerateGeometry', at);
    return undefined;
  }
  if (g.type !== 'Polygon') return undefined;
  const k = kinks(g).features[0];
  if (k) {
    const [x, y] = k.geometry.coordinates as [number, number];
    return issue('import.selfIntersection', { ...at, value: `${round(x)}, ${round(y)}` });
  }
  if (Math.abs(planarArea(g.coordinates[0]!)) < 1e-10) return issue('import.degenerateGeometry', at);
  return undefined;
}
