/**
 * Where a geometry lies: in Shenzhen, in Shenzhen once latitude and longitude are swapped,
 * in projected metres rather than degrees, or elsewhere. Shenzhen's longitudes (113.7–115.3) and
 * latitudes (22.4–23.1) do not overlap, so a swap is never ambiguous.
 */
import type { ProposalGeometry } from '../proposal.ts';

/** [west, south, east, north]. The main city, and the 深汕特别合作区 exclave 60 km east. */
export const SHENZHEN_BOXES = [
  [113.7, 22.4, 114.7, 22.9],
  [114.9, 22.7, 115.3, 23.1],
] as const;
/** ≈2–3 km slack: the official outline reaches 22.396°N, and GCJ-02 data sits ~500 m off. */
const MARGIN = 0.03;

export type Placement = 'inside' | 'swapped' | 'projected' | 'webMercator' | 'outOfRange' | 'outside';

export const inShenzhen = ([x, y]: readonly number[]) =>
  SHENZHEN_BOXES.some(([w, s, e, n]) => x! >= w - MARGIN && x! <= e + MARGIN && y! >= s - MARGIN && y! <= n + MARGIN);

export function positionsOf(g: ProposalGeometry): [number, number][] {
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'LineString') return g.coordinates;
  return g.coordinates.flat();
}

/** Web Mercator (EPSG:3857) metres around Shenzhen: the commonest "projected" export from web maps. */
const isWebMercatorSz = ([x, y]: readonly number[]) => x! > 12.6e6 && x! < 12.9e6 && y! > 2.5e6 && y! < 2.7e6;

export function placement(parts: ProposalGeometry[]): Placement {
  const ps = parts.flatMap(positionsOf);
  if (ps.some(([x, y]) => Math.abs(x) > 180 || Math.abs(y) > 180)) {
    return ps.every(isWebMercatorSz) ? 'webMercator' : 'projected';
  }
  const valid = ps.every(([, y]) => Math.abs(y) <= 90);
  // Any vertex inside keeps the feature: a street may run on into Dongguan.
  if (valid && ps.some(inShenzhen)) return 'inside';
  if (ps.every(([x]) => Math.abs(x) <= 90) && ps.some(([x, y]) => inShenzhen([y, x]))) return 'swapped';
  return valid ? 'outside' : 'outOfRange';
}

export function swapGeometry(g: ProposalGeometry): ProposalGeometry {
  const s = ([x, y]: [number, number]): [number, number] => [y, x];
  if (g.type === 'Point') return { type: 'Point', coordinates: s(g.coordinates) };
  if (g.type === 'LineString') return { type: 'LineString', coordinates: g.coordinates.map(s) };
  return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(s)) };
}
