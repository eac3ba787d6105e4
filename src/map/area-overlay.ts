/**
 * Areas as map layers (pure): the 街道 coloured by the share of their residents covered and the modelled
 * population density the figures rest on. The choropleth is drawn on the 街道 source the base style
 * already has (the URL MapLibre's worker parses: the polygons are loaded once, for every layer), and its
 * colours are a `match` on the 街道 id, so a coverage change is a paint change. The selected district or
 * 街道 is outlined by the base style (plan-shapes.ts), above these fills.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { AREA_LAYER, AREA_SOURCE, SOURCE } from './ids.ts';
import { emptyOverlay, type OverlayStyle } from './overlay-style.ts';

/** Share of residents covered: lower bound of each class and its colour (ColorBrewer YlOrRd, worst darkest). */
export const COVERAGE_CLASSES: readonly { from: number; colour: string }[] = [
  { from: 0, colour: '#bd0026' },
  { from: 0.1, colour: '#f03b20' },
  { from: 0.25, colour: '#fd8d3c' },
  { from: 0.5, colour: '#feb24c' },
  { from: 0.75, colour: '#fed976' },
  { from: 0.9, colour: '#ffffb2' },
];
export const NO_DATA_COLOUR = '#bdbdbd';

/** Land the model gives no residents (no WorldPop sample: sea-side, forest, park or reservoir tiles). */
export const ZERO_DENSITY_COLOUR = '#d9d9d9';
/** Residents per km² of land: lower bound of each class and its colour (ColorBrewer BuPu). */
export const DENSITY_CLASSES: readonly { from: number; colour: string }[] = [
  { from: 1, colour: '#edf8fb' },
  { from: 2000, colour: '#bfd3e6' },
  { from: 5000, colour: '#9ebcda' },
  { from: 10000, colour: '#8c96c6' },
  { from: 20000, colour: '#8c6bb1' },
  { from: 40000, colour: '#88419d' },
  { from: 80000, colour: '#6e016b' },
];

export const coverageColour = (share: number): string => [...COVERAGE_CLASSES].reverse().find((c) => share >= c.from)!.colour;

export interface AreaOverlayInput {
  /** Whether the base style has the 74 街道 polygons (SOURCE.jiedao, properties.id). */
  jiedao: boolean;
  /** Share of residents covered per 街道 id; null hides the choropleth. */
  coverage: ReadonlyMap<string, number> | null;
  /** Population cells with `density` (residents per km²); null hides the layer. */
  population: FeatureCollection | null;
}

function choroplethColour(coverage: ReadonlyMap<string, number>): ExpressionSpecification | string {
  if (!coverage.size) return NO_DATA_COLOUR;
  const pairs = [...coverage].flatMap(([id, share]) => [id, coverageColour(share)]);
  return ['match', ['get', 'id'], ...pairs, NO_DATA_COLOUR] as unknown as ExpressionSpecification;
}

export function areaOverlay(input: AreaOverlayInput): OverlayStyle {
  const o = emptyOverlay();
  if (input.population) {
    o.sources[AREA_SOURCE.population] = { type: 'geojson', data: input.population };
    const steps = DENSITY_CLASSES.flatMap((c) => [c.from, c.colour]);
    o.belowPlaces.push({
      id: AREA_LAYER.population,
      type: 'fill',
      source: AREA_SOURCE.population,
      paint: { 'fill-color': ['step', ['get', 'density'], ZERO_DENSITY_COLOUR, ...steps] as ExpressionSpecification, 'fill-opacity': 0.75 },
    });
  }
  if (input.jiedao && input.coverage) {
    o.belowPlaces.push(
      // Under the density layer the fill steps aside (still there to be clicked) and leaves the outlines.
      { id: AREA_LAYER.choropleth, type: 'fill', source: SOURCE.jiedao, paint: { 'fill-color': choroplethColour(input.coverage), 'fill-opacity': input.population ? 0 : 0.55 } },
      { id: AREA_LAYER.outline, type: 'line', source: SOURCE.jiedao, paint: { 'line-color': '#5d4037', 'line-width': 0.6, 'line-opacity': 0.6 } },
    );
  }
  return o;
}
