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
  zones: 'plan-zones',
  axes: 'plan-axes',
  jiedao: 'jiedao',
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
  zoneFill: 'plan-zones-fill',
  zoneLine: 'plan-zones-line',
  zoneLabel: 'plan-zones-label',
  axisLine: 'plan-axes-line',
  axisLabel: 'plan-axes-label',
  jiedaoLine: 'jiedao-line',
  /** Transparent 街道 fill: what a click on the map at street zoom picks (the area panel). */
  jiedaoHit: 'jiedao-hit',
  /** Veils everything outside the area chosen with "show only this district / 街道". */
  areaMaskDistrict: 'area-mask-district',
  areaMaskJiedao: 'area-mask-jiedao',
  areaOutlineDistrict: 'area-outline-district',
  areaOutlineJiedao: 'area-outline-jiedao',
  areaOutlineDistrictCasing: 'area-outline-district-casing',
  areaOutlineJiedaoCasing: 'area-outline-jiedao-casing',
} as const;

/**
 * Per-街道 choropleth (drawn on the base style's 街道 source, SOURCE.jiedao) and the population density
 * cells (area-overlay.ts). The selected area's outline is the base style's (LAYER.areaOutline*).
 */
export const AREA_SOURCE = { population: 'areas-population' } as const;
export const AREA_LAYER = {
  population: 'areas-population-fill',
  choropleth: 'areas-jiedao-fill',
  outline: 'areas-jiedao-line',
} as const;

/** Layers whose click selects a district or 街道 (clickable, but no hover or pointer cursor). */
export const AREA_HIT_LAYERS: Record<string, 'district' | 'jiedao'> = {
  [LAYER.districtFill]: 'district',
  [LAYER.districtApproxFill]: 'district',
  [LAYER.jiedaoHit]: 'jiedao',
  // The coverage choropleth is drawn at every zoom (the hit layer from zoom 11): a click on it selects its 街道.
  [AREA_LAYER.choropleth]: 'jiedao',
};

/** One symbol layer per place category: `places-<layer>`. */
export const placeLayerId = (layer: PlaceLayer): string => `places-${layer}`;

/** The plan's zones and axes, each with its own toggle. */
export const PLAN_SHAPE_TOGGLES = ['zones', 'axes'] as const;
export type PlanShapeToggle = (typeof PLAN_SHAPE_TOGGLES)[number];

/** Base (non-plan) layers the user can toggle. */
export const BASE_TOGGLES = ['districts', 'jiedao', 'metro', 'stations', 'context'] as const;
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
