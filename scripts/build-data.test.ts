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
