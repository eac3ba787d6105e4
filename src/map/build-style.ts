/**
 * The map as data: a pure function from app state to a MapLibre style (sources + layers).
 * No glyphs entry: MapLibre 6 then draws labels with the machine's own fonts, so no glyph server and
 * no network are needed. Snapshot-tested without WebGL; applied to the map by apply-style.ts.
 */
import type { FeatureCollection } from 'geojson';
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { PLACE_LAYERS, STATUSES, type PlaceLayer, type Status } from '../data/place-schema.ts';
import type { Lang } from '../i18n/index.ts';
import { LAYER, SOURCE, placeLayerId, type BaseToggle } from './ids.ts';
import { BASE_COLOURS, LAYER_SYMBOLS, NOT_NAMED_OPACITY } from './symbology.ts';
import type { OverlayStyle } from './overlay-style.ts';
import { SHIPPED_FONT } from './font-faces.ts';
import type { MapData } from '../state-types.ts';

export type { MapData } from '../state-types.ts';

export interface StyleInput {
  lang: Lang;
  visible: Record<PlaceLayer | BaseToggle, boolean>;
  statuses: Record<Status, boolean>;
  selectedId: string | null;
  hoverId: string | null;
  data: MapData;
  /** Analysis and proposal overlays, drawn between the base map and the plan places. */
  overlays?: OverlayStyle;
}

export const EMPTY_FC: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The shipped CJK font first (declared to MapLibre in map-adapter.ts), then the machine's own. */
const FONT = [SHIPPED_FONT, 'sans-serif'];
const visibility = (on: boolean) => (on ? 'visible' : 'none') as 'visible' | 'none';
const nameField = (lang: Lang): ExpressionSpecification => ['get', lang === 'zh' ? 'name_zh' : 'name_en'];
const HALO = { 'text-halo-color': 'rgba(255,255,255,0.92)', 'text-halo-width': 1.4 };

/** Places of one category whose status is switched on. */
function placeFilter(layer: PlaceLayer, statuses: Record<Status, boolean>): FilterSpecification {
  const on = STATUSES.filter((s) => statuses[s]);
  return ['all', ['==', ['get', 'layer'], layer], ['in', ['get', 'status'], ['literal', on]]];
}

/** Labels come in by importance: city circles first, streets and bases only when zoomed in. */
const LABEL_MINZOOM: Record<PlaceLayer, number> = {
  city_circle: 9.5,
  district_centre: 10,
  featured_street: 11.5,
  night_economy: 12,
  bonded_zone: 11,
  port: 10.5,
  venue: 11,
  ecommerce_base: 12.5,
};

function placeLayer(layer: PlaceLayer, input: StyleInput): LayerSpecification {
  const sym = LAYER_SYMBOLS[layer];
  return {
    id: placeLayerId(layer),
    type: 'symbol',
    source: SOURCE.places,
    filter: placeFilter(layer, input.statuses),
    layout: {
      visibility: visibility(input.visible[layer]),
      'icon-image': ['concat', 'place-', ['get', 'layer'], '-', ['get', 'status']],
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'text-field': ['step', ['zoom'], '', LABEL_MINZOOM[layer], nameField(input.lang)],
      'text-font': FONT,
      'text-size': layer === 'city_circle' ? 14 : 12,
      'text-offset': [0, sym.size / 14 + 0.2],
      'text-anchor': 'top',
      'text-optional': true,
      'text-max-width': 8,
    },
    paint: {
      'icon-opacity': ['case', ['==', ['get', 'named_in_plan'], false], NOT_NAMED_OPACITY, 1],
      'text-color': '#2b2b2b',
      ...HALO,
    },
  };
}

export function buildStyle(input: StyleInput): StyleSpecification {
  const { data, visible, lang } = input;
  const layers: LayerSpecification[] = [
    { id: LAYER.background, type: 'background', paint: { 'background-color': BASE_COLOURS.sea } },
    {
      id: LAYER.contextFill,
      type: 'fill',
      source: SOURCE.context,
      paint: {
        'fill-color': ['match', ['get', 'kind'], 'neighbour', BASE_COLOURS.neighbour, BASE_COLOURS.guangdong],
        'fill-outline-color': '#c8c1b3',
      },
      layout: { visibility: visibility(visible.context) },
    },
    {
      id: LAYER.contextLabel,
      type: 'symbol',
      source: SOURCE.context,
      filter: ['==', ['get', 'kind'], 'neighbour-label'],
      layout: {
        visibility: visibility(visible.context),
        'text-field': nameField(lang),
        'text-font': FONT,
        'text-size': 15,
        'text-letter-spacing': 0.2,
      },
      paint: { 'text-color': '#8a8274', ...HALO },
    },
    {
      id: LAYER.districtFill,
      type: 'fill',
      source: SOURCE.districts,
      filter: ['!=', ['get', 'approximate'], true],
      paint: { 'fill-color': BASE_COLOURS.land },
    },
    {
      id: LAYER.districtApproxFill,
      type: 'fill',
      source: SOURCE.districts,
      filter: ['==', ['get', 'approximate'], true],
      paint: { 'fill-color': BASE_COLOURS.approxFill, 'fill-opacity': 0.9 },
    },
    {
      id: LAYER.districtLine,
      type: 'line',
      source: SOURCE.districts,
      layout: { visibility: visibility(visible.districts), 'line-join': 'round' },
      paint: {
        'line-color': BASE_COLOURS.districtLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.8, 13, 2],
        'line-dasharray': ['case', ['==', ['get', 'approximate'], true], ['literal', [2, 2]], ['literal', [1, 0]]],
      },
    },
    ...(input.overlays?.belowPlaces ?? []),
    {
      id: LAYER.metroLines,
      type: 'line',
      source: SOURCE.metroLines,
      filter: ['==', ['get', 'geometry_quality'], 'track'],
      layout: { visibility: visibility(visible.metro), 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': ['get', 'colour'], 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1.6, 14, 4] },
    },
    {
      // Sections opened after the 2024 track file: drawn station-to-station and dashed, so nobody reads them as surveyed.
      id: LAYER.metroLinesSchematic,
      type: 'line',
      source: SOURCE.metroLines,
      filter: ['==', ['get', 'geometry_quality'], 'schematic'],
      layout: { visibility: visibility(visible.metro), 'line-join': 'round' },
      paint: {
        'line-color': ['get', 'colour'],
        'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1.6, 14, 4],
        'line-dasharray': [2, 1.5],
      },
    },
    {
      id: LAYER.metroStations,
      type: 'circle',
      source: SOURCE.metroStations,
      minzoom: 10.5,
      layout: { visibility: visibility(visible.stations) },
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 10.5, 2, 15, 5],
        'circle-color': BASE_COLOURS.station,
        'circle-stroke-color': BASE_COLOURS.stationStroke,
        'circle-stroke-width': 1.2,
      },
    },
    {
      id: LAYER.metroStationLabels,
      type: 'symbol',
      source: SOURCE.metroStations,
      minzoom: 13,
      layout: {
        visibility: visibility(visible.stations),
        'text-field': nameField(lang),
        'text-font': FONT,
        'text-size': 11,
        'text-offset': [0, 0.9],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: { 'text-color': '#555', ...HALO },
    },
    {
      id: LAYER.districtLabel,
      type: 'symbol',
      source: SOURCE.districtLabels,
      layout: {
        visibility: visibility(visible.districts),
        'text-field': nameField(lang),
        'text-font': FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, 12, 12, 17],
        'text-max-width': 7,
      },
      paint: { 'text-color': BASE_COLOURS.districtLabel, ...HALO },
    },
    {
      id: LAYER.stationHighlight,
      type: 'circle',
      source: SOURCE.metroStations,
      filter: ['in', ['get', 'id'], ['literal', [input.selectedId ?? '', input.hoverId ?? '']]],
      paint: { 'circle-radius': 9, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#222', 'circle-stroke-width': 2.5 },
    },
    {
      id: LAYER.placeHighlight,
      type: 'circle',
      source: SOURCE.places,
      filter: ['in', ['get', 'id'], ['literal', [input.selectedId ?? '', input.hoverId ?? '']]],
      paint: {
        'circle-radius': ['case', ['==', ['get', 'id'], input.selectedId ?? ''], 18, 15],
        'circle-color': 'rgba(255, 213, 79, 0.35)',
        'circle-stroke-color': BASE_COLOURS.highlight,
        'circle-stroke-width': 3,
      },
    },
    ...(input.overlays?.belowPlaceSymbols ?? []),
    // City circles on top: the biggest decisions should never hide under a street marker.
    ...[...PLACE_LAYERS].reverse().map((l) => placeLayer(l, input)),
    ...(input.overlays?.top ?? []),
  ];

  return {
    version: 8,
    name: 'sz-atlas',
    sources: {
      [SOURCE.context]: { type: 'geojson', data: data.context },
      [SOURCE.districts]: { type: 'geojson', data: data.districts },
      [SOURCE.districtLabels]: { type: 'geojson', data: data.districtLabels },
      [SOURCE.metroLines]: { type: 'geojson', data: data.metroLines },
      [SOURCE.metroStations]: { type: 'geojson', data: data.metroStations },
      [SOURCE.places]: { type: 'geojson', data: data.places },
      ...(input.overlays?.sources ?? {}),
    },
    layers,
  };
}
