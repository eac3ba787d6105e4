import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { defaultStatuses, defaultVisible } from '../state-types.ts';
import { applyStyle, type MapLike } from './apply-style.ts';
import { areaOverlay, coverageColour, COVERAGE_CLASSES, type AreaOverlayInput } from './area-overlay.ts';
import { buildStyle } from './build-style.ts';
import { AREA_LAYER, AREA_SOURCE, LAYER } from './ids.ts';
import { fixtureData } from './test-fixtures.ts';

const square = (id: string, x: number): FeatureCollection['features'][number] => ({
  type: 'Feature', properties: { id },
  geometry: { type: 'Polygon', coordinates: [[[x, 22.5], [x + 0.01, 22.5], [x + 0.01, 22.51], [x, 22.51], [x, 22.5]]] },
});
const jiedao: FeatureCollection = { type: 'FeatureCollection', features: [square('a', 114), square('b', 114.02)] };
const data = fixtureData();
const style = (input: AreaOverlayInput) =>
  buildStyle({ lang: 'zh', visible: defaultVisible(), statuses: defaultStatuses(), selectedId: null, hoverId: null, data, overlays: areaOverlay(input) });
const none: AreaOverlayInput = { jiedao, coverage: null, population: null, selected: null };

describe('areaOverlay', () => {
  it('colours each 街道 by its share of residents covered, worst darkest, under the metro lines', () => {
    const s = style({ ...none, coverage: new Map([['a', 0.05], ['b', 0.95]]) });
    const fill = s.layers.find((l) => l.id === AREA_LAYER.choropleth) as { paint: { 'fill-color': unknown[] } };
    expect(fill.paint['fill-color']).toEqual(['match', ['get', 'id'], 'a', COVERAGE_CLASSES[0]!.colour, 'b', COVERAGE_CLASSES.at(-1)!.colour, '#bdbdbd']);
    const ids = s.layers.map((l) => l.id);
    expect(ids.indexOf(AREA_LAYER.choropleth)).toBeLessThan(ids.indexOf(LAYER.metroLines));
    expect([0, 0.1, 0.249, 0.5, 0.8, 0.9, 1].map(coverageColour)).toEqual(['#bd0026', '#f03b20', '#f03b20', '#feb24c', '#fed976', '#ffffb2', '#ffffb2']);
  });
  it('a coverage change is a paint change: the polygons are not uploaded again', () => {
    const a = style({ ...none, coverage: new Map([['a', 0.05]]) });
    const b = style({ ...none, coverage: new Map([['a', 0.6]]) });
    const calls: string[] = [];
    const noop = () => undefined;
    const fake: MapLike = {
      addSource: () => calls.push('addSource'), removeSource: () => calls.push('removeSource'), getSource: () => ({ setData: () => calls.push('setData') }),
      addLayer: () => calls.push('addLayer'), removeLayer: () => calls.push('removeLayer'), setLayerZoomRange: noop,
      setPaintProperty: (id) => calls.push(`paint:${id}`), setLayoutProperty: () => calls.push('layout'), setFilter: () => calls.push('filter'), moveLayer: () => calls.push('move'),
    };
    applyStyle(fake, a, b);
    expect(calls).toEqual([`paint:${AREA_LAYER.choropleth}`]);
  });
  it('outlines the selected 街道 or district; hides the choropleth when there are no figures', () => {
    const j = style({ ...none, selected: { kind: 'jiedao', id: 'b' } });
    expect(j.layers.find((l) => l.id === AREA_LAYER.choropleth)).toBeUndefined();
    expect(j.layers.find((l) => l.id === AREA_LAYER.selectedJiedao)).toMatchObject({ source: AREA_SOURCE.jiedao, filter: ['==', ['get', 'id'], 'b'] });
    const d = style({ ...none, jiedao: null, selected: { kind: 'district', id: 'futian' } });
    expect(d.layers.find((l) => l.id === AREA_LAYER.selectedDistrict)).toMatchObject({ source: 'districts' });
  });
});
