/**
 * Which features are service nodes for the coverage engine: plan places of the chosen layers, metro
 * stations, and the active scenario's proposals (points as they are; a featured street every 250 m
 * along it, since a street serves along its length; zones are areas, not service points).
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { ServiceNode } from '../analysis/nearest.ts';
import { samplesAlong, STREET_SAMPLE_M } from '../analysis/line-samples.ts';
import type { NodeSource } from './analysis-store.ts';

const TIER_OF_LAYER: Record<string, string> = {
  city_circle: 'city',
  district_centre: 'district',
  featured_street: 'street',
};

export function proposalNodes(proposals: readonly Feature[]): ServiceNode[] {
  return proposals.flatMap((f): ServiceNode[] => {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const base = { tier: String(p.tier ?? 'community'), name_zh: String(p.name_zh ?? ''), name_en: String(p.name_en ?? '') };
    if (f.geometry?.type === 'Point') {
      const [lon, lat] = (f.geometry as Point).coordinates as [number, number];
      return [{ id: String(p.id), lon, lat, ...base }];
    }
    if (f.geometry?.type === 'LineString') {
      return samplesAlong((f.geometry as LineString).coordinates, STREET_SAMPLE_M).map(([lon, lat], i) => ({
        id: `${String(p.id)}#${i}`,
        lon: lon!,
        lat: lat!,
        ...base,
      }));
    }
    return [];
  });
}

export function collectNodes(
  sources: Record<NodeSource, boolean>,
  places: FeatureCollection,
  stations: FeatureCollection,
  proposals: readonly Feature[],
): ServiceNode[] {
  const nodes: ServiceNode[] = [];
  for (const f of places.features) {
    const layer = String(f.properties?.layer);
    if (!sources[layer as NodeSource] || f.geometry.type !== 'Point') continue;
    const [lon, lat] = f.geometry.coordinates as [number, number];
    nodes.push({ id: String(f.properties!.id), lon, lat, tier: TIER_OF_LAYER[layer] ?? null, name_zh: f.properties!.name_zh, name_en: f.properties!.name_en });
  }
  if (sources.stations) {
    for (const f of stations.features) {
      if (f.geometry.type !== 'Point') continue;
      const [lon, lat] = f.geometry.coordinates as [number, number];
      nodes.push({ id: String(f.properties!.id), lon, lat, tier: 'station', name_zh: f.properties!.name_zh, name_en: f.properties!.name_en });
    }
  }
  if (sources.proposals) nodes.push(...proposalNodes(proposals));
  return nodes;
}
