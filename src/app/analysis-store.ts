/**
 * Coverage-analysis state: what counts as a service node, parameters, what is shown, and the latest
 * results from the worker. Plain data. The controller (analysis-controller.ts) reacts to the inputs
 * (`ANALYSIS_INPUTS`) and writes only results, so its own writes never start another pass.
 */
import { create } from 'zustand';
import type { Feature, FeatureCollection } from 'geojson';
import { DEFAULT_PARAMS, type AnalysisParams, type Minutes, type ParamError } from '../analysis/params.ts';
import type { CoverageSummary } from '../analysis/coverage.ts';
import type { CoverageResult, GridInfo } from '../analysis/session.ts';
import type { CorridorReport } from '../analysis/corridors.ts';
import type { PlaceOnLand } from '../analysis/locate.ts';
import type { NearestResult } from '../analysis/nearest.ts';
import type { CurvePoint, SiteSuggestion, SuggestionResult } from '../analysis/site-suggestion.ts';
import type { OptimumResult } from '../analysis/site-optimum.ts';
import type { Proposal } from '../io/proposal.ts';

/** Which features serve as nodes: plan places by layer, metro stations, and the scenario's proposals. */
export const NODE_SOURCES = ['city_circle', 'district_centre', 'featured_street', 'stations', 'proposals'] as const;
export type NodeSource = (typeof NODE_SOURCES)[number];

/** Map layers of the analysis; `choropleth` = 街道 by share of residents covered; `population` = the model's density. */
export type ShowKey = 'circles' | 'covered' | 'gaps' | 'corridors' | 'choropleth' | 'population';

/** One side of a before/after comparison: the plan nodes chosen under Coverage plus a set of proposals. */
export interface ComparisonSide {
  /** `BASELINE` or a scenario id. */
  id: string;
  /** The scenario's name; null for the plan baseline (the UI names it). */
  name: string | null;
  proposals: readonly Proposal[];
  summary: CoverageSummary;
  /** Dissolved covered area, only while the side-by-side maps are open. */
  covered: Feature | null;
}

export interface Comparison {
  minutes: Minutes;
  sides: [ComparisonSide, ComparisonSide];
}

export type OptimumState =
  | { state: 'running'; started: number }
  | { state: 'done'; result: OptimumResult }
  | { state: 'failed'; message: string };

export interface AnalysisState {
  enabled: boolean;
  nodeSources: Record<NodeSource, boolean>;
  params: AnalysisParams;
  /** Errors of the last parameter change that was refused (the previous values stay in force). */
  paramErrors: ParamError[];
  /** The life circle the planner chose for the map; see `displayedMinutes` for the one in force. */
  displayMinutes: Minutes;
  show: Record<ShowKey, boolean>;
  /** Districts whose gaps are drawn; empty = all. */
  gapDistricts: string[];
  corridorLines: string[];
  grid: GridInfo | null;
  result: CoverageResult | null;
  circles: FeatureCollection | null;
  covered: Feature | null;
  gaps: FeatureCollection | null;
  corridorShapes: FeatureCollection | null;
  /** The land units with their modelled residents and density, loaded the first time the layer is shown. */
  populationCells: FeatureCollection | null;
  corridorReport: CorridorReport | null;
  suggestions: SiteSuggestion[];
  /**
   * What the suggestions were computed with and what they promise: the coverage-vs-k curve (k = 0 is
   * today) of their scope and of the city, at the life circle they were computed for.
   */
  suggestionsFor: {
    k: number;
    minutes: Minutes;
    area: AnalysisParams['candidateArea'];
    curve?: CurvePoint[];
    scope?: SuggestionResult['scope'];
  } | null;
  /**
   * The exact optimum (HiGHS) of the suggestion shown: solving since `started` (ms, Date.now()), its
   * result, or why it failed. Cleared with the suggestions and by a cancel.
   */
  optimum: OptimumState | null;
  /** A clicked point: nearest services, and whether it lies in Shenzhen at all. */
  probe: { lon: number; lat: number; result: (NearestResult & { place: PlaceOnLand | null }) | null; outside?: boolean } | null;
  /** Before/after coverage of the two sides chosen in the scenario store, at the displayed life circle. */
  comparison: Comparison | null;
  busy: boolean;
  progress: { label: string; done: number; total: number } | null;
}

export const analysisInitialState = (): AnalysisState => ({
  enabled: false,
  nodeSources: { city_circle: true, district_centre: true, featured_street: true, stations: false, proposals: true },
  params: DEFAULT_PARAMS,
  paramErrors: [],
  displayMinutes: 15,
  show: { circles: true, covered: true, gaps: false, corridors: false, choropleth: true, population: false },
  gapDistricts: [],
  corridorLines: ['4', '6', '8', '14', '16'],
  grid: null,
  result: null,
  circles: null,
  covered: null,
  gaps: null,
  corridorShapes: null,
  populationCells: null,
  corridorReport: null,
  suggestions: [],
  suggestionsFor: null,
  optimum: null,
  probe: null,
  comparison: null,
  busy: false,
  progress: null,
});

export const useAnalysisStore = create<AnalysisState>()(() => analysisInitialState());

/** The fields the controller reacts to; everything else is output. */
export const ANALYSIS_INPUTS = ['enabled', 'nodeSources', 'params', 'displayMinutes', 'show', 'gapDistricts', 'corridorLines'] as const;

/**
 * The life circle actually shown: the chosen one if it is selected, else the largest selected. Derived,
 * never written back, so deselecting a level does not cause a second pass.
 */
export const displayedMinutes = (s: Pick<AnalysisState, 'params' | 'displayMinutes'>): Minutes =>
  s.params.minutes.includes(s.displayMinutes) ? s.displayMinutes : s.params.minutes[s.params.minutes.length - 1]!;

export const analysisActions = {
  setEnabled: (enabled: boolean) => useAnalysisStore.setState({ enabled }),
  toggleNodeSource: (k: NodeSource) =>
    useAnalysisStore.setState((s) => ({ nodeSources: { ...s.nodeSources, [k]: !s.nodeSources[k] } })),
  setShow: (k: ShowKey, on: boolean) => useAnalysisStore.setState((s) => ({ show: { ...s.show, [k]: on } })),
  setDisplayMinutes: (m: Minutes) => useAnalysisStore.setState({ displayMinutes: m }),
  setGapDistricts: (ids: string[]) => useAnalysisStore.setState({ gapDistricts: ids }),
  setCorridorLines: (ids: string[]) => useAnalysisStore.setState({ corridorLines: ids }),
  clearProbe: () => useAnalysisStore.setState({ probe: null }),
  /** A slide's analysis inputs in one change (one pipeline run); parameters go through the controller. */
  setInputs: (patch: Partial<Pick<AnalysisState, 'enabled' | 'nodeSources' | 'displayMinutes' | 'show' | 'gapDistricts' | 'corridorLines'>>) =>
    useAnalysisStore.setState(patch),
  clearSuggestions: () => useAnalysisStore.setState({ suggestions: [], suggestionsFor: null, optimum: null }),
  /** Parameters that passed validation (the controller's updateParams), or the errors of a refused change. */
  acceptParams: (params: AnalysisParams) => useAnalysisStore.setState({ params, paramErrors: [] }),
  refuseParams: (paramErrors: ParamError[]) => useAnalysisStore.setState({ paramErrors }),
  /** Results written by the controller (never inputs). */
  setResults: (patch: Partial<Omit<AnalysisState, (typeof ANALYSIS_INPUTS)[number]>>) => useAnalysisStore.setState(patch),
};
