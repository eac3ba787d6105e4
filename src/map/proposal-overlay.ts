/** The active scenario's proposals as map layers: new nodes, streets and zones in the planners' green. */
import type { FeatureCollection } from 'geojson';
import type { Proposal } from '../io/proposal.ts';
import type { Lang } from '../i18n/index.ts';
import { SHIPPED_FONT } from './font-faces.ts';
import { PREVIEW_LAYER, PREVIEW_SOURCE, PROPOSAL_LAYER, PROPOSAL_SOURCE } from './ids.ts';
import { emptyOverlay, type OverlayStyle } from './overlay-style.ts';

export const PROPOSAL_COLOUR = '#00a152';

/** The same proposals array gives the same collection object, so the map re-uploads only on edits. */
const cache = new WeakMap<readonly Proposal[], FeatureCollection>();
function asCollection(ps: readonly Proposal[]): FeatureCollection {
  let fc = cache.get(ps);
  if (!fc) {
    fc = { type: 'FeatureCollection', features: ps.map((p) => ({ type: 'Feature', id: undefined, geometry: p.geometry, properties: { ...p.properties, extra: undefined } })) };
    cache.set(ps, fc);
  }
  return fc;
}

export function proposalOverlay(proposals: readonly Proposal[], lang: Lang, selectedId: string | null, hidden: boolean): OverlayStyle {
  const o = emptyOverlay();
  if (!proposals.length) return o;
  const vis = hidden ? 'none' : 'visible';
  o.sources[PROPOSAL_SOURCE] = { type: 'geojson', data: asCollection(proposals) };
  o.belowPlaceSymbols.push(
    { id: PROPOSAL_LAYER.zoneFill, type: 'fill', source: PROPOSAL_SOURCE, filter: ['==', ['geometry-type'], 'Polygon'], layout: { visibility: vis }, paint: { 'fill-color': PROPOSAL_COLOUR, 'fill-opacity': 0.15 } },
    { id: PROPOSAL_LAYER.zoneLine, type: 'line', source: PROPOSAL_SOURCE, filter: ['==', ['geometry-type'], 'Polygon'], layout: { visibility: vis }, paint: { 'line-color': PROPOSAL_COLOUR, 'line-width': 2, 'line-dasharray': [2, 1] } },
    { id: PROPOSAL_LAYER.street, type: 'line', source: PROPOSAL_SOURCE, filter: ['==', ['geometry-type'], 'LineString'], layout: { visibility: vis, 'line-cap': 'round' }, paint: { 'line-color': PROPOSAL_COLOUR, 'line-width': 5, 'line-opacity': 0.85 } },
  );
  o.top.push(
    {
      id: PROPOSAL_LAYER.selected,
      type: 'circle',
      source: PROPOSAL_SOURCE,
      filter: ['all', ['==', ['geometry-type'], 'Point'], ['==', ['get', 'id'], selectedId ?? '']],
      layout: { visibility: vis },
      paint: { 'circle-radius': 15, 'circle-color': 'rgba(255,213,79,0.4)', 'circle-stroke-color': '#ffb300', 'circle-stroke-width': 3 },
    },
    {
      id: PROPOSAL_LAYER.points,
      type: 'circle',
      source: PROPOSAL_SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      layout: { visibility: vis },
      paint: {
        'circle-radius': ['match', ['get', 'tier'], 'city', 11, 'district', 9, 7],
        'circle-color': ['match', ['get', 'status'], 'existing', PROPOSAL_COLOUR, '#ffffff'],
        'circle-stroke-color': PROPOSAL_COLOUR,
        'circle-stroke-width': 3,
      },
    },
    {
      id: PROPOSAL_LAYER.labels,
      type: 'symbol',
      source: PROPOSAL_SOURCE,
      minzoom: 11,
      layout: {
        visibility: vis,
        'text-field': ['coalesce', ['get', lang === 'zh' ? 'name_zh' : 'name_en'], ['get', lang === 'zh' ? 'name_en' : 'name_zh']],
        'text-font': [SHIPPED_FONT, 'sans-serif'],
        'text-size': 12,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: { 'text-color': '#00602f', 'text-halo-color': '#fff', 'text-halo-width': 1.5 },
    },
  );
  return o;
}

const PREVIEW_COLOUR = '#ef6c00';

/** Imported features waiting for confirmation: orange and dashed, visibly not yet part of any scenario. */
export function previewOverlay(features: readonly Proposal[] | null): OverlayStyle {
  const o = emptyOverlay();
  if (!features?.length) return o;
  o.sources[PREVIEW_SOURCE] = { type: 'geojson', data: asCollection(features) };
  o.top.push(
    { id: PREVIEW_LAYER.fill, type: 'fill', source: PREVIEW_SOURCE, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': PREVIEW_COLOUR, 'fill-opacity': 0.15 } },
    { id: PREVIEW_LAYER.line, type: 'line', source: PREVIEW_SOURCE, filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': PREVIEW_COLOUR, 'line-width': 2.5, 'line-dasharray': [2, 1.5] } },
    {
      id: PREVIEW_LAYER.points,
      type: 'circle',
      source: PREVIEW_SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 6, 'circle-color': '#fff', 'circle-stroke-color': PREVIEW_COLOUR, 'circle-stroke-width': 2.5 },
    },
  );
  return o;
}
