/**
 * Every source and layer id, as constants: the style builder, the overlays, the adapter, tests and e2e
 * drivers share them. Base map first, then the overlays (analysis, proposals, import preview).
 */
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

// ── Overlays ─────────────────────────────────────────────────────────────────────────────────────

/** Analysis results (analysis-overlay.ts). */
export const ANALYSIS_SOURCE = {
  covered: 'analysis-covered',
  circles: 'analysis-circles',
  gaps: 'analysis-gaps',
  corridors: 'analysis-corridors',
  sites: 'analysis-sites',
  probe: 'analysis-probe',
} as const;

export const ANALYSIS_LAYER = {
  coveredFill: 'analysis-covered-fill',
  coveredLine: 'analysis-covered-line',
  circles: 'analysis-circles-line',
  gapsFill: 'analysis-gaps-fill',
  gapsLine: 'analysis-gaps-line',
  corridorsFill: 'analysis-corridors-fill',
  corridorsLine: 'analysis-corridors-line',
  citedLines: 'analysis-cited-lines',
  sites: 'analysis-sites',
  siteLabels: 'analysis-site-labels',
  probe: 'analysis-probe',
} as const;

/** The active scenario's proposals (proposal-overlay.ts); layers named `proposals-*` are clickable as proposals. */
export const PROPOSAL_SOURCE = 'proposals';
export const PROPOSAL_LAYER = {
  zoneFill: 'proposals-zone-fill',
  zoneLine: 'proposals-zone-line',
  street: 'proposals-street',
  points: 'proposals-points',
  selected: 'proposals-selected',
  labels: 'proposals-labels',
} as const;

/** Imported features waiting for confirmation (proposal-overlay.ts). */
export const PREVIEW_SOURCE = 'import-preview';
export const PREVIEW_LAYER = { fill: 'import-preview-fill', line: 'import-preview-line', points: 'import-preview-points' } as const;
