/**
 * Life-circle radii and their circles for display.
 *
 * GB 50180-2018 describes the 5/10/15-minute life circles by walking distance: ≈ 300 / 500 /
 * 1,000 m of walk. A walk follows streets, so as a straight-line radius it is shorter by the detour
 * factor (network distance ÷ straight-line distance, 1.0–1.6; 1.2–1.4 is common practice):
 *  - 'standard' (the default): walking distance ÷ detour factor — 231 / 385 / 769 m at 1.3;
 *  - 'straight': the walking distances as straight-line radii, 300 / 500 / 1,000 m (overstates reach);
 *  - 'walk': speed × time ÷ detour factor (4.5 km/h, 15 min, 1.3 → 865 m).
 */
import circle from '@turf/circle';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { AnalysisParams, Minutes } from './params.ts';

/** GB 50180-2018 walking distances of the 5/10/15-minute life circles. */
export const WALK_DISTANCE_M: Readonly<Record<Minutes, number>> = { 5: 300, 10: 500, 15: 1000 };
/** @deprecated the walking distances; use WALK_DISTANCE_M. */
export const STANDARD_RADII_M = WALK_DISTANCE_M;

/** Vertices per display circle: smooth at street zoom, light enough for a few thousand circles. */
export const CIRCLE_STEPS = 48;

export type RadiusParams = Pick<AnalysisParams, 'radiusMode' | 'speedKmh' | 'detourFactor'>;

/** Straight-line radius in metres of one life circle (params already validated). */
export function radiusM(minutes: Minutes, p: RadiusParams): number {
  if (p.radiusMode === 'straight') return WALK_DISTANCE_M[minutes];
  if (p.radiusMode === 'standard') return WALK_DISTANCE_M[minutes] / p.detourFactor;
  return (p.speedKmh * 1000 * minutes) / 60 / p.detourFactor;
}

export interface CircleNode {
  id: string;
  lon: number;
  lat: number;
}

export interface CircleProps {
  nodeId: string;
  minutes: Minutes;
  radiusM: number;
}

export function circlePolygon(lon: number, lat: number, radius: number, steps = CIRCLE_STEPS): Feature<Polygon> {
  return circle([lon, lat], radius / 1000, { steps, units: 'kilometers' });
}

/** One circle per node and minute level, largest first so smaller circles draw on top. */
export function lifeCircles(
  nodes: readonly CircleNode[],
  p: RadiusParams & Pick<AnalysisParams, 'minutes'>,
  cache?: Map<string, Feature<Polygon, CircleProps>>,
): FeatureCollection<Polygon, CircleProps> {
  const minutes = [...p.minutes].sort((a, b) => b - a);
  const features = minutes.flatMap((m) => {
    const r = radiusM(m, p);
    return nodes.map((n) => {
      // A drag moves one node: with a cache, only its circle is drawn again.
      const key = `${n.id}|${n.lon}|${n.lat}|${r}|${m}`;
      const hit = cache?.get(key);
      if (hit) return hit;
      const f = { ...circlePolygon(n.lon, n.lat, r), properties: { nodeId: n.id, minutes: m, radiusM: r } };
      cache?.set(key, f);
      return f;
    });
  });
  if (cache && cache.size > 4 * features.length + 64) {
    const keep = new Set(features);
    for (const [k, f] of cache) if (!keep.has(f)) cache.delete(k);
  }
  return { type: 'FeatureCollection', features };
}
