/**
 * Datasets on the map (pure): outlets coloured by trade, clustered at city zoom (MapLibre's own
 * clustering, in its worker) and drawn one by one with their names from street zoom; population
 * datasets as purple points. The data is a blob URL made by the dataset worker, so MapLibre fetches
 * and parses 200,000 points in its own worker and the page never serialises them.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { TRADES, type Trade } from '../analysis/trades.ts';
import type { Lang } from '../i18n/index.ts';
import { SHIPPED_FONT } from './font-faces.ts';
import { emptyOverlay, type OverlayStyle } from './overlay-style.ts';

export const TRADE_COLOURS: Record<Trade, string> = {
  convenience: '#e53935',
  supermarket: '#fb8c00',
  fresh_market: '#43a047',
  breakfast: '#fdd835',
  pharmacy: '#00acc1',
  hair_beauty: '#d81b60',
  laundry: '#5e35b1',
  repair: '#6d4c41',
  housekeeping: '#3949ab',
  parcel: '#00897b',
  other: '#9e9e9e',
};
export const POPULATION_COLOUR = '#7b1fa2';

export const datasetSource = (id: string) => `dataset-${id}`;
export const DATASET_LAYER = {
  clusters: (id: string) => `dataset-${id}-clusters`,
  clusterCount: (id: string) => `dataset-${id}-cluster-count`,
  points: (id: string) => `dataset-${id}-points`,
  labels: (id: string) => `dataset-${id}-labels`,
} as const;
/** Below this zoom outlets are clustered; from it on each outlet is drawn. */
export const CLUSTER_MAX_ZOOM = 14;
export const LABEL_MIN_ZOOM = 15.5;

export interface DatasetLayerInput {
  id: string;
  url: string;
  kind: 'outlets' | 'population';
  /** Trades to draw (outlets); others are filtered out. Empty = all. */
  trades?: readonly Trade[];
}

const tradeColour: ExpressionSpecification = ['match', ['get', 't'], ...TRADES.flatMap((t, i) => [i, TRADE_COLOURS[t]]), TRADE_COLOURS.other] as unknown as ExpressionSpecification;

export function datasetsOverlay(input: readonly DatasetLayerInput[], lang: Lang): OverlayStyle {
  void lang;
  const o = emptyOverlay();
  const font = [SHIPPED_FONT, 'sans-serif'];
  for (const d of input) {
    const src = datasetSource(d.id);
    const filter = d.trades && d.trades.length ? (['in', ['get', 't'], ['literal', d.trades.map((t) => TRADES.indexOf(t))]] as ExpressionSpecification) : undefined;
    o.sources[src] = {
      type: 'geojson',
      data: d.url,
      cluster: true,
      clusterMaxZoom: CLUSTER_MAX_ZOOM - 1,
      clusterRadius: 36,
      ...(filter ? { filter } : {}),
    };
    const colour = d.kind === 'population' ? POPULATION_COLOUR : tradeColour;
    o.belowPlaceSymbols.push(
      {
        id: DATASET_LAYER.clusters(d.id),
        type: 'circle',
        source: src,
        filter: ['has', 'point_count'],
        paint: {
          'circle-color': d.kind === 'population' ? POPULATION_COLOUR : '#455a64',
          'circle-opacity': 0.75,
          'circle-radius': ['interpolate', ['linear'], ['get', 'point_count'], 2, 9, 100, 15, 2000, 24, 20000, 32],
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 1.5,
        },
      },
      {
        id: DATASET_LAYER.clusterCount(d.id),
        type: 'symbol',
        source: src,
        filter: ['has', 'point_count'],
        layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-font': font, 'text-size': 11, 'text-allow-overlap': true },
        paint: { 'text-color': '#fff' },
      },
      {
        id: DATASET_LAYER.points(d.id),
        type: 'circle',
        source: src,
        filter: ['!', ['has', 'point_count']],
        paint: {
          'circle-color': colour,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 12, 3.5, 16, 6],
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 1,
        },
      },
      {
        id: DATASET_LAYER.labels(d.id),
        type: 'symbol',
        source: src,
        minzoom: LABEL_MIN_ZOOM,
        filter: ['!', ['has', 'point_count']],
        layout: { 'text-field': ['get', 'n'], 'text-font': font, 'text-size': 11, 'text-offset': [0, 0.9], 'text-anchor': 'top', 'text-optional': true },
        paint: { 'text-color': '#333', 'text-halo-color': '#fff', 'text-halo-width': 1.2 },
      },
    );
  }
  return o;
}
