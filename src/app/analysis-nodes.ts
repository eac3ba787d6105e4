/**
 * Which features are service nodes for the coverage engine: plan places of the chosen layers, metro
 * stations, and the active scenario's proposals (points as they are; a featured street every 250 m
 * along it, since a street serves along its length; zones are areas, not service points).
 */
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { ServiceNode } from '../analysis/nearest.ts';
import { distanceM } from '../analysis/geo.ts';
import type { NodeSource } from './analysis-store.ts';

const STREET_SAMPLE_M = 250;

const TIER_OF_LAYER: Record<string, string> = {
  city_circle: 'city',
  district_centre: 'district',
  featured_street: 'street',
};

function samplesAlong(line: Position[], stepM: number): Position[] {
  const out: Position[] = [line[0]!];
  let carried = 0;
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1]!, line[i]!];
    const seg = distanceM(a[0]!, a[1]!, b[0]!, b[1]!);
    let t = stepM - carried;
    while (t <= seg) {
      const f = t / seg;
      out.push([a[0]! + (b[0]! - a[0]!) * f, a[1]! + (b[1]! - a[1]!) * f]);
      t += stepM;
    }
    carried = (carried + seg) % stepM;
  }
  const last = line[line.length - 1]!;
  if (out.length === 1 || out[out.length - 1] !== last) out.push(last);
  return out;
}

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
