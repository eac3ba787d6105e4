/**
 * The shipped outlet sample: 1,175 OpenStreetMap shops in Shenzhen (ODbL 1.0, "© OpenStreetMap
 * contributors"), WGS-84 as OSM is. Kept as points with name, English name, brand and the OSM tag
 * ("shop=convenience"), sorted by OSM type and id so the output is byte-stable. Plainly incomplete:
 * OSM maps a small share of Shenzhen's shops; the app labels it so.
 */
import { join } from 'node:path';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { readJson, round6 } from './geo-io.ts';

export function buildOutletsOsm(rawDir: string): Feature<Point>[] {
  const fc = readJson<FeatureCollection<Point>>(join(rawDir, 'osm-commerce-2026-05', 'shenzhen_osm_commerce_poi.geojson'));
  return fc.features
    .filter((f) => f.geometry?.type === 'Point')
    .map((f) => {
      const p = f.properties ?? {};
      const [lon, lat] = f.geometry.coordinates as [number, number];
      return {
        type: 'Feature' as const,
        properties: {
          osm_id: `${String(p.osm_type)}/${String(p.osm_id)}`,
          name: typeof p.name === 'string' ? p.name : '',
          name_en: typeof p.name_en === 'string' ? p.name_en : '',
          brand: typeof p.brand === 'string' ? p.brand : '',
          category: String(p.category ?? ''),
        },
        geometry: { type: 'Point' as const, coordinates: [round6(lon), round6(lat)] },
      };
    })
    .sort((a, b) => (a.properties.osm_id < b.properties.osm_id ? -1 : a.properties.osm_id > b.properties.osm_id ? 1 : 0));
}
