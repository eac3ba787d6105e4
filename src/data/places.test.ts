/**
 * Data tests for the hand-placed plan places in geodata/places/<layer>.geojson.
 * They read the files from disk (node:fs), as the build ships them, and check them against the
 * schema, the district polygons, the metro stations and the plan text itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PLACE_LAYERS, placeCollectionSchema, type PlaceLayer, type PlaceProperties } from './place-schema';
import { statusProblems } from './status-rule';

const ROOT = resolve(__dirname, '../..');
const PLACES_DIR = resolve(ROOT, 'geodata/places');
const SEED = readFileSync(resolve(ROOT, 'seeds/000_a61645bc09bce8e2.txt'), 'utf8');
/** Greatest distance between a station-anchored place and its anchor station. */
const MAX_ANCHOR_DISTANCE_M = 1200;

type PlaceFeature = Feature<Point, PlaceProperties>;

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const placeFiles = readdirSync(PLACES_DIR)
  .filter((f) => f.endsWith('.geojson'))
  .sort();

/** Each file parsed raw (the schema is checked in its own test, with readable errors). */
const rawByFile = new Map(placeFiles.map((f) => [f, readJson(resolve(PLACES_DIR, f))]));

function parsed(file: string): PlaceFeature[] {
  const result = placeCollectionSchema.safeParse(rawByFile.get(file));
  if (!result.success) throw new Error(`${file} does not follow place-schema:\n${z.prettifyError(result.error)}`);
  return result.data.features as PlaceFeature[];
}

/** All features that pass the schema, tagged with their file (files that fail are reported by the schema test). */
const all: { file: string; f: PlaceFeature }[] = placeFiles.flatMap((file) => {
  const result = placeCollectionSchema.safeParse(rawByFile.get(file));
  return result.success ? (result.data.features as PlaceFeature[]).map((f) => ({ file, f })) : [];
});

const districts = readJson(resolve(ROOT, 'geodata/districts.geojson')) as FeatureCollection<
  Polygon | MultiPolygon,
  { id: string }
>;
const districtById = new Map(districts.features.map((d) => [d.properties.id, d]));
const jiedao = readJson(resolve(ROOT, 'geodata/jiedao.geojson')) as FeatureCollection<MultiPolygon, { id: string; district: string }>;

const stations = readJson(resolve(ROOT, 'geodata/metro-stations.geojson')) as FeatureCollection<
  Point,
  { id: string; name_zh: string }
>;
const stationById = new Map(stations.features.map((s) => [s.properties.id, s]));

/**
 * Places the plan names in the passages this data covers, by layer (name_zh as in the files).
 * Deleting or renaming one of these fails the test on purpose.
 */
const REQUIRED: Record<PlaceLayer, string[]> = {
  city_circle: [
    '福田CBD商圈',
    '卓悦中心 One Avenue',
    '星河COCO Park',
    '皇庭广场',
    '香蜜湖国际高端消费区',
    '后海中心商业区',
    '深圳湾万象城',
    '后海空中商业连廊',
    '后海超级总部基地',
    '大东门-湖贝商圈',
    '万象城三期',
    '前海合作区高端消费集聚区',
    '人民南国际免税店',
  ],
  district_centre: [
    '壹海城',
    '大梅沙奥特莱斯',
    '宝安商业中心',
    '龙岗超级CBD',
    '大运深港中心',
    '布吉商贸中心',
    '北站商圈',
    '红山商圈',
    '龙华商圈',
    '坪山商业中心',
    '光明区消费主轴',
    '葵涌中心商业区',
    '深汕特别合作区商业中心',
    '龙岗“三馆一城”',
    '龙岗世贸中心',
    '龙岗万科广场',
    '龙岗珠江广场',
    '益田假日世界',
    '坪山天虹商场',
    '悦都会',
    '财富城（一期）',
    '创新广场',
    '花样年家天下',
    '招商东岸',
  ],
  featured_street: [
    '华强北商业街',
    '水贝时尚商业街',
    '横岗眼镜城',
    '大浪时尚小镇',
    '海上世界',
    '太子湾邮轮母港区',
    '大梅沙',
    '小梅沙',
    '深汕百安半岛',
    '环龙岐湾滨海国际旅游度假区',
    '金沙湾国际乐园',
    '大鹏所城旅游区',
    '新大旅游项目',
    '世界之窗',
    '中华民俗文化村',
    '欢乐谷',
    '华侨城创意文化园',
    '观澜文化旅游街区',
    '公明老街',
    '东门步行街',
    '岭南建筑展示馆',
    '华侨文化陈列馆',
  ],
  night_economy: [
    '海上世界夜间经济示范街区',
    '欢乐海岸夜间经济示范街区',
    '东门夜间经济示范街区',
    '宝安中心区夜间经济示范街区',
  ],
  bonded_zone: ['福田保税区', '前海综合保税区', '盐田综合保税区', '坪山综合保税区', '深圳空港综合保税区（规划）'],
  port: [
    '皇岗口岸',
    '沙头角口岸',
    '罗湖口岸',
    '文锦渡口岸',
    '前海新口岸（探索）',
    '大鹏新口岸（探索）',
    '深圳机场航空口岸',
    '蛇口邮轮母港口岸',
    '深圳湾口岸',
    '福田口岸',
    '莲塘口岸',
    '盐田港',
    '深圳港西部港区（蛇口、赤湾、妈湾）',
    '大铲湾港',
  ],
  venue: [
    '深圳国际会展中心（一期）',
    '深圳国际会展中心（二期）',
    '深圳会展中心',
    '深圳科技博览中心',
    '国际艺展中心',
    '坂雪岗科技会展集聚区',
  ],
  ecommerce_base: [
    '蛇口网谷',
    '华南城电子商务产业园',
    '水贝黄金珠宝直播基地',
    '南油荔秀直播基地',
    '大浪时尚小镇电商直播基地',
    '水贝-布心黄金珠宝集聚区',
    '罗湖黄金钻石金融中心',
  ],
  landmark: ['壹方城', '万象天地', '罗湖核心商圈'],
  trade_platform: ['前海数字贸易产业发展示范基地', '深圳高新区数字服务出口集聚区', '前海粤港澳服务贸易自由化示范基地'],
};

/** The eight ports the plan names (第三章第四节; 专栏5-4) and the action it gives each. */
const NAMED_PORTS: Record<string, string> = {
  皇岗口岸: 'rebuild',
  沙头角口岸: 'rebuild',
  罗湖口岸: 'upgrade',
  文锦渡口岸: 'upgrade',
  '前海新口岸（探索）': 'explore_new',
  '大鹏新口岸（探索）': 'explore_new',
  深圳机场航空口岸: 'departure_tax_refund',
  蛇口邮轮母港口岸: 'departure_tax_refund',
};

/** Collects every failing case and fails once with the full list, so one run shows all problems. */
function expectNoProblems(problems: string[]): void {
  expect(problems, `\n  ${problems.join('\n  ')}\n`).toEqual([]);
}

describe('geodata/places', () => {
  it('has exactly one file per place layer', () => {
    expect(placeFiles).toEqual([...PLACE_LAYERS].map((l) => `${l}.geojson`).sort());
  });

  it.each(placeFiles)('%s follows the place schema', (file) => {
    expect(() => parsed(file)).not.toThrow();
  });

  it('keeps each feature in the file of its layer', () => {
    const wrong = all
      .filter(({ file, f }) => `${f.properties.layer}.geojson` !== file)
      .map(({ file, f }) => `${f.properties.id} is layer ${f.properties.layer} but sits in ${file}`);
    expectNoProblems(wrong);
  });

  it('uses each id once across all files', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const { file, f } of all) {
      const prev = seen.get(f.properties.id);
      if (prev) dupes.push(`${f.properties.id} in ${prev} and ${file}`);
      seen.set(f.properties.id, file);
    }
    expectNoProblems(dupes);
  });

  it('puts every point inside its stated district (DataV outline, or one of the district’s 街道 where the coarse outline strays)', () => {
    const outside = all
      .filter(({ f }) => {
        const d = districtById.get(f.properties.district);
        const inJiedao = jiedao.features.some((j) => j.properties.district === f.properties.district && booleanPointInPolygon(f.geometry.coordinates, j));
        return !d || !(booleanPointInPolygon(f.geometry.coordinates, d) || inJiedao);
      })
      .map(({ f }) => `${f.properties.id} (${f.geometry.coordinates.join(', ')}) is not inside ${f.properties.district}`);
    expectNoProblems(outside);
  });

  it('quotes the plan verbatim', () => {
    const missing = all
      .filter(({ f }) => !SEED.includes(f.properties.plan_quote))
      .map(({ f }) => `${f.properties.id}: «${f.properties.plan_quote}» is not in the seed text`);
    expectNoProblems(missing);
  });

  it('anchors station-anchored places to a real station within 1,200 m, and only those', () => {
    const problems: string[] = [];
    for (const { f } of all) {
      const p = f.properties;
      if (p.placement !== 'station-anchored') {
        if (p.anchor_station !== null) problems.push(`${p.id} is ${p.placement} but names anchor ${p.anchor_station}`);
        continue;
      }
      const s = p.anchor_station ? stationById.get(p.anchor_station) : undefined;
      if (!s) {
        problems.push(`${p.id}: anchor ${p.anchor_station} is not in geodata/metro-stations.geojson`);
        continue;
      }
      const m = distance(f.geometry.coordinates, s.geometry.coordinates, { units: 'kilometers' }) * 1000;
      if (m > MAX_ANCHOR_DISTANCE_M) problems.push(`${p.id} is ${Math.round(m)} m from ${s.properties.name_zh} station`);
    }
    expectNoProblems(problems);
  });

  it.each(PLACE_LAYERS)('%s holds every required plan place', (layer) => {
    const names = new Set(all.filter(({ f }) => f.properties.layer === layer).map(({ f }) => f.properties.name_zh));
    expectNoProblems(REQUIRED[layer].filter((n) => !names.has(n)).map((n) => `missing ${n} in ${layer}`));
  });

  it('has the eight ports the plan names, each with the plan’s action', () => {
    const ports = new Map(
      all.filter(({ f }) => f.properties.layer === 'port').map(({ f }) => [f.properties.name_zh, f.properties]),
    );
    const problems: string[] = [];
    for (const [name, action] of Object.entries(NAMED_PORTS)) {
      const p = ports.get(name);
      if (!p) problems.push(`missing port ${name}`);
      else if (p.port_action !== action) problems.push(`${name}: port_action ${p.port_action}, plan says ${action}`);
      else if (!p.named_in_plan) problems.push(`${name}: named_in_plan must be true`);
    }
    const namedCount = [...ports.values()].filter((p) => p.named_in_plan).length;
    if (namedCount !== Object.keys(NAMED_PORTS).length) {
      problems.push(`${namedCount} ports are marked named_in_plan, the plan names ${Object.keys(NAMED_PORTS).length}`);
    }
    expectNoProblems(problems);
  });

  it('gives every place the status its quote’s verb allows (status-rule.ts)', () => {
    expectNoProblems(all.flatMap(({ f }) => statusProblems(f.properties)));
  });

  it('keeps the statuses the plan’s words call for', () => {
    const st = (id: string) => all.find(({ f }) => f.properties.id === id)?.f.properties;
    // Rebuilt ports are existing crossings: drawn as changing, never as new sites.
    expect(st('port-huanggang')).toMatchObject({ status: 'upgrade', port_action: 'rebuild' });
    expect(st('port-shatoujiao')).toMatchObject({ status: 'upgrade', port_action: 'rebuild' });
    // 研究推动…规划建设 is a study.
    expect(st('venue-szwecc-phase2')?.status).toBe('study');
    expect(st('venue-tech-expo')?.status).toBe('study');
    // The cluster exists; what is explored is the finance centre.
    expect(st('ec-shuibei-buxin-gold')?.status).toBe('existing');
    expect(st('ec-luohu-gold-diamond-finance')).toMatchObject({ status: 'explore', parent: 'ec-shuibei-buxin-gold' });
    expect(st('fs-gongming-old-street')?.plan_quote).toContain('维修、复原');
    // One sentence, one status: the three circles of 龙华's 一带三圈; 海上世界 in both its layers.
    const longhua = ['dc-longhua-beizhan', 'dc-longhua-hongshan', 'dc-longhua-longhua'].map((id) => st(id));
    expect(new Set(longhua.map((p) => `${p?.status}|${p?.plan_quote}`)).size).toBe(1);
    expect(st('fs-sea-world')?.status).toBe(st('ne-sea-world')?.status);
  });

  it('cites a fitting sentence for the ports the plan does not name', () => {
    const ports = all.filter(({ f }) => f.properties.layer === 'port' && !f.properties.named_in_plan).map(({ f }) => f.properties);
    expect(ports).toHaveLength(6);
    const wrong = ports.filter((p) => (p.port_kind === 'sea' ? !p.plan_quote.includes('集装箱') : !p.plan_quote.includes('深港口岸')));
    expectNoProblems(wrong.map((p) => `${p.id} (${p.port_kind}) quotes «${p.plan_quote}»`));
  });

  it('links each anchor site to a centre of its own layer and draws it at that centre', () => {
    const byId = new Map(all.map(({ f }) => [f.properties.id, f]));
    const problems: string[] = [];
    for (const { f } of all) {
      const parentId = f.properties.parent;
      if (!parentId) continue;
      const parent = byId.get(parentId);
      if (!parent) problems.push(`${f.properties.id}: parent ${parentId} does not exist`);
      else if (parent.properties.parent) problems.push(`${f.properties.id}: parent ${parentId} is itself an anchor site`);
      else if (parent.properties.layer !== f.properties.layer) problems.push(`${f.properties.id}: parent is in another layer`);
      else if (parent.geometry.coordinates.join() !== f.geometry.coordinates.join()) problems.push(`${f.properties.id}: not drawn at its centre's position`);
    }
    expectNoProblems(problems);
    expect(all.filter(({ f }) => f.properties.parent === 'dc-pingshan')).toHaveLength(5);
    expect(all.filter(({ f }) => f.properties.parent === 'dc-longgang-super-cbd')).toHaveLength(4);
    expect(all.filter(({ f }) => f.properties.parent === 'dc-kuichong')).toHaveLength(2);
  });

  it('documents every feature in PLACEMENT.md', () => {
    const doc = resolve(PLACES_DIR, 'PLACEMENT.md');
    expect(existsSync(doc)).toBe(true);
    const text = readFileSync(doc, 'utf8');
    expectNoProblems(all.filter(({ f }) => !text.includes(`\`${f.properties.id}\``)).map(({ f }) => `${f.properties.id} not in PLACEMENT.md`));
  });
});
