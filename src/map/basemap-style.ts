/**
 * The optional street basemap as style data: a source and muted layers drawn above the shipped land
 * fill and below everything of the plan (district lines, analysis, metro, places). Pure; buildStyle
 * slots the result in. Vector tiles get a generic quiet style keyed on the Protomaps basemap layer names
 * (roads, water, landuse, buildings) and on OpenMapTiles names (transportation, water, park, building);
 * raster tiles are shown desaturated and half transparent, so the plan stays the loudest thing on the map.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/index.ts';
import { SHIPPED_FONT } from './font-faces.ts';

export const BASEMAP_SOURCE = 'basemap';
export const BASEMAP_LAYER_PREFIX = 'basemap-';

export interface BasemapSpec {
  kind: 'vector' | 'raster';
  /** A TileJSON URL (e.g. pmtiles://…) or a tile URL template list. */
  url?: string;
  tiles?: string[];
  minzoom?: number;
  maxzoom?: number;
  /** Raster tiles: pixel size. */
  tileSize?: number;
  /** Plain text; escaped here because MapLibre's attribution control renders HTML. */
  attribution: string;
  /** Vector layer names the tiles have (null: unknown, draw every known one). */
  vectorLayers: string[] | null;
}

export interface BasemapLayers {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
}

/** Muted colours, close to the shipped land and sea. */
export const BASEMAP_COLOURS = {
  water: '#c9dfec',
  green: '#e1e9d5',
  building: '#ebe6dc',
  buildingOutline: '#ddd5c7',
  road: '#ffffff',
  casing: '#ddd6c9',
  rail: '#c4bdb0',
  label: '#8c8579',
};

export const RASTER_PAINT = { 'raster-saturation': -0.75, 'raster-opacity': 0.6, 'raster-contrast': -0.15 } as const;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const GREEN_KINDS = ['park', 'forest', 'wood', 'grass', 'garden', 'nature_reserve', 'golf_course', 'cemetery', 'playground', 'pitch', 'recreation_ground', 'meadow', 'scrub', 'farmland'];
const PROTOMAPS_ROADS = ['highway', 'major_road', 'medium_road', 'minor_road', 'other'];
const OMT_ROADS = ['motorway', 'trunk', 'primary', 'secondary', 'tertiary', 'minor', 'service', 'street'];

/** Road width by importance (`major`: 2 = highway/motorway, 1 = major, 0 = minor). */
function roadWidth(major: ExpressionSpecification, casing: boolean): ExpressionSpecification {
  const at = (z: number, hi: number, mid: number, lo: number): [number, ExpressionSpecification] => [
    z,
    ['match', major, 2, hi + (casing ? 1.6 : 0), 1, mid + (casing ? 1.4 : 0), lo + (casing ? 1.2 : 0)],
  ];
  return ['interpolate', ['exponential', 1.5], ['zoom'], ...at(11, 1.4, 0.9, 0.3), ...at(15, 6, 4, 2), ...at(18, 16, 12, 7)] as unknown as ExpressionSpecification;
}
const protomapsMajor: ExpressionSpecification = ['match', ['get', 'kind'], 'highway', 2, 'major_road', 1, 0];
const omtMajor: ExpressionSpecification = ['match', ['get', 'class'], ['motorway', 'trunk'], 2, ['primary', 'secondary'], 1, 0];

function nameOf(lang: Lang): ExpressionSpecification {
  return lang === 'zh'
    ? ['coalesce', ['get', 'name:zh-Hans'], ['get', 'name:zh'], ['get', 'name']]
    : ['coalesce', ['get', 'name:en'], ['get', 'name_en'], ['get', 'name']];
}

function vectorLayers(lang: Lang, has: (layer: string) => boolean): LayerSpecification[] {
  const id = (s: string) => `${BASEMAP_LAYER_PREFIX}${s}`;
  const src = { source: BASEMAP_SOURCE };
  const polygons: FilterSpecification = ['==', ['geometry-type'], 'Polygon'];
  const lines: FilterSpecification = ['==', ['geometry-type'], 'LineString'];
  const label = (sourceLayer: string): LayerSpecification => ({
    id: id(`${sourceLayer}-labels`),
    type: 'symbol',
    ...src,
    'source-layer': sourceLayer,
    minzoom: 14,
    filter: ['has', 'name'],
    layout: {
      'symbol-placement': 'line',
      'text-field': nameOf(lang),
      'text-font': [SHIPPED_FONT, 'sans-serif'],
      'text-size': 11,
      'text-max-angle': 30,
      'text-padding': 4,
    },
    paint: { 'text-color': BASEMAP_COLOURS.label, 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.2 },
  });
  const out: (LayerSpecification | false)[] = [
    // Protomaps basemap schema
    has('landuse') && { id: id('landuse'), type: 'fill', ...src, 'source-layer': 'landuse', filter: ['in', ['get', 'kind'], ['literal', GREEN_KINDS]], paint: { 'fill-color': BASEMAP_COLOURS.green, 'fill-opacity': 0.8 } },
    has('landcover') && { id: id('landcover'), type: 'fill', ...src, 'source-layer': 'landcover', filter: ['in', ['get', 'kind'], ['literal', GREEN_KINDS]], paint: { 'fill-color': BASEMAP_COLOURS.green, 'fill-opacity': 0.6 } },
    // OpenMapTiles schema
    has('park') && { id: id('park'), type: 'fill', ...src, 'source-layer': 'park', paint: { 'fill-color': BASEMAP_COLOURS.green, 'fill-opacity': 0.8 } },
    // Both schemas call it "water"
    has('water') && { id: id('water'), type: 'fill', ...src, 'source-layer': 'water', filter: polygons, paint: { 'fill-color': BASEMAP_COLOURS.water } },
    has('buildings') && { id: id('buildings'), type: 'fill', ...src, 'source-layer': 'buildings', minzoom: 13, paint: { 'fill-color': BASEMAP_COLOURS.building, 'fill-outline-color': BASEMAP_COLOURS.buildingOutline } },
    has('building') && { id: id('building'), type: 'fill', ...src, 'source-layer': 'building', minzoom: 13, paint: { 'fill-color': BASEMAP_COLOURS.building, 'fill-outline-color': BASEMAP_COLOURS.buildingOutline } },
    has('roads') && { id: id('rail'), type: 'line', ...src, 'source-layer': 'roads', filter: ['==', ['get', 'kind'], 'rail'], paint: { 'line-color': BASEMAP_COLOURS.rail, 'line-width': 1, 'line-dasharray': [3, 2] } },
    has('roads') && { id: id('roads-casing'), type: 'line', ...src, 'source-layer': 'roads', filter: ['all', lines, ['in', ['get', 'kind'], ['literal', PROTOMAPS_ROADS]]], layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': BASEMAP_COLOURS.casing, 'line-width': roadWidth(protomapsMajor, true) } },
    has('roads') && { id: id('roads'), type: 'line', ...src, 'source-layer': 'roads', filter: ['all', lines, ['in', ['get', 'kind'], ['literal', PROTOMAPS_ROADS]]], layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': BASEMAP_COLOURS.road, 'line-width': roadWidth(protomapsMajor, false) } },
    has('roads') && { id: id('paths'), type: 'line', ...src, 'source-layer': 'roads', minzoom: 14, filter: ['==', ['get', 'kind'], 'path'], paint: { 'line-color': BASEMAP_COLOURS.casing, 'line-width': 1, 'line-dasharray': [2, 1.5] } },
    has('transportation') && { id: id('transportation-casing'), type: 'line', ...src, 'source-layer': 'transportation', filter: ['in', ['get', 'class'], ['literal', OMT_ROADS]], layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': BASEMAP_COLOURS.casing, 'line-width': roadWidth(omtMajor, true) } },
    has('transportation') && { id: id('transportation'), type: 'line', ...src, 'source-layer': 'transportation', filter: ['in', ['get', 'class'], ['literal', OMT_ROADS]], layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': BASEMAP_COLOURS.road, 'line-width': roadWidth(omtMajor, false) } },
    has('roads') && label('roads'),
    has('transportation_name') && label('transportation_name'),
  ];
  return out.filter((l): l is LayerSpecification => !!l);
}

export function basemapStyle(spec: BasemapSpec, lang: Lang): BasemapLayers {
  const attribution = escapeHtml(spec.attribution);
  const range = { ...(spec.minzoom !== undefined && { minzoom: spec.minzoom }), ...(spec.maxzoom !== undefined && { maxzoom: spec.maxzoom }) };
  const where = spec.url ? { url: spec.url } : { tiles: spec.tiles ?? [] };
  if (spec.kind === 'raster') {
    return {
      sources: { [BASEMAP_SOURCE]: { type: 'raster', ...where, ...range, tileSize: spec.tileSize ?? 256, attribution } },
      layers: [{ id: `${BASEMAP_LAYER_PREFIX}raster`, type: 'raster', source: BASEMAP_SOURCE, paint: { ...RASTER_PAINT } }],
    };
  }
  const known = spec.vectorLayers;
  return {
    sources: { [BASEMAP_SOURCE]: { type: 'vector', ...where, ...range, attribution } },
    layers: vectorLayers(lang, (l) => !known || known.includes(l)),
  };
}
