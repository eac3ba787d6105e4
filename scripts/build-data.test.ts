import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import distance from '@turf/distance';
import { buildAll } from './build-data.ts';

const geodata = join(import.meta.dirname, '..', 'geodata');
const read = (dir: string, f: string) => readFileSync(join(dir, f));

describe('npm run build:data', () => {
  const a = mkdtempSync(join(tmpdir(), 'atlas-a-'));
  const b = mkdtempSync(join(tmpdir(), 'atlas-b-'));
  const files = buildAll(a);
  buildAll(b);

  it('gives identical bytes on two runs', () => {
    for (const f of files) expect(read(a, f).equals(read(b, f)), f).toBe(true);
    expect(readdirSync(a).sort()).toEqual([...files].sort());
  });

  it('matches the committed geodata/ (the built files were regenerated after the last script change)', () => {
    for (const f of files) expect(read(a, f).equals(read(geodata, f)), `${f} is stale: run npm run build:data`).toBe(true);
  });
});

describe('GCJ-02 → WGS-84', () => {
  it('puts 市民中心 station within 60 m of its WGS-84 position in the independent HKUST file', () => {
    const stations = JSON.parse(read(geodata, 'metro-stations.geojson').toString());
    const ours = stations.features.find((f: { properties: { name_zh: string } }) => f.properties.name_zh === '市民中心');
    const hk = JSON.parse(read(join(geodata, 'raw'), 'hkust-lines-2024/shenzhen_Metro.json').toString());
    const id = hk.Line4.name2id[0]['市民中心'];
    const ref = hk.Line4.center_gps[0][String(id)] as [number, number];
    const metres = distance(ours.geometry.coordinates, ref, { units: 'kilometers' }) * 1000;
    expect(metres).toBeLessThan(60);
    // And the raw Amap (GCJ-02) point is ~600 m off, so the test would catch a missing conversion.
    const rawLine = read(join(geodata, 'raw'), 'amap-stations-2026/stations.csv').toString().split('\n').find((l) => l.includes(',市民中心,'))!;
    const [, , , , , lon, lat] = rawLine.split(',');
    expect(distance([Number(lon), Number(lat)], ref, { units: 'kilometers' }) * 1000).toBeGreaterThan(300);
  });

  it('moves every station: median distance to HKUST stations of the same name is under 40 m', () => {
    const stations = JSON.parse(read(geodata, 'metro-stations.geojson').toString()).features as { properties: { name_zh: string }; geometry: { coordinates: [number, number] } }[];
    const hk = JSON.parse(read(join(geodata, 'raw'), 'hkust-lines-2024/shenzhen_Metro.json').toString());
    const ref = new Map<string, [number, number]>();
    for (const [k, line] of Object.entries<Record<string, [Record<string, unknown>]>>(hk)) {
      if (k === 'Line_name') continue;
      const names = line.id2name![0] as Record<string, string>;
      const gps = line.center_gps![0] as Record<string, [number, number]>;
      for (const [i, n] of Object.entries(names)) ref.set(n, gps[i]!);
    }
    const d = stations.filter((s) => ref.has(s.properties.name_zh)).map((s) => distance(s.geometry.coordinates, ref.get(s.properties.name_zh)!, { units: 'kilometers' }) * 1000).sort((x, y) => x - y);
    expect(d.length).toBeGreaterThan(250);
    expect(d[Math.floor(d.length / 2)]!).toBeLessThan(40);
  });
});

describe('districts', () => {
  const fc = JSON.parse(read(geodata, 'districts.geojson').toString());
  const byId = Object.fromEntries(fc.features.map((f: { properties: { id: string } }) => [f.properties.id, f.properties]));
  it('has the 9 DataV districts, 大鹏新区 split out, and 深汕 flagged as approximate', () => {
    expect(fc.features).toHaveLength(11);
    expect(byId.dapeng.name_zh).toBe('大鹏新区');
    expect(byId.longgang.area_km2).toBeLessThan(400); // without the peninsula (≈ 780 km² with it)
    expect(byId.shenshan.approximate).toBe(true);
    expect(Object.values(byId).filter((p) => (p as { approximate: boolean }).approximate)).toHaveLength(1);
  });
  it('carries the 2020 census population; the ten districts plus 深汕 add up to the city total', () => {
    expect(byId.baoan.population_2020).toBe(4_476_554);
    expect(byId.dapeng.population_2020).toBe(156_236);
    const total = Object.values(byId).reduce((s: number, p) => s + (p as { population_2020: number }).population_2020, 0);
    expect(total).toBe(17_560_061);
  });
});

describe('街道 (geodata/jiedao.geojson)', () => {
  type JdProps = { id: string; district: string; name_zh: string; name_en: string; name_en_source: string; land_km2: number };
  const fc = JSON.parse(read(geodata, 'jiedao.geojson').toString()) as { features: { properties: JdProps; geometry: { coordinates: number[][][][] } }[] };
  const jd = fc.features.map((f) => f.properties);

  it('has the 74 街道 of the 2020 code list, per district as in the planning notes', () => {
    const count: Record<string, number> = {};
    for (const p of jd) count[p.district] = (count[p.district] ?? 0) + 1;
    expect(count).toEqual({ luohu: 10, futian: 10, nanshan: 8, baoan: 10, longgang: 11, yantian: 4, longhua: 6, pingshan: 6, guangming: 6, dapeng: 3 });
    const districtIds = JSON.parse(read(geodata, 'districts.geojson').toString()).features.map((f: { properties: { id: string } }) => f.properties.id);
    for (const p of jd) expect(districtIds).toContain(p.district);
    expect(new Set(jd.map((p) => p.id)).size).toBe(74);
  });

  it('names them as planners write them, 光明新区 now 光明区, pinyin marked as generated', () => {
    const xinan = jd.find((p) => p.name_zh === '新安街道')!;
    expect(xinan).toMatchObject({ district: 'baoan', name_en: "Xin'an Subdistrict", name_en_source: 'pinyin' });
    expect(jd.find((p) => p.name_zh === '葵涌街道')).toMatchObject({ district: 'dapeng', name_en: 'Kuichong Subdistrict', name_en_source: 'curated' });
    expect(jd.filter((p) => p.district === 'guangming').map((p) => p.name_zh)).toContain('公明街道');
    for (const p of jd) expect(p.name_zh).toMatch(/街道$/);
  });

  it('is land only (≈ 1,965 km², under the official 1,997 km²) and converted from GCJ-02', () => {
    const total = jd.reduce((s, p) => s + p.land_km2, 0);
    expect(total).toBeGreaterThan(1940);
    expect(total).toBeLessThan(1997.47);
    expect(jd.filter((p) => p.district === 'dapeng').reduce((s, p) => s + p.land_km2, 0)).toBeLessThan(300); // the DataV outline has ≈ 392
    // The first vertex moved by the GCJ-02 offset (≈ −0.005° lon, +0.003° lat in Shenzhen).
    const raw = JSON.parse(read(join(geodata, 'raw'), 'jiedao-74/shenzhen_jiedao_74.geojson').toString());
    const nanao = raw.features.find((f: { properties: { NAME: string } }) => f.properties.NAME === '南澳');
    const ours = fc.features.find((f) => f.properties.name_zh === '南澳街道')!;
    const [rx, ry] = nanao.geometry.coordinates[0][0] as [number, number];
    const [x, y] = ours.geometry.coordinates[0]![0]![0]! as [number, number];
    expect(x - rx).toBeCloseTo(-0.0049, 3);
    expect(y - ry).toBeCloseTo(0.0027, 3);
  });
});
