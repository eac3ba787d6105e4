/** Source and layer ids, as constants: the style builder, the adapter, tests and e2e drivers share them. */
import type { PlaceLayer } from '../data/place-schema.ts';

export const SOURCE = {
  context: 'context',
  districts: 'districts',
  districtLabels: 'district-labels',
  metroLines: 'metro-lines',
  metroStations: 'metro-stations',
  places: 'places',
} as const;

export const LAYER = {
  background: 'background',
  contextFill: 'context-fill',
  contextLabel: 'context-label',
  districtFill: 'district-fill',
  districtApproxFill: 'district-approx-fill',
  districtLine: 'district-line',
  districtLabel: 'district-label',
  metroLines: 'metro-lines',
  metroLinesSchematic: 'metro-lines-schematic',
  metroStations: 'metro-stations',
  metroStationLabels: 'metro-station-labels',
  placeHighlight: 'place-highlight',
  stationHighlight: 'station-highlight',
} as const;

/** One symbol layer per place category: `places-<layer>`. */
export const placeLayerId = (layer: PlaceLayer): string => `places-${layer}`;

/** Base (non-plan) layers the user can toggle. */
export const BASE_TOGGLES = ['districts', 'metro', 'stations', 'context'] as const;
export type BaseToggle = (typeof BASE_TOGGLES)[number];
