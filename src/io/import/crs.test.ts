import { describe, expect, it } from 'vitest';
import type { Proposal } from '../proposal.ts';
import { convertBd09ToWgs, convertGcjToWgs, sourceTexts, suspectCrs } from './crs.ts';

const T = '2026-11-26T00:00:00.000Z';
const civic = (x: number, y: number): Proposal => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [x, y] },
  properties: { id: 'civic', name_zh: '市民中心', name_en: '', layer: 'commercial_node', tier: 'city', status: 'existing', note: '', source: 'imported', created: T, updated: T },
});
const metres = ([x1, y1]: number[], [x2, y2]: number[]) => Math.hypot((x1! - x2!) * 102_900, (y1! - y2!) * 110_800);

describe('suspectCrs', () => {
  it('flags files that name a Chinese map source', () => {
    expect(suspectCrs(['lng_gcj02'])).toEqual({ crs: 'gcj02-suspected', evidence: 'lng_gcj02' });
    expect(suspectCrs(['高德POI导出.csv'])).toMatchObject({ crs: 'gcj02-suspected' });
    expect(suspectCrs(['百度经度'])).toMatchObject({ crs: 'bd09-suspected' });
  });
  it('takes unmarked data, and marks naming WGS-84, as WGS-84', () => {
    expect(suspectCrs(['name', 'lon', 'lat', 'stations.csv'])).toEqual({ crs: 'wgs84' });
    expect(suspectCrs(['gcj02 converted to wgs84'])).toEqual({ crs: 'wgs84' });
  });
  it('reads sources from keys and source-like values, not from names', () => {
    expect(sourceTexts({ name: '高德汇购物中心', 来源: '高德地图', amap_id: 'B0FFG' })).toEqual(['name', '来源', '高德地图', 'amap_id']);
    expect(suspectCrs(sourceTexts({ name: '高德汇购物中心' }))).toEqual({ crs: 'wgs84' });
  });
});

describe('convertGcjToWgs / convertBd09ToWgs', () => {
  // 市民中心 station: Amap (GCJ-02) 114.061192, 22.541744; HKUST WGS-84 114.05579, 22.54444 (geodata/raw/SOURCES-raw.md).
  it('moves the Amap position of 市民中心 to within 30 m of its WGS-84 position', () => {
    const [out] = convertGcjToWgs([civic(114.061192, 22.541744)]);
    expect(metres(out!.geometry.coordinates as number[], [114.05579, 22.54444])).toBeLessThan(30);
  });
  it('moves a BD-09 position about 1 km and leaves the input untouched', () => {
    const input = [civic(114.06768, 22.54769)];
    const [out] = convertBd09ToWgs(input);
    expect(input[0]!.geometry.coordinates).toEqual([114.06768, 22.54769]);
    expect(metres(out!.geometry.coordinates as number[], [114.05579, 22.54444])).toBeLessThan(60);
  });
  it('keeps polygon rings closed', () => {
    const ring: [number, number][] = [[114.05, 22.53], [114.07, 22.53], [114.07, 22.55], [114.05, 22.53]];
    const zone: Proposal = { ...civic(0, 0), geometry: { type: 'Polygon', coordinates: [ring] }, properties: { ...civic(0, 0).properties, layer: 'zone' } };
    const [out] = convertGcjToWgs([zone]);
    const r = (out!.geometry.coordinates as [number, number][][])[0]!;
    expect(r[0]).toEqual(r.at(-1));
  });
});
