/**
 * Turns analysis-state changes into worker calls and stores the results. Runs at most one pipeline at a
 * time, coalescing changes that arrive meanwhile, so typing in a field never queues stale work and the
 * UI thread never does the heavy lifting.
 */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { progress, type AnalysisClient } from '../analysis/client.ts';
import { toPlacePoints, type MetroLines, type MetroStations } from '../analysis/corridors.ts';
import { validateParams, type AnalysisParams } from '../analysis/params.ts';
import type { ServiceNode } from '../analysis/nearest.ts';
import { collectNodes } from './analysis-nodes.ts';
import { useAnalysisStore, type AnalysisState } from './analysis-store.ts';
import { actions, useAppStore } from './store.ts';

export interface ControllerDeps {
  client: AnalysisClient;
  /** The proposals of the active scenario (they count as nodes when that source is on). */
  proposals: () => readonly Feature[];
  subscribeProposals: (cb: () => void) => () => void;
}

let deps: ControllerDeps | null = null;
let lineIds: string[] = [];

/** Apply a parameter change if it is valid; otherwise keep the old values and show why. */
export function updateParams(partial: Partial<AnalysisParams> | Record<string, unknown>): boolean {
  const s = useAnalysisStore.getState();
  const r = validateParams({ ...s.params, ...partial }, { lineIds: lineIds.length ? lineIds : undefined });
  if (r.ok) useAnalysisStore.setState({ params: r.value, paramErrors: [] });
  else useAnalysisStore.setState({ paramErrors: r.errors });
  return r.ok;
}

const nodesKey = (nodes: ServiceNode[]) => nodes.map((n) => `${n.id}@${n.lon.toFixed(6)},${n.lat.toFixed(6)}`).join('|');

export function startAnalysisController(d: ControllerDeps): () => void {
  deps = d;
  const api = d.client.api;
  let initialised: Promise<void> | null = null;
  let running = false;
  let again = false;
  let lastNodes = '';
  let lastParams: AnalysisParams | null = null;
  const corridorCache = new Map<string, FeatureCollection>();

  const init = () => {
    const data = useAppStore.getState().data;
    if (!data) return null;
    initialised ??= (async () => {
      useAnalysisStore.setState({ busy: true, progress: { label: 'grid', done: 0, total: 1 } });
      const grid = await api.init(data.districts as FeatureCollection<never>);
      await api.setMetro(data.metroLines as MetroLines, data.metroStations as MetroStations);
      await api.setPlaces(toPlacePoints(data.places as FeatureCollection<Point, { id: string; name_zh: string }>));
      lineIds = [...new Set((data.metroLines.features as Feature<LineString>[]).map((f) => String(f.properties?.line_id)))];
      useAnalysisStore.setState({ grid, progress: null });
    })();
    return initialised;
  };

  const pipeline = async () => {
    const data = useAppStore.getState().data;
    const s = useAnalysisStore.getState();
    if (!data || !s.enabled) return;
    await init();
    useAnalysisStore.setState({ busy: true });
    if (s.params !== lastParams) {
      const r = await api.setParams(s.params);
      if (!r.ok) {
        useAnalysisStore.setState({ paramErrors: r.errors });
        return;
      }
      lastParams = s.params;
      lastNodes = ''; // radii changed: results below must be refetched
    }
    const nodes = collectNodes(s.nodeSources, data.places, data.metroStations, d.proposals());
    const key = nodesKey(nodes);
    const result = key !== lastNodes ? await api.setNodes(nodes) : await api.coverage();
    lastNodes = key;
    const m = s.params.minutes.includes(s.displayMinutes) ? s.displayMinutes : s.params.minutes[s.params.minutes.length - 1]!;
    const patch: Partial<AnalysisState> = { result, displayMinutes: m };
    if (s.show.circles) {
      const all = await api.circles();
      patch.circles = { type: 'FeatureCollection', features: all.features.filter((f) => f.properties.minutes === m) };
    } else patch.circles = null;
    patch.covered = s.show.covered ? await api.coveredArea(m) : null;
    patch.gaps = s.show.gaps ? await api.gaps(m, s.gapDistricts.length ? s.gapDistricts : undefined) : null;
    if (s.show.corridors) {
      const ck = `${s.params.corridorWidthM}|${s.corridorLines.join(',')}`;
      if (!corridorCache.has(ck)) corridorCache.set(ck, await api.corridorPolygons(s.corridorLines));
      patch.corridorShapes = corridorCache.get(ck)!;
      patch.corridorReport = await api.corridors(s.corridorLines);
    } else {
      patch.corridorShapes = null;
    }
    if (s.probe) patch.probe = { ...s.probe, result: await api.nearest(s.probe.lon, s.probe.lat) };
    useAnalysisStore.setState(patch);
  };

  const schedule = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await pipeline();
      } while (again);
    } catch (e) {
      actions.alert('analysis:failed', { message: e instanceof Error ? e.message : String(e) });
    } finally {
      running = false;
      useAnalysisStore.setState({ busy: false });
    }
  };

  const relevant = (a: AnalysisState, b: AnalysisState) =>
    a.enabled !== b.enabled || a.nodeSources !== b.nodeSources || a.params !== b.params || a.displayMinutes !== b.displayMinutes ||
    a.show !== b.show || a.gapDistricts !== b.gapDistricts || a.corridorLines !== b.corridorLines;
  const unsubA = useAnalysisStore.subscribe((s, prev) => {
    if (relevant(s, prev)) void schedule();
  });
  const unsubData = useAppStore.subscribe((s, prev) => {
    if (s.data !== prev.data) void schedule();
  });
  const unsubP = d.subscribeProposals(() => void schedule());
  void schedule();
  return () => {
    unsubA();
    unsubData();
    unsubP();
    deps = null;
  };
}

/**
 * Node sets for comparisons: the plan nodes chosen under Coverage plus each set of proposals,
 * with the displayed life circle. Null until the worker and the geodata are there.
 */
function comparisonInputs(proposalSets: readonly (readonly Feature[])[]) {
  const data = useAppStore.getState().data;
  if (!deps || !data) return null;
  const s = useAnalysisStore.getState();
  const sources = { ...s.nodeSources, proposals: true };
  return { api: deps.client.api, minutes: s.displayMinutes, sets: proposalSets.map((ps) => collectNodes(sources, data.places, data.metroStations, ps)) };
}

/** Coverage of other node sets (baseline vs scenarios) at the displayed life circle. */
export async function coverageOfProposalSets(proposalSets: readonly (readonly Feature[])[]) {
  const c = comparisonInputs(proposalSets);
  return c ? c.api.coverageOf(c.sets, c.minutes) : null;
}

/** Dissolved covered areas of several proposal sets, for the side-by-side maps. */
export async function coveredAreasOfProposalSets(proposalSets: readonly (readonly Feature[])[]) {
  const c = comparisonInputs(proposalSets);
  return c ? Promise.all(c.sets.map((nodes) => c.api.coveredAreaOf(nodes, c.minutes))) : null;
}

/** Nearest service of each tier and the circles a clicked point lies in. */
export async function probeAt(lon: number, lat: number): Promise<void> {
  if (!deps) return;
  const districts = useAppStore.getState().data?.districts.features ?? [];
  const outside = !districts.some((d) => booleanPointInPolygon([lon, lat], d as Feature<Polygon | MultiPolygon>));
  useAnalysisStore.setState({ probe: { lon, lat, result: null, outside } });
  const result = await deps.client.api.nearest(lon, lat);
  const cur = useAnalysisStore.getState().probe;
  if (cur && cur.lon === lon && cur.lat === lat) useAnalysisStore.setState({ probe: { lon, lat, result, outside } });
}

/** Greedy maximal-coverage suggestion with the current k and candidate area, with progress. */
export async function runSuggestion(): Promise<void> {
  if (!deps) return;
  const s = useAnalysisStore.getState();
  useAnalysisStore.setState({ busy: true, progress: { label: 'suggest', done: 0, total: s.params.suggestK + 1 } });
  // Progress messages can arrive after the result (they cross the thread boundary separately).
  let open = true;
  try {
    const sites = await deps.client.api.suggest(
      progress((done, total) => open && useAnalysisStore.setState({ progress: { label: 'suggest', done, total } })),
      s.displayMinutes,
    );
    useAnalysisStore.setState({ suggestions: sites, suggestionsFor: { k: s.params.suggestK, minutes: s.displayMinutes, area: s.params.candidateArea } });
    if (!sites.length) actions.alert('analysis:suggestion.noMoreGain', undefined, 'info');
  } catch (e) {
    actions.alert('analysis:failed', { message: e instanceof Error ? e.message : String(e) });
  } finally {
    open = false;
    useAnalysisStore.setState({ busy: false, progress: null });
  }
}
