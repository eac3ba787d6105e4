import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { BASEMAP_SOURCE, basemapStyle, type BasemapSpec } from './basemap-style.ts';
import { buildStyle, type StyleInput } from './build-style.ts';
import { LAYER } from './ids.ts';
import { styleInput } from './test-fixtures.ts';

const input = (basemap: BasemapSpec | null): StyleInput => styleInput({ basemap });
const vector: BasemapSpec = { kind: 'vector', url: 'pmtiles://local-1', attribution: 'Protomaps © OpenStreetMap', vectorLayers: ['roads', 'water', 'landuse', 'buildings', 'pois'] };

describe('street basemap style', () => {
  it('is off by default: the shipped style has no basemap source or layer', () => {
    const style = buildStyle(input(null));
    expect(style.sources[BASEMAP_SOURCE]).toBeUndefined();
    expect(style.layers.filter((l) => l.id.startsWith('basemap-'))).toEqual([]);
  });

  it('draws roads, water, green landuse and buildings of a Protomaps archive, in a valid style', () => {
    const style = buildStyle(input(vector));
    expect(validateStyleMin(style)).toEqual([]);
    const streets = style.layers.filter((l) => l.id.startsWith('basemap-'));
    expect(new Set(streets.map((l) => (l as { 'source-layer'?: string })['source-layer']))).toEqual(new Set(['roads', 'water', 'landuse', 'buildings']));
    expect(streets.map((l) => l.id)).toEqual(expect.arrayContaining(['basemap-roads', 'basemap-roads-casing', 'basemap-water', 'basemap-roads-labels']));
  });

  it('lies above the land and below every layer of the plan', () => {
    const ids = buildStyle(input(vector)).layers.map((l) => l.id);
    const first = ids.findIndex((id) => id.startsWith('basemap-'));
    const last = ids.findLastIndex((id) => id.startsWith('basemap-'));
    expect(first).toBeGreaterThan(ids.indexOf(LAYER.districtFill));
    expect(last).toBeLessThan(ids.indexOf(LAYER.districtLine));
    expect(last).toBeLessThan(ids.indexOf(LAYER.metroLines));
    expect(last).toBeLessThan(ids.findIndex((id) => id.startsWith('places-')));
  });

  it('an OpenMapTiles archive gets its own layer names; unknown layer lists draw both schemas', () => {
    const omt = basemapStyle({ ...vector, vectorLayers: ['transportation', 'transportation_name', 'water', 'building', 'park'] }, 'en');
    expect(omt.layers.map((l) => (l as { 'source-layer'?: string })['source-layer'])).not.toContain('roads');
    expect(omt.layers.map((l) => l.id)).toContain('basemap-transportation');
    const label = omt.layers.find((l) => l.id === 'basemap-transportation_name-labels') as { layout: Record<string, unknown> };
    expect(JSON.stringify(label.layout['text-field'])).toContain('name:en');
    const any = basemapStyle({ ...vector, vectorLayers: null }, 'zh');
    expect(any.layers.map((l) => l.id)).toEqual(expect.arrayContaining(['basemap-roads', 'basemap-transportation']));
  });

  it('raster tiles are muted: desaturated and half transparent', () => {
    const r = basemapStyle({ kind: 'raster', tiles: ['https://t.example.org/{z}/{x}/{y}.png'], tileSize: 256, attribution: 'x', vectorLayers: null }, 'zh');
    expect(r.sources[BASEMAP_SOURCE]).toMatchObject({ type: 'raster', tiles: ['https://t.example.org/{z}/{x}/{y}.png'], tileSize: 256 });
    const paint = (r.layers[0] as unknown as { paint: Record<string, number> }).paint;
    expect(paint['raster-saturation']).toBeLessThan(-0.5);
    expect(paint['raster-opacity']).toBeLessThan(0.8);
    expect(validateStyleMin({ version: 8, sources: r.sources, layers: r.layers })).toEqual([]);
  });

  it('credits the tiles as text: markup in a credit line is escaped (MapLibre renders attributions as HTML)', () => {
    const s = basemapStyle({ ...vector, attribution: '<img src=x onerror=alert(1)> © OSM' }, 'zh');
    expect((s.sources[BASEMAP_SOURCE] as { attribution: string }).attribution).toBe('&lt;img src=x onerror=alert(1)&gt; © OSM');
  });
});
