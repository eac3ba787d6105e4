import { describe, expect, it } from 'vitest';
import { sniff } from './sniff.ts';
import { decode } from './decode.ts';
import { detectFormat } from './detect-format.ts';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('sniff', () => {
  it('recognises zip, shapefile, legacy Office, binary and text', () => {
    expect(sniff(bytes(0x50, 0x4b, 3, 4, 0))).toBe('zip');
    expect(sniff(bytes(0, 0, 0x27, 0x0a))).toBe('shapefile');
    expect(sniff(bytes(0xd0, 0xcf, 0x11, 0xe0))).toBe('ole');
    expect(sniff(bytes(0x89, 0x50, 0x4e, 0x47, 0))).toBe('binary');
    expect(sniff(bytes(0xff, 0xfe, 0x7b, 0))).toBe('text');
    expect(sniff(new TextEncoder().encode('{"type":"Point"}'))).toBe('text');
  });
});

describe('decode', () => {
  it('reads UTF-8 with and without BOM, UTF-16 by BOM, and GBK with a warning', () => {
    expect(decode(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ ok: true, text: 'a', warnings: [] });
    expect(decode(bytes(0xff, 0xfe, 0xf1, 0x6d, 0x33, 0x57))).toEqual({ ok: true, text: '深圳', warnings: [] });
    expect(decode(bytes(0xc9, 0xee, 0xdb, 0xda))).toEqual({ ok: true, text: '深圳', warnings: [{ code: 'import.encodingGb18030', params: {} }] });
    expect(decode(bytes(0x61, 0xff, 0xff))).toEqual({ ok: false, errors: [{ code: 'import.badEncoding', params: {} }] });
    expect(decode('\uFEFFabc')).toEqual({ ok: true, text: 'abc', warnings: [] });
  });
});

describe('detectFormat', () => {
  it('lets content decide when it is clear, otherwise the extension', () => {
    expect(detectFormat('data.txt', ' {"type":"Point"}')).toBe('geojson');
    expect(detectFormat('data.csv', '<kml/>')).toBe('kml');
    expect(detectFormat('data.geojson', 'oops')).toBe('geojson');
    expect(detectFormat('data.CSV', 'lon lat')).toBe('csv');
    expect(detectFormat('data', 'lon,lat\n1,2')).toBe('csv');
    expect(detectFormat('data', 'hello')).toBe('unknown');
  });
});
