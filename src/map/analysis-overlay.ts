/**
 * Analysis results as map layers (pure; the data objects come straight from the analysis store, so
 * the adapter re-uploads a source only when its result changed).
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { SiteSuggestion } from '../analysis/site-suggestion.ts';
import type { Lang } from '../i18n/index.ts';
import { SHIPPED_FONT } from './font-faces.ts';
import { ANALYSIS_LAYER, ANALYSIS_SOURCE, SOURCE } from './ids.ts';
import { emptyOverlay, type OverlayStyle } from './overlay-style.ts';

export const ANALYSIS_COLOURS = {
  covered: '#2e7d32',
  circle: '#1b5e20',
  gap: '#d84315',
  corridor: '#5c6bc0',
  site: '#00897b',
  probe: '#111111',
};

export interface AnalysisOverlayInput {
  lang: Lang;
  covered: Feature | null;
  circles: FeatureCollection | null;
  gaps: FeatureCollection | null;
  corridors: FeatureCollection | null;
  sites: SiteSuggestion[];
  probe: { lon: number; lat: number } | null;
}

const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** Memoise derived FeatureCollections on their input identity, so the adapter sees stable objects. */
const derived = new WeakMap<object, FeatureCollection>();
function memo<T extends object>(key: T, make: (k: T) => FeatureCollection): FeatureCollection {
  let v = derived.get(key);
  if (!v) derived.set(key, (v = make(key)));
  return v;
}

export function analysisOverlay(input: AnalysisOverlayInput): OverlayStyle {
  const o = emptyOverlay();
  const font = [SHIPPED_FONT, 'sans-serif'];
  if (input.corridors) {
    o.sources[ANALYSIS_SOURCE.corridors] = { type: 'geojson', data: input.corridors };
    o.belowPlaces.push(
      { id: ANALYSIS_LAYER.corridorsFill, type: 'fill', source: ANALYSIS_SOURCE.corridors, paint: { 'fill-color': ANALYSIS_COLOURS.corridor, 'fill-opacity': 0.16 } },
      { id: ANALYSIS_LAYER.corridorsLine, type: 'line', source: ANALYSIS_SOURCE.corridors, paint: { 'line-color': ANALYSIS_COLOURS.corridor, 'line-width': 1.2, 'line-opacity': 0.7 } },
      // The lines the plan cites (专栏1-2: 4, 6, 8, 14, 16) get a dark casing under their colour.
      {
        id: ANALYSIS_LAYER.citedLines,
        type: 'line',
        source: SOURCE.metroLines,
        filter: ['==', ['get', 'cited_in_plan'], true],
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': '#1a1a1a', 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 5, 14, 9], 'line-opacity': 0.55 },
      },
    );
  }
  if (input.covered) {
    o.sources[ANALYSIS_SOURCE.covered] = { type: 'geojson', data: memo(input.covered, (f) => fc([f as Feature])) };
    o.belowPlaces.push(
      { id: ANALYSIS_LAYER.coveredFill, type: 'fill', source: ANALYSIS_SOURCE.covered, paint: { 'fill-color': ANALYSIS_COLOURS.covered, 'fill-opacity': 0.22 } },
      { id: ANALYSIS_LAYER.coveredLine, type: 'line', source: ANALYSIS_SOURCE.covered, paint: { 'line-color': ANALYSIS_COLOURS.covered, 'line-width': 1.4 } },
    );
  }
  if (input.gaps) {
    o.sources[ANALYSIS_SOURCE.gaps] = { type: 'geojson', data: input.gaps };
    o.belowPlaces.push(
      { id: ANALYSIS_LAYER.gapsFill, type: 'fill', source: ANALYSIS_SOURCE.gaps, paint: { 'fill-color': ANALYSIS_COLOURS.gap, 'fill-opacity': 0.2 } },
      { id: ANALYSIS_LAYER.gapsLine, type: 'line', source: ANALYSIS_SOURCE.gaps, paint: { 'line-color': ANALYSIS_COLOURS.gap, 'line-width': 0.5, 'line-opacity': 0.35 } },
    );
  }
  if (input.circles) {
    o.sources[ANALYSIS_SOURCE.circles] = { type: 'geojson', data: input.circles };
    o.belowPlaceSymbols.push({
      id: ANALYSIS_LAYER.circles,
      type: 'line',
      source: ANALYSIS_SOURCE.circles,
      paint: { 'line-color': ANALYSIS_COLOURS.circle, 'line-width': 1, 'line-opacity': 0.75, 'line-dasharray': [3, 2] },
    });
  }
  if (input.sites.length) {
    o.sources[ANALYSIS_SOURCE.sites] = {
      type: 'geojson',
      data: memo(input.sites, (sites) =>
        fc(sites.map((s) => ({ type: 'Feature', properties: { id: `site-${s.rank}`, rank: s.rank, gain: s.gainPopulation }, geometry: { type: 'Point', coordinates: [s.lon, s.lat] } }))),
      ),
    };
    o.top.push(
      { id: ANALYSIS_LAYER.sites, type: 'circle', source: ANALYSIS_SOURCE.sites, paint: { 'circle-radius': 11, 'circle-color': ANALYSIS_COLOURS.site, 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 } },
      {
        id: ANALYSIS_LAYER.siteLabels,
        type: 'symbol',
        source: ANALYSIS_SOURCE.sites,
        layout: { 'text-field': ['to-string', ['get', 'rank']], 'text-font': font, 'text-size': 12, 'text-allow-overlap': true, 'text-ignore-placement': true },
        paint: { 'text-color': '#ffffff' },
      },
    );
  }
  if (input.probe) {
    o.sources[ANALYSIS_SOURCE.probe] = {
      type: 'geojson',
      data: memo(input.probe, (p) => fc([{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [p.lon, p.lat] } }])),
    };
    o.top.push({
      id: ANALYSIS_LAYER.probe,
      type: 'circle',
      source: ANALYSIS_SOURCE.probe,
      paint: { 'circle-radius': 6, 'circle-color': '#fff', 'circle-stroke-color': ANALYSIS_COLOURS.probe, 'circle-stroke-width': 3 },
    });
  }
  return o;
}
