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
import { LAYER, SOURCE, placeLayerId, type BaseToggle, type PlanShapeToggle } from './ids.ts';
import { BASE_COLOURS, LAYER_SYMBOLS, NOT_NAMED_OPACITY, SECONDARY_ICON_SCALE } from './symbology.ts';
import { spreadPlacesCached, type SpreadPlaces } from './spread.ts';
import { HIGHLIGHT_ICON } from './icons.ts';
import { areaLayers, areaOutlineLayers, areaPlaceFilter, planShapeLabelLayers, planShapeLayers, planShapeSources } from './plan-shapes.ts';
import type { OverlayStyle } from './overlay-style.ts';
import { SHIPPED_FONT } from './font-faces.ts';
import type { AreaRef, MapData } from '../state-types.ts';
import { basemapStyle, type BasemapSpec } from './basemap-style.ts';

export type { MapData } from '../state-types.ts';

export interface StyleInput {
  lang: Lang;
  visible: Record<PlaceLayer | BaseToggle, boolean> & Partial<Record<PlanShapeToggle, boolean>>;
  statuses: Record<Status, boolean>;
  selectedId: string | null;
  hoverId: string | null;
  data: MapData;
  /** The district or 街道 picked on the map (outlined). */
  selectedArea?: AreaRef | null;
  /** "Show only this district / 街道": other areas veiled, their places and zones hidden. */
  areaOnly?: AreaRef | null;
  /** Analysis and proposal overlays, drawn between the base map and the plan places. */
  overlays?: OverlayStyle;
  /** An optional street basemap (the planner's file or the bureau's server), drawn under everything of the plan. */
  basemap?: BasemapSpec | null;
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
  landmark: 12,
  trade_platform: 12,
};

/** Labels of anchor sites come in only when zoomed in close, and smaller. */
const SECONDARY_LABEL_MINZOOM = 14;
const SECONDARY_TEXT_SIZE = 10;

/**
 * Per-feature offsets by the `_spread` key (spread.ts). `unit` turns pixels into the property's unit:
 * icon-offset is multiplied by icon-size, text-offset is in ems of text-size.
 */
function byKey(spread: SpreadPlaces, fallback: [number, number], at: (key: number, px: [number, number]) => [number, number]): ExpressionSpecification | [number, number] {
  if (spread.offsets.size === 0) return fallback;
  const cases = [...spread.offsets].flatMap(([key, px]) => [key, ['literal', at(key, px)]]);
  return ['match', ['get', '_spread'], ...cases, ['literal', fallback]] as unknown as ExpressionSpecification;
}

function placeLayer(layer: PlaceLayer, input: StyleInput, spread: SpreadPlaces, areaFilter: FilterSpecification | null): LayerSpecification {
  const sym = LAYER_SYMBOLS[layer];
  const textSize = layer === 'city_circle' ? 14 : 12;
  const below = (scale: number) => Math.round(((sym.size * scale) / 14 + 0.2) * 1000) / 1000;
  const scaleOf = (key: number) => (spread.secondaryKeys.has(key) ? SECONDARY_ICON_SCALE : 1);
  const r3 = (n: number) => Math.round(n * 1000) / 1000;
  return {
    id: placeLayerId(layer),
    type: 'symbol',
    source: SOURCE.places,
    filter: areaFilter ? (['all', placeFilter(layer, input.statuses), areaFilter] as FilterSpecification) : placeFilter(layer, input.statuses),
    layout: {
      visibility: visibility(input.visible[layer]),
      'icon-image': ['concat', 'place-', ['get', 'layer'], '-', ['get', 'status']],
      'icon-size': ['case', ['get', '_secondary'], SECONDARY_ICON_SCALE, 1],
      'icon-offset': byKey(spread, [0, 0], (key, [dx, dy]) => [r3(dx / scaleOf(key)), r3(dy / scaleOf(key))]),
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'text-field': [
        'step', ['zoom'], '',
        LABEL_MINZOOM[layer], ['case', ['get', '_secondary'], '', nameField(input.lang)],
        SECONDARY_LABEL_MINZOOM, nameField(input.lang),
      ],
      'text-font': FONT,
      'text-size': ['case', ['get', '_secondary'], SECONDARY_TEXT_SIZE, textSize],
      'text-offset': byKey(spread, [0, below(1)], (key, [dx, dy]) => {
        const ts = spread.secondaryKeys.has(key) ? SECONDARY_TEXT_SIZE : textSize;
        return [r3(dx / ts), r3(dy / ts + (below(scaleOf(key)) * textSize) / ts)];
      }),
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
  const spread = spreadPlacesCached(data.places);
  const streets = input.basemap ? basemapStyle(input.basemap, lang) : null;
  const areaFilter = areaPlaceFilter(data, input.areaOnly);
  const shapes = { lang, data, visible, statuses: input.statuses, selectedId: input.selectedId, hoverId: input.hoverId, selectedArea: input.selectedArea, areaOnly: input.areaOnly };
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
    ...(streets?.layers ?? []),
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
    // 街道 outlines, the plan's zones and axes, the analysis fills, then the chosen area's outline: above the
    // districts, beneath metro and points.
    ...areaLayers(shapes),
    ...planShapeLayers(shapes),
    ...(input.overlays?.belowPlaces ?? []),
    ...areaOutlineLayers(shapes),
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
    ...planShapeLabelLayers(shapes),
    {
      // A ring round the selected (and hovered) place, moved with the place's icon where spread.ts moved it.
      id: LAYER.placeHighlight,
      type: 'symbol',
      source: SOURCE.places,
      filter: ['in', ['get', 'id'], ['literal', [input.selectedId ?? '', input.hoverId ?? '']]],
      layout: {
        'icon-image': ['case', ['==', ['get', 'id'], input.selectedId ?? ''], HIGHLIGHT_ICON.selected, HIGHLIGHT_ICON.hover],
        'icon-offset': byKey(spread, [0, 0], (_, px) => px),
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
    ...(input.overlays?.belowPlaceSymbols ?? []),
    // City circles on top: the biggest decisions should never hide under a street marker.
    ...[...PLACE_LAYERS].reverse().map((l) => placeLayer(l, input, spread, areaFilter)),
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
      [SOURCE.places]: { type: 'geojson', data: spread.places },
      ...planShapeSources(data),
      ...(input.overlays?.sources ?? {}),
      ...(streets?.sources ?? {}),
    },
    layers,
  };
}
