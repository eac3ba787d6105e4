import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { TRADES } from '../../analysis/trades.ts';
import { expectRenderable } from '../test-utils.ts';
import { openStore } from '../storage/db.ts';
import { getDataset, listDatasets } from '../storage/datasets.ts';
import { columnValues } from './dataset.ts';
import { encodeGbk } from './gbk.ts';
import { DatasetImporter } from './import-dataset.ts';
import { renderDatasetIssue } from './test-utils.ts';

const enc = new TextEncoder();
const AMAP_HEAD = '名称,大类,中类,小类,经度,纬度,地址';
const amapRows = [
  '美宜佳(福华店),购物服务,便民商店/便利店,便利店,114.061192,22.541744,福华路1号',
  '华润万家,购物服务,超级市场,超市,114.0582,22.5401,深南大道',
  '福田农批市场,购物服务,综合市场,农副产品市场,114.0712,22.5601,',
  '坏行,购物服务,便民商店/便利店,便利店,abc,22.54,',
  '北京的店,购物服务,便民商店/便利店,便利店,116.40,39.90,',
  '写反了,生活服务,洗衣店,洗衣店,22.5503,114.0701,',
  '空坐标,生活服务,美容美发店,美容美发店,,22.5,',
];

describe('DatasetImporter', () => {
  it('reads an Amap export saved as GBK: GCJ-02 detected and converted, bad rows listed by line, corrections counted', async () => {
    const imp = new DatasetImporter();
    const r = await imp.read('高德POI导出.csv', encodeGbk([AMAP_HEAD, ...amapRows].join('\r\n')));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = r.preview;
    expect(p.warnings.map((w) => w.code)).toContain('import.encodingGb18030');
    expect(p.mapping).toMatchObject({ preset: 'amap', name: '名称', category: ['大类', '中类', '小类'], lon: '经度', lat: '纬度' });
    expect(p.detected.crs).toBe('gcj02-suspected');
    expect(p.from).toBe('gcj02');
    expect(p.report.count).toBe(4);
    expect(p.report.skipped.map((s) => [s.code, s.params.line])).toEqual([
      ['import.csvNotNumber', 5],
      ['import.outsideShenzhen', 6],
      ['import.csvMissingCoordinate', 8],
    ]);
    expect(p.report.corrections.map((c) => [c.code, c.count, c.at])).toEqual([['fix.swapped', 1, [7]], ['fix.converted', 4, []]]);
    for (const i of p.report.skipped) expectRenderable(i);
    const byTrade = Object.fromEntries(TRADES.map((t, i) => [t, p.report.tradeCounts[i]]));
    expect(byTrade).toMatchObject({ convenience: 1, supermarket: 1, fresh_market: 1, laundry: 1 });

    const factory = new IDBFactory();
    const db = await openStore({ factory });
    if (!db.ok) throw new Error();
    const saved = await imp.save(db.value, '福田便民网点', {}, '2026-11-28T08:00:00.000Z', 'd1');
    expect(saved.ok && saved.value).toMatchObject({ id: 'd1', name: '福田便民网点', kind: 'outlets', count: 4, source: { format: 'csv', crs: 'gcj02', rows: 7, skipped: 3 } });
    const got = await getDataset(db.value, 'd1');
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    // GCJ-02 → WGS-84 moves 市民中心 area points ≈ 300 m south-west
    expect(got.value.data.lon[0]).toBeCloseTo(114.0563, 3);
    expect(got.value.data.lat[0]).toBeCloseTo(22.5445, 3);
    expect(columnValues(got.value.data.columns[0]!)).toEqual(['美宜佳(福华店)', '华润万家', '福田农批市场', '写反了']);
    expect(got.value.data.columns.map((c) => c.key)).toEqual(['名称', '大类', '中类', '小类', '地址']);
    expect([...got.value.data.origin]).toEqual([2, 3, 4, 7]);
    db.value.close();
  });

  it('re-builds with the planner’s choices without reading the file again', async () => {
    const imp = new DatasetImporter();
    const r = await imp.read('poi.csv', enc.encode(['\uFEFF' + AMAP_HEAD, ...amapRows].join('\n')));
    if (!r.ok) throw new Error();
    const again = imp.build({ ...r.preview, from: 'wgs84' });
    expect(again.ok && again.preview.report.corrections.map((c) => c.code)).toEqual(['fix.swapped']);
    expect(again.ok && again.preview.warnings).toEqual([]); // UTF-8 with BOM: no encoding note
  });

  it('refuses a 200,001-row file, naming the limit', async () => {
    const rows = ['name,category,lon,lat'];
    for (let i = 0; i < 200_001; i++) rows.push(`s${i},shop=convenience,114.05,22.54`);
    const r = await new DatasetImporter().read('big.csv', enc.encode(rows.join('\n')));
    expect(r).toEqual({ ok: false, errors: [{ code: 'dataset.tooManyRows', params: { count: 200_001, limit: 200_000 } }] });
    expect(renderDatasetIssue(r.ok ? r.preview.warnings[0]! : r.errors[0]!, 'zh')).toContain('200,000');
  });

  it('takes a population table without categories as population, and refuses rows without a count', async () => {
    const text = ['社区,人口,经度,纬度', '福华社区,"12,345",114.06,22.54', '岗厦社区,,114.07,22.54', '园岭社区,23000,114.09,22.56'].join('\n');
    const r = await new DatasetImporter().read('人口.csv', enc.encode(text));
    expect(r.ok && r.preview.kind).toBe('population');
    expect(r.ok && r.preview.report.totalPopulation).toBe(35345);
    expect(r.ok && r.preview.report.skipped.map((s) => [s.code, s.params.line])).toEqual([['dataset.badPopulation', 3]]);
  });

  it('reads GeoJSON polygons with counts, closing an open ring and saying so', async () => {
    const ring = [[114.05, 22.53], [114.07, 22.53], [114.07, 22.55], [114.05, 22.55]];
    const doc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: '社区甲', population: 5000 }, geometry: { type: 'Polygon', coordinates: [ring] } }] };
    const r = await new DatasetImporter().read('pop.geojson', enc.encode(JSON.stringify(doc)));
    expect(r.ok && [r.preview.kind, r.preview.report.geometry, r.preview.report.count]).toEqual(['population', 'polygon', 1]);
    expect(r.ok && r.preview.report.corrections.map((c) => [c.code, c.at])).toEqual([['fix.ringClosed', [1]]]);
  });

  it('keeps every other row when one has an unclosed quote', async () => {
    const text = ['name,category,lon,lat', '"broken,shop=convenience,114.05,22.54', 'ok,shop=convenience,114.05,22.54', 'ok2,shop=supermarket,114.06,22.55'].join('\n');
    const r = await new DatasetImporter().read('osm.csv', enc.encode(text));
    expect(r.ok && r.preview.report.count).toBe(2);
    expect(r.ok && r.preview.report.skipped).toEqual([{ code: 'dataset.unclosedQuote', params: { line: 2 } }]);
  });

  it('lists only the first 100 skipped rows but counts all of them', async () => {
    const rows = ['name,lon,lat', 'ok,114.05,22.54', ...Array.from({ length: 250 }, (_, i) => `bad${i},x,22.5`)];
    const r = await new DatasetImporter().read('t.csv', enc.encode(rows.join('\n')));
    expect(r.ok && [r.preview.report.skipped.length, r.preview.report.skippedCount]).toEqual([100, 250]);
  });

  it('saves nothing when no row is usable', async () => {
    const imp = new DatasetImporter();
    await imp.read('t.csv', enc.encode('name,lon,lat\na,x,y\n'));
    const db = await openStore({ factory: new IDBFactory() });
    if (!db.ok) throw new Error();
    expect(await imp.save(db.value, 'x')).toMatchObject({ ok: false, error: { code: 'dataset.noValidRows' } });
    expect(await listDatasets(db.value)).toEqual({ ok: true, value: { datasets: [], corrupt: [] } });
  });
});
