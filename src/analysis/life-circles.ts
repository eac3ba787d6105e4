/**
 * Life-circle radii and their circles for display.
 *
 * GB 50180-2018 describes the 5/10/15-minute life circles by walking time; as straight-line radii
 * the standard's usual reading is 300 / 500 / 1,000 m ('standard'). The 'walk' mode derives the
 * radius from a walk instead: speed × time ÷ detour factor, where the detour factor (1.0–1.6) is
 * network distance ÷ straight-line distance — streets are not straight, so a 15-minute walk at
 * 4.5 km/h (1,125 m of street) reaches ≈ 865 m as the crow flies with a factor of 1.3.
 */
import circle from '@turf/circle';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { AnalysisParams, Minutes } from './params.ts';

export const STANDARD_RADII_M: Readonly<Record<Minutes, number>> = { 5: 300, 10: 500, 15: 1000 };

/** Vertices per display circle: smooth at street zoom, light enough for a few thousand circles. */
export const CIRCLE_STEPS = 48;

export type RadiusParams = Pick<AnalysisParams, 'radiusMode' | 'speedKmh' | 'detourFactor'>;

/** Straight-line radius in metres of one life circle (params already validated). */
export function radiusM(minutes: Minutes, p: RadiusParams): number {
  if (p.radiusMode === 'standard') return STANDARD_RADII_M[minutes];
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
): FeatureCollection<Polygon, CircleProps> {
  const minutes = [...p.minutes].sort((a, b) => b - a);
  const features = minutes.flatMap((m) => {
    const r = radiusM(m, p);
    return nodes.map((n) => ({
      ...circlePolygon(n.lon, n.lat, r),
      properties: { nodeId: n.id, minutes: m, radiusM: r },
    }));
  });
  return { type: 'FeatureCollection', features };
}
