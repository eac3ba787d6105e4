import { describe, expect, it } from 'vitest';
import { defaultStatuses, defaultVisible } from '../state-types.ts';
import { applyStyle, type MapLike } from './apply-style.ts';
import { areaOverlay, coverageColour, COVERAGE_CLASSES, type AreaOverlayInput } from './area-overlay.ts';
import { buildStyle } from './build-style.ts';
import { AREA_LAYER, LAYER, SOURCE } from './ids.ts';
import { fixtureData } from './test-fixtures.ts';

const data = fixtureData();
const style = (input: AreaOverlayInput) =>
  buildStyle({ lang: 'zh', visible: defaultVisible(), statuses: defaultStatuses(), selectedId: null, hoverId: null, data, overlays: areaOverlay(input) });
const none: AreaOverlayInput = { jiedao: true, coverage: null, population: null };

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
  it('draws on the base style\'s 街道 source (the polygons loaded once); nothing without figures or without 街道', () => {
    const s = style({ ...none, coverage: new Map([['a', 0.5]]) });
    expect(s.layers.find((l) => l.id === AREA_LAYER.choropleth)).toMatchObject({ source: SOURCE.jiedao });
    expect(Object.keys(areaOverlay({ ...none, coverage: new Map([['a', 0.5]]) }).sources)).toEqual([]);
    expect(style(none).layers.find((l) => l.id === AREA_LAYER.choropleth)).toBeUndefined();
    expect(areaOverlay({ ...none, jiedao: false, coverage: new Map([['a', 0.5]]) }).belowPlaces).toEqual([]);
  });
  it('the selected 街道 has one outline (a white casing under the line), drawn above the choropleth so the fill never tints it', () => {
    const s = buildStyle({ lang: 'zh', visible: defaultVisible(), statuses: defaultStatuses(), selectedId: null, hoverId: null, data, selectedArea: { kind: 'jiedao', id: 'b' }, overlays: areaOverlay({ ...none, coverage: new Map([['b', 0.2]]) }) });
    const outlines = s.layers.filter((l) => l.type === 'line' && 'filter' in l && JSON.stringify(l.filter) === JSON.stringify(['==', ['get', 'id'], 'b']));
    expect(outlines.map((l) => l.id)).toEqual([LAYER.areaOutlineJiedaoCasing, LAYER.areaOutlineJiedao]);
    const ids = s.layers.map((l) => l.id);
    expect(ids.indexOf(LAYER.areaOutlineJiedaoCasing)).toBeGreaterThan(ids.indexOf(AREA_LAYER.choropleth));
  });
});
