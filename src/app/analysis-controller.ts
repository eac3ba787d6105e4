/**
 * Turns analysis inputs into worker calls and stores the results. An object the app creates and hands
 * down (analysis-context.ts); nothing here works before `start()` or after the returned stop.
 *
 * Each output is a step keyed on its own inputs and skipped while its key is unchanged:
 *   coverage     ← params + nodes (proposal edits go through addNode / moveNode / removeNode)
 *   circles      ← nodes + the displayed life circle (one level asked of the worker, not all)
 *   covered area ← nodes + the displayed life circle
 *   gaps         ← nodes + the displayed life circle + district filter
 *   corridors    ← corridor width + lines (a proposal edit does not refetch them)
 *   probe        ← nodes + radii + the clicked point
 *   comparison   ← the two sides' ids and contents + the displayed life circle (only while shown)
 * At most one pass runs at a time; changes arriving meanwhile coalesce into one more pass. The
 * controller reacts to input fields only and writes output fields only, so its writes never start a pass.
 */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { progress, type OptimumSolver } from '../analysis/client.ts';
import type { CoverageSummary } from '../analysis/coverage.ts';
import { toPlacePoints, type MetroLines, type MetroStations } from '../analysis/corridors.ts';
import { radiusM } from '../analysis/life-circles.ts';
import type { ServiceNode } from '../analysis/nearest.ts';
import { validateParams, type AnalysisParams, type CandidateArea, type Minutes } from '../analysis/params.ts';
import { MAX_OPTIMUM_K } from '../analysis/site-optimum.ts';
import type { CoverageResult } from '../analysis/session.ts';
import type { AnalysisApi } from '../analysis/worker.ts';
import type { Proposal } from '../io/proposal.ts';
import type { MapData } from '../state-types.ts';
import { collectNodes } from './analysis-nodes.ts';
import {
  ANALYSIS_INPUTS,
  analysisActions,
  displayedMinutes,
  useAnalysisStore,
  type AnalysisState,
  type ComparisonSide,
} from './analysis-store.ts';
import { BASELINE, useScenarioStore, type ScenarioState } from './scenario-store.ts';
import { actions, useAppStore, type AppState } from './store.ts';

/** The worker API as the controller uses it: a Comlink Remote, the session itself (Node), or a fake. */
export type AnalysisPort = {
  [K in keyof AnalysisApi]: AnalysisApi[K] extends (...a: infer A) => infer R ? (...a: A) => Promise<Awaited<R>> | Awaited<R> : never;
};

export interface AnalysisControllerDeps {
  api: AnalysisPort;
  /** A stored scenario's name and proposals (comparison sides); null if it is gone. */
  readScenario: (id: string) => Promise<{ name: string; proposals: readonly Proposal[] } | null>;
  /** HiGHS for the exact optimum (client.createOptimumSolver: its worker starts on the first solve). */
  solver?: OptimumSolver;
}

/** HiGHS stops here and reports its proven bound (the share shown is then a lower bound). */
export const OPTIMUM_TIME_LIMIT_S = 120;

const sameArea = (a: CandidateArea, b: CandidateArea) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Whether the exact optimum can be asked for the suggestion shown: a district or 街道 scope, k ≤ 10,
 * and the parameters still those the suggestion was computed with. Null if it can, else the reason's key.
 */
export function optimumBlocked(s: Pick<AnalysisState, 'suggestions' | 'suggestionsFor' | 'params'>): 'scope' | 'k' | 'stale' | null {
  const f = s.suggestionsFor;
  if (!f || !s.suggestions.length) return 'stale';
  if (f.area.kind !== 'district' && f.area.kind !== 'jiedao') return 'scope';
  if (f.k > MAX_OPTIMUM_K) return 'k';
  if (f.k !== s.params.suggestK || !sameArea(f.area, s.params.candidateArea)) return 'stale';
  return null;
}

/** Above this many changed nodes one full `setNodes` is cheaper than one incremental call each. */
export const MAX_INCREMENTAL_CHANGES = 8;

const sameNode = (a: ServiceNode, b: ServiceNode) =>
  a.lon === b.lon && a.lat === b.lat && a.tier === b.tier && a.name_zh === b.name_zh && a.name_en === b.name_en;
const finite = (n: ServiceNode) => Number.isFinite(n.lon) && Number.isFinite(n.lat);

export interface NodeDiff {
  add: ServiceNode[];
  move: ServiceNode[];
  remove: string[];
}

/**
 * What changed between two node lists, by id. Null when only a full rebuild makes sense: no previous
 * list, duplicate ids, or a node without finite coordinates (the worker reports those on setNodes).
 * A node whose tier or name changed is removed and added (the nearest-service answer names it).
 */
export function diffNodes(prev: ReadonlyMap<string, ServiceNode> | null, next: readonly ServiceNode[]): NodeDiff | null {
  if (!prev) return null;
  const ids = new Set<string>();
  const diff: NodeDiff = { add: [], move: [], remove: [] };
  for (const n of next) {
    if (ids.has(n.id) || !finite(n)) return null;
    ids.add(n.id);
    const old = prev.get(n.id);
    if (!old) diff.add.push(n);
    else if (old.tier !== n.tier || old.name_zh !== n.name_zh || old.name_en !== n.name_en) {
      diff.remove.push(n.id);
      diff.add.push(n);
    } else if (!sameNode(old, n)) diff.move.push(n);
  }
  for (const id of prev.keys()) if (!ids.has(id)) diff.remove.push(id);
  return diff;
}

type Inputs = readonly unknown[];
const changed = (a: Inputs, b: Inputs) => a.some((x, i) => x !== b[i]);
const analysisInputs = (s: AnalysisState): Inputs => ANALYSIS_INPUTS.map((k) => s[k]);
const appInputs = (s: AppState): Inputs => [s.data, s.panel];
const scenarioInputs = (s: ScenarioState): Inputs => [s.active?.proposals, s.active?.id, s.compare, s.compareView, s.scenarios];

export class AnalysisController {
  private readonly api: AnalysisPort;
  /** Step keys: a step runs only when its key differs from the one it last ran with. */
  private readonly keys = new Map<string, string>();
  private initialised: { data: MapData; done: Promise<void> } | null = null;
  private sentParams: AnalysisParams | null = null;
  /** The node set the worker holds, and a counter bumped whenever it changes. */
  private workerNodes: Map<string, ServiceNode> | null = null;
  private nodesVersion = 0;
  private readonly sideCache = new Map<string, ComparisonSide>();
  /** A number per proposals array seen, so an edit (a new array) is told apart from an unchanged list. */
  private readonly proposalVersions = new WeakMap<object, number>();
  private proposalVersionSeq = 0;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;

  constructor(private readonly deps: AnalysisControllerDeps) {
    this.api = deps.api;
  }

  /** Listen to the stores and keep the results current; returns the stop function. */
  start(): () => void {
    this.stopped = false;
    const unsubs = [
      useAnalysisStore.subscribe((s, p) => changed(analysisInputs(s), analysisInputs(p)) && this.schedule()),
      useAppStore.subscribe((s, p) => changed(appInputs(s), appInputs(p)) && this.schedule()),
      useScenarioStore.subscribe((s, p) => changed(scenarioInputs(s), scenarioInputs(p)) && this.schedule()),
    ];
    this.schedule();
    return () => {
      this.stopped = true;
      for (const u of unsubs) u();
    };
  }

  /** Resolves once no pass is running or queued (tests, bench, drivers). */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  /**
   * Apply a parameter change if it is valid, otherwise keep the old values and show why. The one
   * place parameters are validated; the worker trusts what it is given.
   */
  updateParams(partial: Partial<AnalysisParams> | Record<string, unknown>): boolean {
    const s = useAnalysisStore.getState();
    const lines = useAppStore.getState().data?.metroLines.features as Feature<LineString>[] | undefined;
    const lineIds = lines?.length ? [...new Set(lines.map((f) => String(f.properties?.line_id)))] : undefined;
    const jiedaoIds = s.grid?.jiedao.map((j) => j.id);
    const r = validateParams({ ...s.params, ...partial }, { lineIds, jiedaoIds });
    if (r.ok) analysisActions.acceptParams(r.value);
    else analysisActions.refuseParams(r.errors);
    return r.ok;
  }

  /** Nearest service of each tier and the circles a clicked point lies in. */
  /** The worker with its land grid loaded (coverage by trade, app/trade-coverage.ts); null before the map data. */
  async gridWorker(): Promise<AnalysisPort | null> {
    const data = useAppStore.getState().data;
    if (!data) return null;
    await this.init(data);
    return this.api;
  }

  async probeAt(lon: number, lat: number): Promise<void> {
    const districts = useAppStore.getState().data?.districts.features ?? [];
    const outside = !districts.some((d) => booleanPointInPolygon([lon, lat], d as Feature<Polygon | MultiPolygon>));
    analysisActions.setResults({ probe: { lon, lat, result: null, outside } });
    await this.running; // the worker answers for the nodes the planner sees
    const key = this.probeKey(lon, lat);
    const result = await this.api.nearest(lon, lat);
    const cur = useAnalysisStore.getState().probe;
    if (cur && cur.lon === lon && cur.lat === lat) {
      this.keys.set('probe', key);
      analysisActions.setResults({ probe: { ...cur, result } });
    }
  }

  /** Greedy maximal-coverage suggestion with the current k and candidate area, with progress. */
  async runSuggestion(): Promise<void> {
    const s = useAnalysisStore.getState();
    const minutes = displayedMinutes(s);
    analysisActions.setResults({ busy: true, progress: { label: 'suggest', done: 0, total: s.params.suggestK + 1 } });
    // Progress messages can arrive after the result (they cross the thread boundary separately).
    let open = true;
    try {
      await this.settled();
      const { sites, curve, scope } = await this.api.suggestWithCurve(
        progress((done, total) => open && analysisActions.setResults({ progress: { label: 'suggest', done, total } })),
        minutes,
      );
      this.cancelOptimum();
      analysisActions.setResults({ suggestions: sites, suggestionsFor: { k: s.params.suggestK, minutes, area: s.params.candidateArea, curve, scope } });
      if (!sites.length) actions.alert('analysis:suggestion.noMoreGain', undefined, 'info');
    } catch (e) {
      actions.alert('analysis:failed', { message: e instanceof Error ? e.message : String(e) });
    } finally {
      open = false;
      analysisActions.setResults({ busy: false, progress: null });
    }
  }

  /**
   * The exact optimum of the suggestion shown (HiGHS in its own worker), to say what share of it the
   * greedy's sites reach. The worker builds the model (with the same k, area and life circle), HiGHS
   * solves it, the worker reads the solution. cancelOptimum() stops it.
   */
  async runOptimum(): Promise<void> {
    const s = useAnalysisStore.getState();
    const solver = this.deps.solver;
    if (!solver || optimumBlocked(s) || s.optimum?.state === 'running') return;
    const started = Date.now();
    analysisActions.setResults({ optimum: { state: 'running', started } });
    const current = () => {
      const o = useAnalysisStore.getState().optimum;
      return o?.state === 'running' && o.started === started;
    };
    try {
      await this.settled();
      const model = await this.api.optimumModel(s.suggestionsFor!.minutes);
      if (!current()) return;
      const solution = await solver.solve(model.lp, OPTIMUM_TIME_LIMIT_S);
      if (!current()) return;
      const result = await this.api.readOptimum(solution);
      if (current()) analysisActions.setResults({ optimum: { state: 'done', result } });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (current()) analysisActions.setResults({ optimum: message === 'cancelled' ? null : { state: 'failed', message } });
    }
  }

  /** Stop a running exact optimum (terminates HiGHS's worker) and forget its result. */
  cancelOptimum(): void {
    if (useAnalysisStore.getState().optimum?.state === 'running') this.deps.solver?.cancel();
    analysisActions.setResults({ optimum: null });
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.pass();
        } while (this.again && !this.stopped);
      } catch (e) {
        actions.alert('analysis:failed', { message: e instanceof Error ? e.message : String(e) });
      } finally {
        this.running = null;
        if (useAnalysisStore.getState().busy) analysisActions.setResults({ busy: false });
      }
    })();
  }

  /** Run `fn` when `key` differs from the key the step last ran with. */
  private async step(name: string, key: string, fn: () => Promise<void> | void): Promise<void> {
    if (this.keys.get(name) === key) return;
    await fn();
    this.keys.set(name, key);
  }

  private init(data: MapData): Promise<void> {
    if (this.initialised?.data === data) return this.initialised.done;
    const done = (async () => {
      analysisActions.setResults({ busy: true, progress: { label: 'grid', done: 0, total: 1 } });
      const grid = await this.api.init();
      await this.api.setMetro(data.metroLines as MetroLines, data.metroStations as MetroStations);
      await this.api.setPlaces(toPlacePoints(data.places as FeatureCollection<Point, { id: string; name_zh: string }>));
      this.keys.clear();
      this.sentParams = null;
      analysisActions.setResults({ populationCells: null });
      this.workerNodes = null;
      this.sideCache.clear();
      analysisActions.setResults({ grid, progress: null });
    })();
    this.initialised = { data, done };
    return done;
  }

  /** Bring the worker's node set in line with `nodes`; the new coverage, or null if nothing changed. */
  private async syncNodes(nodes: readonly ServiceNode[]): Promise<CoverageResult | null> {
    const diff = diffNodes(this.workerNodes, nodes);
    if (diff && !diff.add.length && !diff.move.length && !diff.remove.length) return null;
    let result: CoverageResult | null = null;
    if (diff && diff.add.length + diff.move.length + diff.remove.length <= MAX_INCREMENTAL_CHANGES) {
      for (const id of diff.remove) result = await this.api.removeNode(id);
      for (const n of diff.move) result = await this.api.moveNode(n.id, n.lon, n.lat);
      for (const n of diff.add) result = await this.api.addNode(n);
    } else {
      result = await this.api.setNodes(nodes);
    }
    this.workerNodes = new Map(nodes.filter(finite).map((n) => [n.id, n]));
    this.nodesVersion++;
    return result;
  }

  private versionOf(list: readonly object[]): number {
    let v = this.proposalVersions.get(list);
    if (v === undefined) this.proposalVersions.set(list, (v = ++this.proposalVersionSeq));
    return v;
  }

  private probeKey(lon: number, lat: number): string {
    const p = useAnalysisStore.getState().params;
    return `${this.nodesVersion}|${p.minutes.map((m) => radiusM(m, p)).join(',')}|${lon},${lat}`;
  }

  private async pass(): Promise<void> {
    const data = useAppStore.getState().data;
    const s = useAnalysisStore.getState();
    if (!data || !s.enabled) return;
    await this.init(data);
    if (!s.busy) analysisActions.setResults({ busy: true });
    const patch: Partial<AnalysisState> = {};

    // coverage ← params + nodes
    const paramsChanged = s.params !== this.sentParams;
    if (paramsChanged) {
      await this.api.setParams(s.params);
      this.sentParams = s.params;
    }
    const proposals = useScenarioStore.getState().active?.proposals ?? [];
    let result = await this.syncNodes(collectNodes(s.nodeSources, data.places, data.metroStations, proposals));
    if (!result && paramsChanged) result = await this.api.coverage();
    if (result) patch.result = result;
    const current = result ?? s.result;

    const m = displayedMinutes(s);
    const geometryKey = `${this.nodesVersion}|${m}|${radiusM(m, s.params)}`;
    const off = 'off';
    await this.step('circles', s.show.circles ? geometryKey : off, async () => {
      patch.circles = s.show.circles ? await this.api.circles(m) : null;
    });
    await this.step('covered', s.show.covered ? geometryKey : off, async () => {
      patch.covered = s.show.covered ? await this.api.coveredArea(m) : null;
    });
    const gapsFor = s.gapDistricts.length ? s.gapDistricts : undefined;
    await this.step('gaps', s.show.gaps ? `${geometryKey}|${s.gapDistricts.join(',')}` : off, async () => {
      patch.gaps = s.show.gaps ? await this.api.gaps(m, gapsFor) : null;
    });
    await this.step('corridors', s.show.corridors ? `${s.params.corridorWidthM}|${s.corridorLines.join(',')}` : off, async () => {
      patch.corridorShapes = s.show.corridors ? await this.api.corridorPolygons(s.corridorLines) : null;
      patch.corridorReport = s.show.corridors ? await this.api.corridors(s.corridorLines) : null;
    });
    // The population cells: once per grid, the first time the density layer is shown.
    if (s.show.population && !s.populationCells) {
      await this.step('populationCells', 'loaded', async () => {
        patch.populationCells = await this.api.populationCells();
      });
    }
    if (s.probe) {
      const probe = s.probe;
      await this.step('probe', this.probeKey(probe.lon, probe.lat), async () => {
        const result = await this.api.nearest(probe.lon, probe.lat);
        const cur = useAnalysisStore.getState().probe; // the planner may have clicked elsewhere meanwhile
        if (cur && cur.lon === probe.lon && cur.lat === probe.lat) patch.probe = { ...cur, result };
      });
    }
    if (current) await this.comparison(s, data, m, current, patch);
    analysisActions.setResults(patch);
  }

  /** Before/after, computed only while the scenario panel or the side-by-side maps show it. */
  private async comparison(s: AnalysisState, data: MapData, m: Minutes, result: CoverageResult, patch: Partial<AnalysisState>) {
    const sc = useScenarioStore.getState();
    const rightId = sc.compare.right || sc.active?.id || '';
    const shown = useAppStore.getState().panel === 'scenarios' || sc.compareView;
    if (!shown || !rightId) {
      if (s.comparison) patch.comparison = null;
      return;
    }
    const level = result.levels.find((l) => l.minutes === m);
    const sources = { ...s.nodeSources, proposals: true };
    const radius = radiusM(m, s.params);
    const side = async (id: string): Promise<ComparisonSide | null> => {
      const isActive = id === sc.active?.id;
      const version = id === BASELINE ? '' : isActive ? `#${this.versionOf(sc.active!.proposals)}` : (sc.scenarios.find((x) => x.id === id)?.updated ?? '');
      const key = `${id}@${version}|${m}|${radius}|${JSON.stringify(s.nodeSources)}|${sc.compareView}`;
      const cached = this.sideCache.get(key);
      if (cached) return cached;
      const stored = id === BASELINE ? null : isActive ? sc.active : await this.deps.readScenario(id);
      if (id !== BASELINE && !stored) return null;
      const proposals = stored?.proposals ?? [];
      // A side whose node set is the one on the map takes the map's figures instead of a second computation.
      const sameAsMap = s.nodeSources.proposals ? isActive : id === BASELINE;
      const nodes = collectNodes(sources, data.places, data.metroStations, proposals);
      const summary: CoverageSummary = sameAsMap && level ? level.summary : (await this.api.coverageOf([nodes], m))[0]!;
      const covered = sc.compareView ? await this.api.coveredAreaOf(nodes, m) : null;
      const out: ComparisonSide = { id, name: stored?.name ?? null, proposals, summary, covered };
      if (this.sideCache.size > 8) this.sideCache.clear();
      this.sideCache.set(key, out);
      return out;
    };
    const left = await side(sc.compare.left);
    const right = await side(rightId);
    const next = left && right ? { minutes: m, sides: [left, right] as [ComparisonSide, ComparisonSide] } : null;
    const prev = s.comparison;
    if (!prev || !next || prev.minutes !== next.minutes || prev.sides[0] !== next.sides[0] || prev.sides[1] !== next.sides[1]) patch.comparison = next;
  }
}

export function createAnalysisController(deps: AnalysisControllerDeps): AnalysisController {
  return new AnalysisController(deps);
}
