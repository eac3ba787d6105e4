/**
 * Districts: the 9 DataV districts (GCJ-02 → WGS-84), with 大鹏新区 split out of 龙岗区 and an honest,
 * flagged approximation of 深汕特别合作区. Population: 2020 census bulletin.
 */
import intersect from '@turf/intersect';
import area from '@turf/area';
import { featureCollection, polygon as turfPolygon } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { gcjToWgs, mapCoords, readJson, roundGeometry, type FC } from './geo-io.ts';

export const CENSUS_SOURCE = '深圳市第七次全国人口普查公报（2021-05）';
const CITY_TOTAL_2020 = 17_560_061;

/** id, names and 2020 resident population (深圳市第七次全国人口普查公报). */
export const DISTRICTS: { adcode: string | null; id: string; zh: string; en: string; pop: number | null }[] = [
  { adcode: '440304', id: 'futian', zh: '福田区', en: 'Futian', pop: 1_553_225 },
  { adcode: '440303', id: 'luohu', zh: '罗湖区', en: 'Luohu', pop: 1_143_801 },
  { adcode: '440308', id: 'yantian', zh: '盐田区', en: 'Yantian', pop: 214_225 },
  { adcode: '440305', id: 'nanshan', zh: '南山区', en: 'Nanshan', pop: 1_795_826 },
  { adcode: '440306', id: 'baoan', zh: '宝安区', en: "Bao'an", pop: 4_476_554 },
  { adcode: '440307', id: 'longgang', zh: '龙岗区', en: 'Longgang', pop: 3_979_037 },
  { adcode: '440309', id: 'longhua', zh: '龙华区', en: 'Longhua', pop: 2_528_872 },
  { adcode: '440310', id: 'pingshan', zh: '坪山区', en: 'Pingshan', pop: 551_333 },
  { adcode: '440311', id: 'guangming', zh: '光明区', en: 'Guangming', pop: 1_095_289 },
  // 大鹏新区 is a functional area inside 龙岗区's statistical code; it has no adcode of its own.
  { adcode: null, id: 'dapeng', zh: '大鹏新区', en: 'Dapeng New District', pop: 156_236 },
];

/**
 * 深汕特别合作区 has no boundary in any shipped file. This hand-drawn hull around its four towns
 * (鹅埠, 小漠, 鲘门, 赤石; WGS-84) is clipped to the DataV 汕尾 coastline and is only an indication
 * of where it lies and roughly how large it is (official area 468.3 km²).
 */
const SHENSHAN_HULL: Position[] = [
  [114.98, 22.7], [114.99, 22.89], [115.05, 22.97], [115.14, 22.99],
  [115.21, 22.95], [115.22, 22.84], [115.19, 22.7], [114.98, 22.7],
];

type Poly = Feature<Polygon | MultiPolygon>;

export function buildDistricts(rawDir: string): { features: Poly[]; shenshanAreaKm2: number } {
  const raw = readJson<FC>(`${rawDir}/datav/440300_full.json`);
  const out: Poly[] = [];
  for (const d of DISTRICTS.filter((x) => x.adcode)) {
    const f = raw.features.find((x) => String(x.properties?.adcode) === d.adcode) as Poly | undefined;
    if (!f) throw new Error(`DataV 440300 has no district ${d.adcode} ${d.zh}`);
    let geom = mapCoords(f.geometry, gcjToWgs) as MultiPolygon;
    if (d.id === 'longgang') {
      // DataV's 龙岗区 is two parts; the second (lon 114.34–114.63) is the 大鹏 peninsula = 大鹏新区.
      const [main, peninsula] = geom.coordinates;
      if (!main || !peninsula || geom.coordinates.length !== 2) throw new Error('龙岗区 is no longer two parts');
      geom = { type: 'MultiPolygon', coordinates: [main] };
      const dp = DISTRICTS.find((x) => x.id === 'dapeng')!;
      out.push(districtFeature(dp, { type: 'MultiPolygon', coordinates: [peninsula] }, 'DataV 440300 龙岗区, second part (大鹏半岛)'));
    }
    out.push(districtFeature(d, geom, `DataV 440300 ${d.zh}`));
  }
  const shenshan = buildShenshan(rawDir);
  out.push(shenshan);
  out.sort((a, b) => String(a.properties!.id).localeCompare(String(b.properties!.id)));
  return { features: out, shenshanAreaKm2: area(shenshan) / 1e6 };
}

function districtFeature(
  d: (typeof DISTRICTS)[number],
  geometry: MultiPolygon,
  geometrySource: string,
): Poly {
  return {
    type: 'Feature',
    properties: {
      id: d.id,
      name_zh: d.zh,
      name_en: d.en,
      adcode: d.adcode,
      population_2020: d.pop,
      population_source: CENSUS_SOURCE,
      geometry_source: geometrySource,
      approximate: false,
      area_km2: Math.round(area({ type: 'Feature', properties: {}, geometry }) / 1e4) / 100,
    },
    geometry: roundGeometry(geometry),
  };
}

function buildShenshan(rawDir: string): Poly {
  const gd = readJson<FC>(`${rawDir}/datav/440000_full.json`);
  const shanwei = gd.features.find((f) => String(f.properties?.adcode) === '441500') as Poly | undefined;
  if (!shanwei) throw new Error('DataV 440000 has no 汕尾市 (441500)');
  const shanweiWgs: Poly = { ...shanwei, geometry: mapCoords(shanwei.geometry, gcjToWgs) };
  const clipped = intersect(featureCollection([turfPolygon([SHENSHAN_HULL]), shanweiWgs]));
  if (!clipped) throw new Error('深汕 hull does not meet 汕尾');
  const geometry: MultiPolygon =
    clipped.geometry.type === 'Polygon'
      ? { type: 'MultiPolygon', coordinates: [clipped.geometry.coordinates] }
      : clipped.geometry;
  const others = DISTRICTS.reduce((s, d) => s + (d.pop ?? 0), 0);
  return {
    type: 'Feature',
    properties: {
      id: 'shenshan',
      name_zh: '深汕特别合作区',
      name_en: 'Shenzhen-Shanwei Special Cooperation Zone',
      adcode: null,
      population_2020: CITY_TOTAL_2020 - others,
      population_source: `${CENSUS_SOURCE}: city total 17,560,061 minus the ten districts`,
      geometry_source: 'approximate: hand-drawn hull around 鹅埠/小漠/鲘门/赤石 clipped to DataV 汕尾 coastline; not an official boundary',
      approximate: true,
      area_km2: Math.round(area({ type: 'Feature', properties: {}, geometry }) / 1e4) / 100,
    },
    geometry: roundGeometry(geometry),
  };
}
