import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFile } from './import-file.ts';
import { IMPORT_LIMITS } from './limits.ts';

const T = '2026-11-26T00:00:00.000Z';
let n = 0;
const opts = { now: () => T, makeId: () => `gen-${++n}` };
const pt = (x: number, y: number, props: object = { name: 'A' }) => ({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: [x, y] } });
const fc = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('importFile', () => {
  it('imports good features as proposals with fresh metadata', () => {
    const r = importFile('a.geojson', fc(pt(114.05, 22.54, { id: 'keep-me', name: '甲' })), opts);
    expect(r).toEqual({
      ok: true,
      features: [{
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [114.05, 22.54] },
        properties: { id: 'keep-me', name_zh: '甲', name_en: '', layer: 'commercial_node', tier: 'community', status: 'explore', note: '', source: 'imported', created: T, updated: T },
      }],
      warnings: [],
      dropped: [],
      detected: { format: 'geojson', crs: 'wgs84' },
    });
  });

  it('imports the good features of a mixed file and names each dropped one', () => {
    const r = importFile('a.geojson', fc(pt(114.05, 22.54), pt(116.4, 39.9), { type: 'Feature', geometry: null }, pt(22.55, 114.06)), opts);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.features.map((f) => f.geometry.coordinates)).toEqual([[114.05, 22.54], [114.06, 22.55]]);
    expect(r.dropped.map((d) => [d.code, d.params.feature])).toEqual([['import.outsideShenzhen', 2], ['import.missingGeometry', 3]]);
    expect(r.warnings).toEqual([{ code: 'import.swappedLatLon', params: { feature: 4 } }]);
    expect(r.detected.swapped).toBe(true);
  });

  it('gives split parts and duplicates distinct ids', () => {
    const multi = { type: 'Feature', id: 'm', properties: { name: 'M' }, geometry: { type: 'MultiPoint', coordinates: [[114.05, 22.54], [114.06, 22.55]] } };
    const r = importFile('a.geojson', fc(multi, { ...pt(114.07, 22.56), id: 'm' }), opts);
    expect(r.ok && r.features.map((f) => f.properties.id)).toEqual(['m', 'm-2', expect.stringMatching(/^gen-/)]);
  });

  it('enforces the stated limits: 5 MB and 5,000 features', () => {
    expect(IMPORT_LIMITS).toMatchObject({ maxBytes: 5 * 1024 * 1024, maxFeatures: 5000 });
    const big = ' '.repeat(IMPORT_LIMITS.maxBytes) + '{}';
    expect(importFile('big.geojson', big)).toEqual({ ok: false, errors: [{ code: 'import.fileTooLarge', params: { size: '5 MB', limit: '5 MB' } }] });
    const many = fc(...Array.from({ length: 5001 }, () => pt(114.05, 22.54)));
    expect(importFile('many.geojson', many)).toEqual({ ok: false, errors: [{ code: 'import.tooManyFeatures', params: { count: 5001, limit: 5000 } }] });
    const multi = { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: Array.from({ length: 5001 }, () => [114.05, 22.54]) } };
    expect(importFile('multi.geojson', fc(multi))).toMatchObject({ ok: false, errors: [{ code: 'import.tooManyFeatures' }] });
  });

  it('lists at most 200 issues and counts the rest', () => {
    const rows = ['name,lon,lat', 'ok,114.05,22.54', ...Array.from({ length: 300 }, (_, i) => `r${i},x,22.5`)].join('\n');
    const r = importFile('t.csv', rows);
    expect(r.ok && r.dropped.length).toBe(201);
    expect(r.ok && r.dropped.at(-1)).toEqual({ code: 'import.moreIssues', params: { count: 100 } });
  });

  it('accepts ArrayBuffer, typed arrays and strings alike', () => {
    const text = 'name,lon,lat\n甲,114.05,22.54\n';
    const bytes = new TextEncoder().encode(text);
    for (const input of [text, bytes, bytes.buffer]) expect(importFile('t.csv', input).ok).toBe(true);
  });

  it('opens a KMZ but needs an XML parser for it (none in Node or a Web Worker)', () => {
    const kmz = zipSync({ 'doc.kml': strToU8('<kml><Placemark><Point><coordinates>114,22.5</coordinates></Point></Placemark></kml>') });
    expect(importFile('a.kmz', kmz)).toEqual({ ok: false, errors: [{ code: 'import.xmlUnsupported', params: {} }] });
  });

  it('refuses a KMZ whose KML claims to exceed the size limit, before inflating it', () => {
    const kmz = zipSync({ 'doc.kml': new Uint8Array(2048) }, { level: 9 });
    expect(importFile('a.kmz', kmz, { maxBytes: 1024 })).toMatchObject({ ok: false, errors: [{ code: 'import.fileTooLarge' }] });
  });

  it('converts nothing by itself but reports GCJ-02 evidence and where it came from', () => {
    const r = importFile('poi.csv', 'name,lng,lat,坐标系\n市民中心,114.061192,22.541744,GCJ-02\n');
    expect(r.ok && r.detected).toEqual({ format: 'csv', crs: 'gcj02-suspected', evidence: 'GCJ-02' });
    expect(r.ok && r.features[0]!.geometry.coordinates).toEqual([114.061192, 22.541744]);
  });

  it('never throws, even for inputs of the wrong type', () => {
    expect(importFile('x', null as unknown as string)).toMatchObject({ ok: false, errors: [{ code: 'import.emptyFile' }] });
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } }) as ArrayBuffer;
    expect(importFile('x', hostile)).toEqual({ ok: false, errors: [{ code: 'import.unexpected', params: { value: 'boom' } }] });
  });
});
