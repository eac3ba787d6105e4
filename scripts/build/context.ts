/**
 * Neighbouring context for the basemap: Hong Kong, Dongguan, Huizhou outlines (finer DataV files) and
 * the rest of Guangdong (coarse, for far zoom). All DataV, GCJ-02 → WGS-84.
 */
import union from '@turf/union';
import { featureCollection } from '@turf/helpers';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { gcjToWgs, mapCoords, readJson, roundGeometry, type FC } from './geo-io.ts';
import { labelPoint } from './label-point.ts';

type Poly = Feature<Polygon | MultiPolygon>;
type ContextFeature = Poly | Feature<Point>;

const NEIGHBOURS = [
  { file: '810000_full.json', id: 'hongkong', zh: '香港', en: 'Hong Kong' },
  { file: '441900_full.json', id: 'dongguan', zh: '东莞', en: 'Dongguan' },
  { file: '441300_full.json', id: 'huizhou', zh: '惠州', en: 'Huizhou' },
];

/** Guangdong cities drawn finer elsewhere (Shenzhen, Dongguan, Huizhou) are left out of the coarse layer. */
const DRAWN_ELSEWHERE = new Set(['440300', '441900', '441300']);

function dissolve(features: Poly[]): Poly {
  const wgs = features.map((f) => ({ ...f, geometry: mapCoords(f.geometry, gcjToWgs) }));
  const merged = wgs.length === 1 ? wgs[0]! : union(featureCollection(wgs));
  if (!merged) throw new Error('union of context polygons came out empty');
  return merged as Poly;
}

export function buildContext(rawDir: string): ContextFeature[] {
  const out: ContextFeature[] = NEIGHBOURS.map((n) => {
    const fc = readJson<FC>(`${rawDir}/datav/${n.file}`);
    const merged = dissolve(fc.features as Poly[]);
    return {
      type: 'Feature',
      properties: { id: n.id, name_zh: n.zh, name_en: n.en, kind: 'neighbour', geometry_source: `DataV ${n.file} (dissolved)` },
      geometry: roundGeometry(merged.geometry),
    };
  });
  // One label point per neighbour, on its largest part (not one per island).
  for (const n of NEIGHBOURS) {
    const f = out.find((x) => x.properties?.id === n.id) as Poly;
    const g = f.geometry.type === 'Polygon' ? { type: 'MultiPolygon' as const, coordinates: [f.geometry.coordinates] } : f.geometry;
    out.push({
      type: 'Feature',
      properties: { id: `${n.id}-label`, name_zh: n.zh, name_en: n.en, kind: 'neighbour-label' },
      geometry: { type: 'Point', coordinates: labelPoint(g) },
    });
  }
  const gd = readJson<FC>(`${rawDir}/datav/440000_full.json`);
  const rest = (gd.features as Poly[]).filter((f) => !DRAWN_ELSEWHERE.has(String(f.properties?.adcode)));
  for (const f of rest) {
    out.push({
      type: 'Feature',
      properties: {
        id: `gd-${f.properties?.adcode}`,
        name_zh: String(f.properties?.name ?? ''),
        name_en: '',
        kind: 'guangdong',
        geometry_source: 'DataV 440000_full.json (coarse, ≈1 km generalisation)',
      },
      geometry: roundGeometry(mapCoords(f.geometry, gcjToWgs)),
    });
  }
  return out;
}
