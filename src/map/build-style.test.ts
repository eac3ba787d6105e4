import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { PLACE_LAYERS } from '../data/place-schema.ts';
import { defaultStatuses, defaultVisible } from '../state-types.ts';
import { buildStyle, type StyleInput } from './build-style.ts';
import { LAYER, SOURCE, placeLayerId } from './ids.ts';
import { fixtureData, styleInput } from './test-fixtures.ts';

const input = (over: Partial<StyleInput> = {}): StyleInput => styleInput(over);
const layer = (style: ReturnType<typeof buildStyle>, id: string) =>
  style.layers.find((l) => l.id === id) as LayerSpecification & { layout?: Record<string, unknown>; filter?: unknown };

describe('buildStyle', () => {
  it('is a valid MapLibre style with no glyphs entry and no remote source (offline by construction)', () => {
    const style = buildStyle(input());
    expect(validateStyleMin(style)).toEqual([]);
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    for (const s of Object.values(style.sources)) expect(JSON.stringify(s)).not.toMatch(/https?:\/\//);
  });

  it('has one symbol layer per place category, city circles drawn last (on top)', () => {
    const ids = buildStyle(input()).layers.map((l) => l.id);
    for (const l of PLACE_LAYERS) expect(ids).toContain(placeLayerId(l));
    const placeIds = ids.filter((id) => id.startsWith('places-'));
    expect(placeIds.at(-1)).toBe(placeLayerId('city_circle'));
  });

  it('hides a category when its toggle is off, and only that one', () => {
    const style = buildStyle(input({ visible: { ...defaultVisible(), port: false } }));
    expect(layer(style, placeLayerId('port')).layout?.visibility).toBe('none');
    expect(layer(style, placeLayerId('city_circle')).layout?.visibility).toBe('visible');
  });

  it('filters places by the statuses switched on', () => {
    const style = buildStyle(input({ statuses: { ...defaultStatuses(), explore: false, build: false } }));
    expect(JSON.stringify(layer(style, placeLayerId('port')).filter)).toContain('["literal",["existing","upgrade","study"]]');
  });

  it('labels in the chosen language', () => {
    const zh = JSON.stringify(layer(buildStyle(input()), LAYER.districtLabel).layout?.['text-field']);
    const en = JSON.stringify(layer(buildStyle(input({ lang: 'en' })), LAYER.districtLabel).layout?.['text-field']);
    expect(zh).toContain('name_zh');
    expect(en).toContain('name_en');
  });

  it('highlights the selected place', () => {
    const style = buildStyle(input({ selectedId: 'huaqiangbei' }));
    expect(JSON.stringify(layer(style, LAYER.placeHighlight).filter)).toContain('huaqiangbei');
  });

  it('draws schematic metro sections in their own dashed layer', () => {
    const l = layer(buildStyle(input()), LAYER.metroLinesSchematic) as { paint?: Record<string, unknown>; filter?: unknown };
    expect(l.paint?.['line-dasharray']).toBeDefined();
    expect(JSON.stringify(l.filter)).toContain('schematic');
  });

  it('hands the adapter the same data objects while the data does not change (so it can skip unchanged sources)', () => {
    const data = fixtureData();
    const a = buildStyle(input({ data }));
    const b = buildStyle(input({ data, selectedId: 'huaqiangbei', lang: 'en' }));
    expect((a.sources[SOURCE.places] as { data: unknown }).data).toBe((b.sources[SOURCE.places] as { data: unknown }).data);
    expect((a.sources[SOURCE.districts] as { data: unknown }).data).toBe(data.districts);
  });

  it('draws places that share a position apart, anchor sites smaller', () => {
    const data = fixtureData();
    const hqb = data.places.features[0]!;
    const twin = { ...hqb, properties: { ...hqb.properties, id: 'night-hqb', layer: 'night_economy', tier: null } };
    const anchor = { ...hqb, properties: { ...hqb.properties, id: 'hqb-anchor', parent: 'huaqiangbei', placement: 'centre-linked' } };
    data.places = { ...data.places, features: [...data.places.features, twin, anchor] };
    const style = buildStyle(input({ data }));
    const street = layer(style, placeLayerId('featured_street')).layout!;
    expect(JSON.stringify(street['icon-offset'])).toContain('_spread');
    expect(JSON.stringify(street['icon-size'])).toContain('_secondary');
    const fs = (style.sources[SOURCE.places] as { data: { features: { properties: Record<string, unknown> }[] } }).data.features;
    const keys = fs.filter((f) => f.properties.id !== 'shenzhen-bay-port').map((f) => f.properties._spread);
    expect(new Set(keys).size).toBe(3); // three places at one point, three different offsets
    expect(fs.find((f) => f.properties.id === 'hqb-anchor')!.properties._secondary).toBe(true);
  });

  it('matches the snapshot of layer ids and order', () => {
    expect(buildStyle(input()).layers.map((l) => `${l.type}:${l.id}`)).toMatchSnapshot();
  });
});

describe('buildStyle: the plan’s zones and axes, and the chosen area', () => {
  const ids = (style: ReturnType<typeof buildStyle>) => style.layers.map((l) => l.id);
  it('draws zones and axes beneath the metro and the places, each with its own toggle', () => {
    const style = buildStyle(input());
    const order = ids(style);
    expect(order.indexOf(LAYER.zoneFill)).toBeGreaterThan(order.indexOf(LAYER.districtFill));
    expect(order.indexOf(LAYER.zoneFill)).toBeLessThan(order.indexOf(LAYER.metroLines));
    expect(order.indexOf(LAYER.axisLine)).toBeLessThan(order.indexOf(placeLayerId('ecommerce_base')));
    const off = buildStyle(input({ visible: { ...defaultVisible(), zones: false } }));
    expect(layer(off, LAYER.zoneFill).layout?.visibility).toBe('none');
    expect(layer(off, LAYER.axisLine).layout?.visibility).toBe('visible');
  });
  it('lets the status filter apply to zones too', () => {
    const style = buildStyle(input({ statuses: { ...defaultStatuses(), upgrade: false } }));
    expect(JSON.stringify(layer(style, LAYER.zoneFill).filter)).not.toContain('"upgrade"');
  });
  it('shows only the chosen district’s places and zones, and veils the rest', () => {
    const style = buildStyle(input({ areaOnly: { kind: 'district', id: 'nanshan' } }));
    expect(JSON.stringify(layer(style, placeLayerId('port')).filter)).toContain('shenzhen-bay-port');
    expect(JSON.stringify(layer(style, placeLayerId('featured_street')).filter)).not.toContain('huaqiangbei');
    expect(JSON.stringify(layer(style, LAYER.zoneFill).filter)).not.toContain('zone-test-bonded');
    expect(JSON.stringify(layer(style, LAYER.axisLine).filter)).toContain('axis-test');
    expect(ids(style)).toContain(LAYER.areaMaskDistrict);
    expect(ids(buildStyle(input()))).not.toContain(LAYER.areaMaskDistrict);
  });
  it('filters a 街道 by the built index and reads the 街道 polygons by URL (parsed off the page)', () => {
    const style = buildStyle(input({ areaOnly: { kind: 'jiedao', id: 'futian-huaqiangbei' } }));
    expect(JSON.stringify(layer(style, placeLayerId('featured_street')).filter)).toContain('huaqiangbei');
    expect(JSON.stringify(layer(style, placeLayerId('port')).filter)).not.toContain('shenzhen-bay-port');
    expect((style.sources[SOURCE.jiedao] as { data: unknown }).data).toBe('/jiedao.geojson');
    expect(ids(style)).toContain(LAYER.areaMaskJiedao);
  });
});
