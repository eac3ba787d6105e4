/**
 * Data tests for the plan's zones and axes as built into geodata/: valid, simple geometry inside
 * Shenzhen, an area property that matches the geometry, the plan's words, and shapes in the right
 * place (each zone holds its linked point; the axes run through the stations and ports they join).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import { featureCollection } from '@turf/helpers';
import intersect from '@turf/intersect';
import kinks from '@turf/kinks';
import pointToLineDistance from '@turf/point-to-line-distance';
import union from '@turf/union';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { statusProblems } from './status-rule.ts';
import { axisPropertiesSchema, zonePropertiesSchema, type AxisProperties, type ZoneProperties } from './zone-schema.ts';

const ROOT = resolve(__dirname, '../..');
const read = <T>(p: string) => JSON.parse(readFileSync(resolve(ROOT, p), 'utf8')) as T;
const SEED = readFileSync(resolve(ROOT, 'seeds/000_a61645bc09bce8e2.txt'), 'utf8');
const zones = read<FeatureCollection<Polygon | MultiPolygon, ZoneProperties>>('geodata/zones.geojson').features;
const axes = read<FeatureCollection<LineString, AxisProperties>>('geodata/axes.geojson').features;
const districts = read<FeatureCollection<Polygon | MultiPolygon, { id: string }>>('geodata/districts.geojson').features;
const stations = read<FeatureCollection<Point, { name_zh: string }>>('geodata/metro-stations.geojson').features;
const places = ['bonded_zone', 'venue', 'port', 'district_centre', 'city_circle'].flatMap((l) => read<FeatureCollection<Point, { id: string; name_zh: string }>>(`geodata/places/${l}.geojson`).features);
const shenzhen = union(featureCollection(districts))!;
const zone = (id: string) => zones.find((z) => z.properties.id === id)!;
const axis = (id: string) => axes.find((a) => a.properties.id === id)!;
const station = (n: string) => stations.find((s) => s.properties.name_zh === n)!.geometry.coordinates;
const place = (id: string) => places.find((p) => p.properties.id === id)!.geometry.coordinates;
const km = (f: Feature<Polygon | MultiPolygon>) => area(f) / 1e6;

const outlines: Feature<LineString>[] = (shenzhen.geometry.type === 'Polygon' ? [shenzhen.geometry.coordinates] : shenzhen.geometry.coordinates).flatMap((p) =>
  p.map((ring) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'LineString' as const, coordinates: ring } })),
);
/** Kilometres from a point to the nearest edge of Shenzhen's outline. */
const distanceToOutline = (c: number[]) => Math.min(...outlines.map((l) => pointToLineDistance(c, l, { units: 'kilometers' })));

function problems(list: string[]) {
  expect(list, `\n  ${list.join('\n  ')}\n`).toEqual([]);
}

describe('geodata/zones.geojson', () => {
  it('holds the zones the plan draws as areas', () => {
    const names = zones.map((z) => z.properties.name_zh).join(' ');
    for (const n of ['前海深港现代服务业合作区', '前海蛇口片区', '河套深港科技创新合作区深圳园区', '福田保税区', '前海综合保税区', '盐田综合保税区', '坪山综合保税区', '深圳空港综合保税区', '会展核心功能区', '国际会展门户区', '产业会展集聚区', '科技会展集聚区']) {
      expect(names).toContain(n);
    }
  });

  it('follows the zone schema', () => {
    problems(zones.flatMap((z) => { const r = zonePropertiesSchema.safeParse(z.properties); return r.success ? [] : [`${z.properties.id}: ${r.error.issues[0]?.path.join('.')} ${r.error.issues[0]?.message}`]; }));
  });

  it('has valid polygons: closed rings, no self-intersection', () => {
    const bad: string[] = [];
    for (const z of zones) {
      const polys = z.geometry.type === 'Polygon' ? [z.geometry.coordinates] : z.geometry.coordinates;
      for (const rings of polys) for (const r of rings) {
        if (r.length < 4 || r[0]!.join() !== r.at(-1)!.join()) bad.push(`${z.properties.id}: open or short ring`);
        if (r.some((c) => !c.every(Number.isFinite))) bad.push(`${z.properties.id}: non-finite coordinate`);
      }
      const k = kinks(z).features.length;
      if (k) bad.push(`${z.properties.id}: ${k} self-intersections`);
    }
    problems(bad);
  });

  it('lies inside Shenzhen', () => {
    problems(zones.flatMap((z) => { const inside = intersect(featureCollection([shenzhen, z])); const share = inside ? km(inside) / km(z) : 0; return share < 0.98 ? [`${z.properties.id}: only ${(share * 100).toFixed(1)} % inside Shenzhen`] : []; }));
  });

  it('states an area that matches its geometry within 1 %', () => {
    problems(zones.flatMap((z) => { const real = km(z); return Math.abs(z.properties.area_km2 - real) / real > 0.01 ? [`${z.properties.id}: area_km2 ${z.properties.area_km2}, geometry ${real.toFixed(2)}`] : []; }));
  });

  it('is about the official size where one is published (the notes explain the gaps)', () => {
    // 前海 and the FTZ are assembled from 街道 and road lines, 前海综保区 is sized to its figure; the
    // 河套 park and 福田保税区 use the 福田保税区 statistical unit, which is larger than the fenced zone.
    const tolerance: Record<string, number> = {
      'zone-qianhai-cooperation': 0.05, 'zone-qianhai-shekou-ftz': 0.05, 'zone-bz-qianhai': 0.05,
      'zone-hetao-shenzhen-park': 0.2, 'zone-bz-futian': 0.6,
    };
    const off = zones.filter((z) => z.properties.official_area_km2 !== null).flatMap((z) => {
      const rel = z.properties.area_km2 / z.properties.official_area_km2! - 1;
      const tol = tolerance[z.properties.id];
      return tol === undefined ? [`${z.properties.id}: no tolerance stated`] : Math.abs(rel) > tol ? [`${z.properties.id}: ${(rel * 100).toFixed(0)} % from the official ${z.properties.official_area_km2} km²`] : [];
    });
    problems(off);
    expect(zone('zone-qianhai-cooperation').properties.official_area_km2).toBe(120.56);
    expect(zone('zone-hetao-shenzhen-park').properties.official_area_km2).toBe(3.02);
  });

  it('sits where the plan’s point for it is', () => {
    const missing = zones.filter((z) => z.properties.linked_place && z.properties.kind !== 'exhibition_cluster').flatMap((z) => (booleanPointInPolygon(place(z.properties.linked_place!), z) ? [] : [`${z.properties.id} does not hold ${z.properties.linked_place}`]));
    problems(missing);
    // The exhibition clusters hold their venues; the 前海 zone holds the 前海 and airport places.
    expect(booleanPointInPolygon(place('venue-szcec'), zone('zone-exhibition-core'))).toBe(true);
    expect(booleanPointInPolygon(place('venue-szwecc-phase1'), zone('zone-exhibition-gateway'))).toBe(true);
    for (const id of ['bz-qianhai', 'port-airport', 'venue-szwecc-phase1', 'cc-qianhai-luxury', 'dc-baoan-centre']) expect(booleanPointInPolygon(place(id), zone('zone-qianhai-cooperation')), id).toBe(true);
    expect(booleanPointInPolygon(station('福保'), zone('zone-hetao-shenzhen-park'))).toBe(true);
    expect(booleanPointInPolygon(station('深大'), zone('zone-qianhai-cooperation'))).toBe(false);
  });
});

describe('geodata/axes.geojson', () => {
  it('follows the axis schema and holds the four axes', () => {
    problems(axes.flatMap((a) => { const r = axisPropertiesSchema.safeParse(a.properties); return r.success ? [] : [`${a.properties.id}: ${r.error.issues[0]?.path.join('.')}`]; }));
    expect(axes.map((a) => a.properties.id).sort()).toEqual(['axis-baoan-coast', 'axis-guangming-line6', 'axis-longhua-line4', 'axis-port-belt']);
  });

  it('has simple lines inside Shenzhen', () => {
    problems(axes.flatMap((a) => {
      const out: string[] = [];
      if (a.geometry.coordinates.length < 2) out.push(`${a.properties.id}: too short`);
      if (kinks(a).features.length) out.push(`${a.properties.id}: crosses itself`);
      // Lines along the border and the coast run on the 街道 land edge; the coarse DataV outline is up to
      // a few hundred metres off there, so "inside" means inside it or within 400 m of it.
      const outside = a.geometry.coordinates.filter((c) => !booleanPointInPolygon(c, shenzhen) && distanceToOutline(c) > 0.4);
      if (outside.length) out.push(`${a.properties.id}: ${outside.length} vertices outside Shenzhen, e.g. ${outside[0]!.join(', ')}`);
      return out;
    }));
  });

  it('runs where the plan says: line 4 from 深圳北 via 红山 to 龙华, the border through the land ports, the coast to the exhibition centre', () => {
    const near = (line: Feature<LineString>, p: number[], maxM: number) => pointToLineDistance(p, line, { units: 'kilometers' }) * 1000 <= maxM;
    const l4 = axis('axis-longhua-line4');
    expect(distance(l4.geometry.coordinates[0]!, station('深圳北'), { units: 'kilometers' })).toBeLessThan(0.15);
    expect(distance(l4.geometry.coordinates.at(-1)!, station('龙华'), { units: 'kilometers' })).toBeLessThan(0.15);
    expect(near(l4, station('红山'), 150)).toBe(true);
    for (const s of ['长圳', '凤凰城', '光明', '公明广场']) expect(near(axis('axis-guangming-line6'), station(s), 300), s).toBe(true);
    const belt = axis('axis-port-belt');
    for (const id of ['port-shenzhen-bay', 'port-futian', 'port-huanggang', 'port-luohu', 'port-wenjindu', 'port-liantang', 'port-shatoujiao']) expect(near(belt, place(id), 900), id).toBe(true);
    const coast = axis('axis-baoan-coast');
    expect(near(coast, place('venue-szwecc-phase1'), 2000)).toBe(true); // the coast lies ≈1.7 km W of the halls' centre line
    expect(near(coast, station('宝安中心'), 2000)).toBe(true);
  });
});

describe('zones and axes in the plan’s words', () => {
  const all = [...zones, ...axes].map((f) => f.properties);
  it('quote the plan verbatim', () => {
    problems(all.filter((p) => !SEED.includes(p.plan_quote)).map((p) => `${p.id}: «${p.plan_quote}»`));
  });
  it('follow the status rule', () => {
    problems(all.flatMap((p) => statusProblems(p)));
  });
});
