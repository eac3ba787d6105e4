import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import { PLACE_LAYERS } from '../data/place-schema.ts';
import { defaultStatuses, defaultVisible } from '../state-types.ts';
import { analysisOverlay } from '../map/analysis-overlay.ts';
import { buildStyle, type StyleInput } from '../map/build-style.ts';
import { mergeOverlays } from '../map/overlay-style.ts';
import { previewOverlay, proposalOverlay } from '../map/proposal-overlay.ts';
import { fixtureData } from '../map/test-fixtures.ts';
import { buildLegend, SILENT, type LegendInput } from './legend.ts';
import type { Proposal } from '../io/proposal.ts';

const fc = (features: Feature[] = []): FeatureCollection => ({ type: 'FeatureCollection', features });
const square: Feature = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[114, 22.5], [114.1, 22.5], [114.1, 22.6], [114, 22.5]]] } };
const T = '2026-11-28T00:00:00.000Z';
const proposal: Proposal = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [114.05, 22.55] },
  properties: { id: 'p1', name_zh: '新点', name_en: '', layer: 'community_node', tier: 'community', status: 'build', note: '', source: 'drawn', created: T, updated: T },
};

function style(over: Partial<StyleInput> = {}, everything = false) {
  const overlays = everything
    ? mergeOverlays(
        analysisOverlay({ lang: 'zh', covered: square, circles: fc([square]), gaps: fc([square]), corridors: fc([square]), sites: [{ rank: 1, lon: 114, lat: 22.5, cell: 'x', gainPopulation: 1, gainKm2: 1, district: 'futian', jiedao: 'futian-lianhua' }], probe: { lon: 114, lat: 22.5 } }),
        proposalOverlay([proposal], 'zh', null, false),
        previewOverlay([proposal]),
      )
    : undefined;
  return buildStyle({ lang: 'zh', visible: defaultVisible(), statuses: defaultStatuses(), selectedId: null, hoverId: null, data: fixtureData(), overlays, ...over });
}
const input = (s: ReturnType<typeof buildStyle>, over: Partial<LegendInput> = {}): LegendInput => ({
  style: s,
  placeStatuses: { featured_street: ['upgrade'], port: ['existing'], city_circle: ['existing', 'build'] },
  metroColours: ['#e60012', '#00a0e9'],
  ...over,
});
const layerIds = (items: ReturnType<typeof buildLegend>) => items.map((i) => i.layerId).filter((id) => !id.startsWith('status:'));
const visibleMeaningful = (s: ReturnType<typeof buildStyle>, placeStatuses: LegendInput['placeStatuses']) =>
  s.layers
    .filter((l) => (l as { layout?: { visibility?: string } }).layout?.visibility !== 'none' && !SILENT.has(l.id))
    .filter((l) => !l.id.startsWith('places-') || (placeStatuses[l.id.slice(7) as keyof typeof placeStatuses]?.length ?? 0) > 0)
    .map((l) => l.id);

describe('legend builder', () => {
  it('lists exactly the visible layers: one entry each, none for hidden ones', () => {
    const s = style({ visible: { ...defaultVisible(), port: false, stations: false } });
    const items = buildLegend(input(s));
    const ids = layerIds(items);
    expect(new Set(ids)).toEqual(new Set(visibleMeaningful(s, input(s).placeStatuses).filter((id) => id !== 'places-port')));
    expect(ids).not.toContain('places-port');
    expect(ids).not.toContain('metro-stations');
    expect(ids).toEqual([...new Set(ids)]); // no duplicates
    expect(ids.slice(0, 2)).toEqual(['places-city_circle', 'places-featured_street']); // plan first, panel order
  });

  it('with every overlay on, every visible layer of the style has an entry (no layer unknown to the legend)', () => {
    const s = style({}, true);
    const items = buildLegend(input(s));
    expect(items.filter((i) => i.label.key === 'present:legend.unknown')).toEqual([]);
    const ids = new Set(layerIds(items));
    for (const id of visibleMeaningful(s, input(s).placeStatuses)) {
      if (id.startsWith('import-preview-')) continue; // the preview has one entry for its fill and points
      expect(ids, id).toContain(id);
    }
    expect(items.filter((i) => i.label.key === 'present:legend.preview')).toHaveLength(1);
  });

  it('draws plan places with the map’s icons, one per status drawn, and a status key', () => {
    const s = style({ statuses: { ...defaultStatuses(), build: false } });
    const items = buildLegend(input(s));
    const city = items.find((i) => i.layerId === 'places-city_circle')!;
    expect(city.swatches).toEqual([{ kind: 'icon', layer: 'city_circle', status: 'existing' }]); // build switched off
    expect(items.filter((i) => i.layerId.startsWith('status:')).map((i) => i.layerId)).toEqual(['status:existing', 'status:upgrade']);
  });

  it('takes colours from the style itself', () => {
    const s = style({}, true);
    const covered = buildLegend(input(s, { minutes: 10 })).find((i) => i.layerId === 'analysis-covered-fill')!;
    expect(covered.label).toEqual({ key: 'present:legend.covered', params: { minutes: 10 } });
    expect(covered.swatches[0]).toMatchObject({ kind: 'fill', fill: '#2e7d32', opacity: 0.22 });
    const metro = buildLegend(input(s)).find((i) => i.layerId === 'metro-lines')!;
    expect(metro.swatches[0]).toMatchObject({ kind: 'line', colours: ['#e60012', '#00a0e9'] });
  });

  it('leaves out layers with nothing inside the printed frame when told what is there', () => {
    const s = style();
    const ids = layerIds(buildLegend(input(s, { inFrame: new Set(['places-port', 'district-line']) })));
    expect(ids).toEqual(['places-port', 'district-line']);
  });

  it('still shows a layer it does not know, with its own paint and id', () => {
    const s = style();
    s.layers.push({ id: 'zones-fill', type: 'fill', source: 'districts', paint: { 'fill-color': '#123456', 'fill-opacity': 0.3 } });
    const item = buildLegend(input(s)).find((i) => i.layerId === 'zones-fill')!;
    expect(item).toEqual({ layerId: 'zones-fill', label: { key: 'present:legend.unknown', params: { id: 'zones-fill' } }, swatches: [{ kind: 'fill', fill: '#123456', opacity: 0.3 }] });
    expect(PLACE_LAYERS.length).toBeGreaterThan(0);
  });
});
