/**
 * The 74 街道 (subdistricts): the units community commerce is planned and reported in, and the land
 * the analysis grid covers. Source: geodata/raw/jiedao-74/ (see geodata/SOURCES.md). The file declares
 * no CRS and reads as CRS84, but it is GCJ-02 (it sits ≈ 520 m E / 300 m S of WGS-84 layers), so every
 * vertex goes through gcjToWgs like the other DataV/Amap sources. Its polygons follow the coastline:
 * their union is land only, unlike the DataV district outlines.
 */
import area from '@turf/area';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { pinyin } from 'pinyin-pro';
import { DISTRICTS } from './districts.ts';
import { gcjToWgs, mapCoords, readJson, type FC } from './geo-io.ts';
import { labelPoint } from './label-point.ts';

export const JIEDAO_RAW = 'jiedao-74/shenzhen_jiedao_74.geojson';

/** The raw file's DISTRICT → our district id. It still calls 光明区 by its pre-2018 name 光明新区. */
const DISTRICT_OF: Record<string, string> = {
  罗湖区: 'luohu', 福田区: 'futian', 南山区: 'nanshan', 宝安区: 'baoan', 龙岗区: 'longgang', 盐田区: 'yantian',
  龙华区: 'longhua', 坪山区: 'pingshan', 光明新区: 'guangming', 光明区: 'guangming', 大鹏新区: 'dapeng',
};

/** 2020 national code list: 街道 per district (PLANNING-NOTES.md); the build refuses anything else. */
export const JIEDAO_PER_DISTRICT: Record<string, number> = {
  luohu: 10, futian: 10, nanshan: 8, baoan: 10, longgang: 11, yantian: 4, longhua: 6, pingshan: 6, guangming: 6, dapeng: 3,
};

/** English names that are not what generated pinyin gives (涌 reads chōng in Cantonese place names). */
const CURATED_EN: Record<string, string> = { 葵涌: 'Kuichong' };

/** Hanyu Pinyin as place names are written: syllables run together, an apostrophe before a/o/e (Xin'an). */
export function placePinyin(zh: string): string {
  const s = pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).map((x) => x.trim()).filter(Boolean);
  const joined = s.map((x, i) => (i > 0 && /^[aoe]/.test(x) ? `'${x}` : x)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

export interface JiedaoProps {
  id: string;
  district: string;
  name_zh: string;
  name_en: string;
  name_en_source: 'curated' | 'pinyin';
  land_km2: number;
  geometry_source: string;
}

export function buildJiedao(rawDir: string): { polygons: Feature<MultiPolygon, JiedaoProps>[]; labels: Feature<Point>[] } {
  const raw = readJson<FC>(`${rawDir}/${JIEDAO_RAW}`);
  const polygons = raw.features.map((f): Feature<MultiPolygon, JiedaoProps> => {
    const rawDistrict = String(f.properties?.DISTRICT ?? '');
    const district = DISTRICT_OF[rawDistrict];
    if (!district) throw new Error(`街道 file: unknown district ${rawDistrict}`);
    const short = String(f.properties?.NAME ?? '').trim();
    if (!short) throw new Error('街道 file: a feature without NAME');
    const g = f.geometry as Polygon | MultiPolygon;
    const geometry: MultiPolygon = mapCoords(g.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [g.coordinates] } : g, gcjToWgs);
    const en = CURATED_EN[short];
    const slug = placePinyin(short).toLowerCase().replace(/[^a-z]/g, '');
    return {
      type: 'Feature',
      properties: {
        id: `${district}-${slug}`,
        district,
        name_zh: `${short}街道`,
        name_en: `${en ?? placePinyin(short)} Subdistrict`,
        name_en_source: en ? 'curated' : 'pinyin',
        land_km2: Math.round(area({ type: 'Feature', properties: {}, geometry }) / 1e4) / 100,
        geometry_source: `${JIEDAO_RAW} (GCJ-02 → WGS-84)`,
      },
      geometry,
    };
  });
  polygons.sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  const ids = new Set(polygons.map((p) => p.properties.id));
  if (ids.size !== polygons.length) throw new Error('two 街道 share an id');
  for (const [d, n] of Object.entries(JIEDAO_PER_DISTRICT)) {
    const got = polygons.filter((p) => p.properties.district === d).length;
    if (got !== n) throw new Error(`街道 file: ${d} has ${got} 街道, the 2020 code list has ${n}`);
  }
  const known = new Set(DISTRICTS.map((d) => d.id));
  for (const p of polygons) if (!known.has(p.properties.district)) throw new Error(`街道 ${p.properties.id}: district not in districts.geojson`);
  const labels = polygons.map((p) => ({
    type: 'Feature' as const,
    properties: { id: p.properties.id, district: p.properties.district, name_zh: p.properties.name_zh, name_en: p.properties.name_en },
    geometry: { type: 'Point' as const, coordinates: labelPoint(p.geometry) },
  }));
  return { polygons, labels };
}
