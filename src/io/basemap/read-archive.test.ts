import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blobSource, plainText, readArchive } from './read-archive.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/basemap/${name}`));
const read = (bytes: Uint8Array<ArrayBuffer>) => readArchive(blobSource(new Blob([bytes]), 'test'), bytes.length);
const VECTOR = fixture('synthetic-streets-vector.pmtiles');
const RASTER = fixture('synthetic-raster.pmtiles');

/** A copy with some header bytes changed. */
function patched(bytes: Uint8Array<ArrayBuffer>, at: number, values: number[]): Uint8Array<ArrayBuffer> {
  const b = bytes.slice();
  b.set(values, at);
  return b;
}
/** A copy with new west/east bounds (header fields are longitude × 10⁷, little-endian int32). */
function withLongitudes(bytes: Uint8Array<ArrayBuffer>, west: number, east: number): Uint8Array<ArrayBuffer> {
  const b = bytes.slice();
  const v = new DataView(b.buffer);
  v.setInt32(102, west * 1e7, true);
  v.setInt32(110, east * 1e7, true);
  return b;
}

describe('reading a basemap archive', () => {
  it('recognises the vector fixture: Protomaps layer names, zooms, bounds, its own credit line', async () => {
    const r = await read(VECTOR);
    expect(r).toEqual({
      ok: true,
      info: {
        kind: 'vector',
        format: 'mvt',
        minZoom: 12,
        maxZoom: 15,
        bounds: [114.045, 22.525, 114.075, 22.555],
        name: 'synthetic-test-streets',
        attribution: 'Synthetic test fixture — not real streets · 合成测试数据，并非真实街道',
        vectorLayers: ['water', 'landuse', 'buildings', 'roads'],
      },
    });
  });

  it('recognises a raster archive', async () => {
    const r = await read(RASTER);
    expect(r.ok && r.info).toMatchObject({ kind: 'raster', format: 'png', minZoom: 12, maxZoom: 13, vectorLayers: null });
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'errors.notPmtiles', { format: 'empty' }],
    ['an MBTiles file', new TextEncoder().encode('SQLite format 3\0'.padEnd(200, '\0')), 'errors.notPmtiles', { format: 'MBTiles / SQLite' }],
    ['a GeoJSON file', new TextEncoder().encode('{"type":"FeatureCollection","features":[]}'.padEnd(200)), 'errors.notPmtiles', { format: 'JSON' }],
    ['a PMTiles v2 file', patched(VECTOR, 7, [2]), 'errors.oldVersion', { version: 2 }],
    ['a truncated download', VECTOR.slice(0, 4000), 'errors.truncated', { size: 4000, expected: VECTOR.length }],
    ['brotli-compressed tiles', patched(VECTOR, 98, [3]), 'errors.compression', { compression: 'brotli' }],
    ['MapLibre Tiles', patched(VECTOR, 99, [6]), 'errors.tileType', { type: 'MapLibre Tiles (MLT)' }],
    ['an archive of another city', withLongitudes(VECTOR, 2.3, 2.4), 'errors.outsideShenzhen', { bounds: '2.30, 22.52, 2.40, 22.55' }],
  ])('refuses %s with a message that says what it is', async (_name, bytes, code, params) => {
    expect(await read(bytes)).toEqual({ ok: false, error: { code, params } });
  });

  it('refuses an archive whose directory is garbage', async () => {
    const b = VECTOR.slice();
    b.fill(0x55, 127, 160); // inside the gzipped root directory
    const r = await read(b);
    expect(r).toEqual({ ok: false, error: { code: 'errors.corrupt', params: { part: 'directory' } } });
  });

  it('reads only the ranges it needs, not the whole file', async () => {
    const asked: [number, number][] = [];
    const blob = new Blob([VECTOR]);
    const r = await readArchive(
      { getKey: () => 'k', getBytes: async (o, l) => (asked.push([o, l]), { data: await blob.slice(o, o + l).arrayBuffer() }) },
      VECTOR.length,
    );
    expect(r.ok).toBe(true);
    const bytesRead = asked.reduce((s, [, l]) => s + Math.min(l, VECTOR.length), 0);
    expect(asked.every(([, l]) => l < VECTOR.length || l === 16384)).toBe(true);
    expect(asked.length).toBeLessThan(6);
    expect(bytesRead).toBeGreaterThan(0);
  });

  it('keeps the words of HTML credit lines, never the markup', () => {
    expect(plainText('<a href="https://github.com/protomaps/basemaps">Protomaps</a> &copy; <a href="https://openstreetmap.org">OpenStreetMap</a>')).toBe('Protomaps © OpenStreetMap');
    expect(plainText('&lt;img src=x onerror=alert(1)&gt;')).toBe('');
    expect(plainText('x'.repeat(300))).toHaveLength(200);
  });
});
