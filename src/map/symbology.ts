/**
 * Symbology of plan places: one table read by the map icons and by the legend, so the two cannot drift.
 * Category → shape and colour; commercial tier → size; plan status → fill style.
 */
import type { PlaceLayer, Status } from '../data/place-schema.ts';

export type Shape = 'circle' | 'diamond' | 'star' | 'square' | 'triangle' | 'hexagon' | 'pentagon' | 'octagon';

export interface LayerSymbol {
  shape: Shape;
  colour: string;
  /** Icon size in CSS pixels: the city tier is largest, then district, then street. */
  size: number;
}

export const LAYER_SYMBOLS: Record<PlaceLayer, LayerSymbol> = {
  city_circle: { shape: 'circle', colour: '#c62828', size: 24 },
  district_centre: { shape: 'circle', colour: '#ef6c00', size: 18 },
  featured_street: { shape: 'diamond', colour: '#8e24aa', size: 15 },
  night_economy: { shape: 'star', colour: '#283593', size: 17 },
  bonded_zone: { shape: 'square', colour: '#00796b', size: 15 },
  port: { shape: 'triangle', colour: '#1565c0', size: 17 },
  venue: { shape: 'hexagon', colour: '#ad1457', size: 17 },
  ecommerce_base: { shape: 'pentagon', colour: '#6d4c41', size: 14 },
  landmark: { shape: 'circle', colour: '#795548', size: 13 },
  trade_platform: { shape: 'octagon', colour: '#00838f', size: 15 },
};

/** Anchor sites of a larger centre (secondary tier) are drawn at this share of their layer's size. */
export const SECONDARY_ICON_SCALE = 0.62;

/**
 * Plan status by style: existing solid; to upgrade solid with a white centre; to build hollow;
 * to study hollow and dotted; to explore hollow and dashed. Everything that is there is solid
 * (a rebuilt port too), everything new is hollow.
 */
export interface StatusStyle {
  fill: 'solid' | 'ring' | 'hollow';
  dashed: boolean;
  dotted?: boolean;
}
export const STATUS_STYLES: Record<Status, StatusStyle> = {
  existing: { fill: 'solid', dashed: false },
  upgrade: { fill: 'ring', dashed: false },
  build: { fill: 'hollow', dashed: false },
  study: { fill: 'hollow', dashed: false, dotted: true },
  explore: { fill: 'hollow', dashed: true },
};

export const iconId = (layer: PlaceLayer, status: Status): string => `place-${layer}-${status}`;

/** Not-named ports are drawn at lower opacity: on the map for context, not part of the plan. */
export const NOT_NAMED_OPACITY = 0.55;

export const BASE_COLOURS = {
  sea: '#c9dfec',
  land: '#f7f5ef',
  guangdong: '#ece8df',
  neighbour: '#e4e0d5',
  districtLine: '#8d8375',
  districtLabel: '#5d554a',
  approxFill: '#efe9dc',
  station: '#ffffff',
  stationStroke: '#555555',
  highlight: '#ffd54f',
};

/** Zone colours by kind (the bonded and exhibition ones match their point layers). */
export const ZONE_COLOURS: Record<string, string> = {
  cooperation_zone: '#1565c0',
  free_trade_zone: '#5e35b1',
  bonded_zone: '#00796b',
  exhibition_cluster: '#ad1457',
};
/** The plan's axes: one colour, drawn as a broad dashed band. */
export const AXIS_COLOUR = '#ef6c00';
