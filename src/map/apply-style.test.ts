import { describe, expect, it } from 'vitest';
import { defaultStatuses, defaultVisible } from '../state-types.ts';
import { applyStyle, type MapLike } from './apply-style.ts';
import { buildStyle, type StyleInput } from './build-style.ts';
import { placeLayerId } from './ids.ts';
import { fixtureData } from './test-fixtures.ts';

/** Records calls and keeps a layer order, like the real map would. */
function fakeMap() {
  const order: string[] = [];
  const sources = new Map<string, { data: unknown; setData(d: unknown): void }>();
  const calls: string[] = [];
  const map: MapLike = {
    addSource: (id, s) => {
      const src = { data: (s as { data: unknown }).data, setData(d: unknown) { this.data = d; } };
      sources.set(id, src);
    },
    removeSource: (id) => sources.delete(id),
    getSource: (id) => sources.get(id),
    addLayer: (l, before) => {
      const i = before ? order.indexOf(before) : -1;
      if (i >= 0) order.splice(i, 0, l.id);
      else order.push(l.id);
    },
    removeLayer: (id) => order.splice(order.indexOf(id), 1),
    setPaintProperty: (l, k) => calls.push(`paint ${l} ${k}`),
    setLayoutProperty: (l, k, v) => calls.push(`layout ${l} ${k}=${String(v)}`),
    setFilter: (l) => calls.push(`filter ${l}`),
    setLayerZoomRange: () => undefined,
    moveLayer: (id, before) => {
      order.splice(order.indexOf(id), 1);
      const i = before ? order.indexOf(before) : -1;
      if (i >= 0) order.splice(i, 0, id);
      else order.push(id);
    },
  };
  return { map, order, sources, calls };
}

const base = (data = fixtureData()): StyleInput => ({
  lang: 'zh', visible: defaultVisible(), statuses: defaultStatuses(), selectedId: null, hoverId: null, data,
});

describe('applyStyle', () => {
  it('builds the whole style on first apply, in order', () => {
    const f = fakeMap();
    const style = buildStyle(base());
    applyStyle(f.map, null, style);
    expect(f.order).toEqual(style.layers.map((l) => l.id));
    expect([...f.sources.keys()].sort()).toEqual(Object.keys(style.sources).sort());
  });

  it('turns a layer toggle into one visibility change, nothing else', () => {
    const f = fakeMap();
    const data = fixtureData();
    const a = buildStyle(base(data));
    applyStyle(f.map, null, a);
    const b = buildStyle({ ...base(data), visible: { ...defaultVisible(), bonded_zone: false } });
    const ops = applyStyle(f.map, a, b);
    expect(ops).toEqual([`setLayoutProperty ${placeLayerId('bonded_zone')} visibility`]);
    expect(f.calls).toEqual([`layout ${placeLayerId('bonded_zone')} visibility=none`]);
  });

  it('re-uploads only the source whose data object changed', () => {
    const f = fakeMap();
    const data = fixtureData();
    const a = buildStyle(base(data));
    applyStyle(f.map, null, a);
    const places = { ...data.places, features: data.places.features.slice(0, 1) };
    const b = buildStyle(base({ ...data, places }));
    const ops = applyStyle(f.map, a, b);
    expect(ops).toEqual(['setData places']);
    expect(f.sources.get('places')!.data).toBe((b.sources.places as { data: unknown }).data);
    expect((f.sources.get('places')!.data as typeof places).features.map((x) => x.properties!.id)).toEqual(['huaqiangbei']);
  });

  it('inserts new overlay layers at their place in the order', () => {
    const f = fakeMap();
    const data = fixtureData();
    const a = buildStyle(base(data));
    applyStyle(f.map, null, a);
    const overlays = {
      sources: { gaps: { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } } },
      belowPlaces: [{ id: 'gaps-fill', type: 'fill' as const, source: 'gaps', paint: {} }],
      belowPlaceSymbols: [],
      top: [],
    };
    const b = buildStyle({ ...base(data), overlays });
    applyStyle(f.map, a, b);
    expect(f.order).toEqual(b.layers.map((l) => l.id));
    // and removing it again restores the original
    applyStyle(f.map, b, a);
    expect(f.order).toEqual(a.layers.map((l) => l.id));
    expect(f.sources.has('gaps')).toBe(false);
  });
});
