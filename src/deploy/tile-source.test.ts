import { describe, expect, it } from 'vitest';
import { parseDeployConfig, tileSourceOrigin, validateDeployConfig } from './tile-source.ts';

const xyz = (url: string, extra: Record<string, unknown> = {}) => ({ tileSource: { type: 'xyz', kind: 'raster', attribution: '© 深圳市规划和自然资源局', url, ...extra } });
const pm = (url: string) => ({ tileSource: { type: 'pmtiles', attribution: '© OpenStreetMap contributors, Protomaps', url } });
const errorsOf = (raw: unknown) => {
  const r = validateDeployConfig(raw);
  return r.ok ? [] : r.errors;
};

describe('deploy-time tile source', () => {
  it('no tile source is the default: offline, nothing configured', () => {
    expect(parseDeployConfig(null, 'deploy.config.json')).toEqual({ tileSource: null });
    expect(validateDeployConfig({ tileSource: null })).toEqual({ ok: true, config: { tileSource: null } });
  });

  it('accepts a bureau XYZ server and a PMTiles file on object storage, filling defaults', () => {
    expect(validateDeployConfig(xyz('https://tiles.pnr.sz.gov.cn/streets/{z}/{x}/{y}.png'))).toEqual({
      ok: true,
      config: {
        tileSource: {
          type: 'xyz',
          kind: 'raster',
          url: 'https://tiles.pnr.sz.gov.cn/streets/{z}/{x}/{y}.png',
          attribution: '© 深圳市规划和自然资源局',
          minzoom: 0,
          maxzoom: 18,
          tileSize: 256,
        },
      },
    });
    const r = validateDeployConfig(pm('https://oss.example.org/basemaps/shenzhen-2026.pmtiles'));
    expect(r.ok && r.config.tileSource).toMatchObject({ type: 'pmtiles', url: 'https://oss.example.org/basemaps/shenzhen-2026.pmtiles' });
    expect(r.ok && tileSourceOrigin(r.config)).toBe('https://oss.example.org');
    expect(errorsOf(xyz('http://10.1.2.3:8080/wmts/{z}/{x}/{y}.pbf', { kind: 'vector', maxzoom: 15 }))).toEqual([]);
    expect(errorsOf(xyz('https://t.example.org/{quadkey}.png'))).toEqual([]);
  });

  it.each([
    ['Amap road tiles', 'https://webrd01.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}', 'GCJ-02'],
    ['Amap satellite', 'https://webst02.is.autonavi.com/appmaptile?style=6&x={x}&y={y}&z={z}', 'GCJ-02'],
    ['Amap on amap.com', 'https://wprd01.amap.com/appmaptile?x={x}&y={y}&z={z}', 'GCJ-02'],
    ['Tencent (gtimg)', 'https://rt0.map.gtimg.com/tile?z={z}&x={x}&y={y}&styleid=1000', 'GCJ-02'],
    ['Tencent (map.qq.com)', 'https://rt1.map.qq.com/realtimerender?z={z}&x={x}&y={y}', 'GCJ-02'],
    ['Baidu', 'https://maponline0.bdimg.com/tile/?qt=vtile&x={x}&y={y}&z={z}', 'BD-09'],
    ['Baidu (baidu.com)', 'https://online1.map.baidu.com/onlinelabel/?qt=tile&x={x}&y={y}&z={z}', 'BD-09'],
    ['Google China', 'https://mt1.google.cn/vt/lyrs=m&x={x}&y={y}&z={z}', 'GCJ-02'],
    ['a proxied Amap layer', 'https://gis.example.gov.cn/proxy/amap/{z}/{x}/{y}.png', 'amap'],
  ])('refuses %s: GCJ-02/BD-09 tiles are ≈ 500 m off in Shenzhen', (_name, url, word) => {
    const errors = errorsOf(xyz(url));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^tileSource\.url refused: /);
    expect(errors[0]).toContain(word);
    expect(errors[0]).toMatch(/500 m/);
  });

  it('does not mistake look-alike hosts for those providers', () => {
    expect(errorsOf(xyz('https://notamap.com/{z}/{x}/{y}.png'))).toEqual([]);
    expect(errorsOf(xyz('https://tiles.example.org/gamaps/{z}/{x}/{y}.png'))).toEqual([]);
  });

  it.each([
    [xyz('https://t.example.org/{z}/{x}.png'), /needs \{y\}/],
    [xyz('https://{s}.tile.example.org/{z}/{x}/{y}.png'), /placeholders in the host/],
    [xyz('https://t.example.org/{z}/{x}/{y}.png?style={style}'), /unknown placeholder \{style\}/],
    [xyz('tiles/{z}/{x}/{y}.png'), /not an absolute URL/],
    [xyz('ftp://t.example.org/{z}/{x}/{y}.png'), /only https/],
    [xyz('https://user:secret@t.example.org/{z}/{x}/{y}.png'), /passwords/],
    [xyz('https://t.example.org/{z}/{x}/{y}.png', { kind: 'terrain' }), /kind must be "raster" or "vector"/],
    [xyz('https://t.example.org/{z}/{x}/{y}.png', { tileSize: 300 }), /tileSize must be 256 or 512/],
    [xyz('https://t.example.org/{z}/{x}/{y}.png', { minzoom: 12, maxzoom: 8 }), /minzoom must not exceed/],
    [xyz('https://t.example.org/{z}/{x}/{y}.png', { attribution: ' ' }), /attribution is required/],
    [pm('https://oss.example.org/shenzhen.mbtiles'), /must end in \.pmtiles/],
    [pm('https://oss.example.org/{z}/{x}/{y}.pmtiles'), /no \{z\}\/\{x\}\/\{y\}/],
    [{ tileSource: { type: 'wms', url: 'https://x.org/wms', attribution: 'x' } }, /type must be "xyz" or "pmtiles"/],
    [{ tileSource: 'https://x.org/{z}/{x}/{y}.png' }, /must be an object or null/],
    [{ tilesource: null }, /unknown setting "tilesource"/],
    [[], /JSON object/],
  ])('refuses a malformed config with a message that names the problem (%#)', (raw, message) => {
    const errors = errorsOf(raw);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(message);
  });

  it('stops the build with the file name and every problem', () => {
    expect(() => parseDeployConfig('{ "tileSource": ', 'deploy.config.json')).toThrow(/^deploy\.config\.json: not valid JSON/);
    const bad = JSON.stringify(xyz('https://webrd01.is.autonavi.com/appmaptile?x={x}&y={y}&z={z}', { kind: 'hybrid' }));
    expect(() => parseDeployConfig(bad, 'bureau.json')).toThrow(/bureau\.json cannot be used:\n {2}- tileSource\.url refused: .*GCJ-02.*\n {2}- tileSource\.kind/);
  });
});
