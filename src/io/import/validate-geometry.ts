/**
 * Structural checks of one raw geometry: types, coordinate values, nesting, ring closure, vertex
 * counts. Multi-geometries and collections are split into single parts, because a proposal is one
 * point, line or polygon. Location (Shenzhen, swapped, projected) and topology (self-intersection)
 * are checked after this, in location.ts and topology.ts.
 */
import { echo, issue, type Issue, type IssueParams } from '../issue.ts';
import type { ProposalGeometry } from '../proposal.ts';
import { IMPORT_LIMITS } from './limits.ts';

type Position = [number, number];
export type GeometryCheck =
  | { ok: true; parts: ProposalGeometry[]; warnings: Issue[]; altitude: boolean }
  | { ok: false; error: Issue };

class Bad {
  constructor(readonly code: string, readonly params: IssueParams = {}) {}
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function checkPosition(p: unknown, state: { altitude: boolean }): Position {
  if (!Array.isArray(p)) throw new Bad(p === null ? 'import.nullCoordinate' : 'import.badCoordinates');
  if (p.length < 2) throw new Bad('import.badCoordinates');
  for (const v of p.slice(0, 2) as unknown[]) {
    if (v === null || v === undefined) throw new Bad('import.nullCoordinate');
    if (Array.isArray(v)) throw new Bad('import.badCoordinates');
    if (typeof v !== 'number') throw new Bad('import.nonNumericCoordinate', { value: echo(v) });
    if (!Number.isFinite(v)) throw new Bad('import.nonFiniteCoordinate', { value: String(v) });
  }
  // A proposal is 2D; a real height is dropped with one file-level note (KML's usual ",0" is not news).
  if (p.length > 2 && p[2] !== 0) state.altitude = true;
  return [p[0] as number, p[1] as number];
}

function positions(x: unknown, state: { altitude: boolean }): Position[] {
  if (x === null) throw new Bad('import.nullCoordinate');
  if (!Array.isArray(x)) throw new Bad('import.badCoordinates');
  return x.map((p) => checkPosition(p, state));
}

function polygon(x: unknown, state: { altitude: boolean }, warnings: Issue[], at: IssueParams): ProposalGeometry {
  if (!Array.isArray(x)) throw new Bad(x === null ? 'import.nullCoordinate' : 'import.badCoordinates');
  if (x.length === 0) throw new Bad('import.emptyGeometry');
  const rings = x.map((r, i) => {
    const ring = positions(r, state);
    const [first, last] = [ring[0], ring.at(-1)];
    if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
      ring.push([first[0], first[1]]); // closing is unambiguous; say so rather than drop the zone
      warnings.push(issue('import.ringClosed', { ...at, ring: i + 1 }));
    }
    if (ring.length < 4) throw new Bad('import.ringTooShort', { ring: i + 1, count: ring.length });
    return ring;
  });
  return { type: 'Polygon', coordinates: rings };
}

function line(x: unknown, state: { altitude: boolean }): ProposalGeometry {
  const coords = positions(x, state);
  if (coords.length < 2) throw new Bad('import.lineTooShort', { count: coords.length });
  return { type: 'LineString', coordinates: coords };
}

function parts(g: unknown, state: { altitude: boolean }, warnings: Issue[], at: IssueParams, depth: number): ProposalGeometry[] {
  if (g === null || g === undefined) throw new Bad('import.missingGeometry');
  if (!isObject(g) || typeof g.type !== 'string') throw new Bad('import.unknownGeometryType', { value: echo(isObject(g) ? g.type : g) });
  const c = g.coordinates;
  const list = (): unknown[] => {
    if (!Array.isArray(c)) throw new Bad(c === null ? 'import.nullCoordinate' : 'import.badCoordinates');
    if (c.length === 0) throw new Bad('import.emptyGeometry');
    return c;
  };
  switch (g.type) {
    case 'Point':
      return [{ type: 'Point', coordinates: checkPosition(c, state) }];
    case 'LineString':
      return [line(c, state)];
    case 'Polygon':
      return [polygon(c, state, warnings, at)];
    case 'MultiPoint':
      return list().map((p) => ({ type: 'Point', coordinates: checkPosition(p, state) }));
    case 'MultiLineString':
      return list().map((l) => line(l, state));
    case 'MultiPolygon':
      return list().map((p) => polygon(p, state, warnings, at));
    case 'GeometryCollection': {
      if (depth > 3) throw new Bad('import.badCoordinates'); // nesting this deep is a broken file
      const gs = g.geometries;
      if (!Array.isArray(gs) || gs.length === 0) throw new Bad('import.emptyGeometry');
      return gs.flatMap((x) => parts(x, state, warnings, at, depth + 1));
    }
    default:
      throw new Bad('import.unknownGeometryType', { value: echo(g.type) });
  }
}

export function validateGeometry(geometry: unknown, at: IssueParams): GeometryCheck {
  const state = { altitude: false };
  const warnings: Issue[] = [];
  try {
    const ps = parts(geometry, state, warnings, at, 0);
    for (const p of ps) {
      const n = p.type === 'Point' ? 1 : p.type === 'LineString' ? p.coordinates.length : p.coordinates.flat().length;
      if (n > IMPORT_LIMITS.maxVerticesPerFeature) {
        throw new Bad('import.tooManyVertices', { count: n, limit: IMPORT_LIMITS.maxVerticesPerFeature });
      }
    }
    if (ps.length > 1) warnings.push(issue('import.multiSplit', { ...at, count: ps.length }));
    return { ok: true, parts: ps, warnings, altitude: state.altitude };
  } catch (e) {
    if (e instanceof Bad) return { ok: false, error: issue(e.code, { ...at, ...e.params }) };
    throw e;
  }
}
