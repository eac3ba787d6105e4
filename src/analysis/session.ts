/**
 * The state the worker keeps between calls: the land grid, one CoverageIndex per selected life
 * circle, the nodes, the metro data and the plan places. Plain TS so it is tested in Node; worker.ts
 * only exposes it. Every method returns structured-clonable data.
 *
 * Nodes are whatever the UI counts as service: plan places and planners' proposals alike.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { CoverageIndex, type CoverageSummary } from './coverage.ts';
import { corridorPolygons, corridorReport, CITED_LINES, unitsInCorridor, type MetroLines, type MetroStations, type PlacePoint } from './corridors.ts';
import { dissolveCircles } from './dissolve.ts';
import { coveredPolygon, gapPolygons, type GapProps } from './gaps.ts';
import { decodeGrid, type GridFileMeta } from './grid-file.ts';
import type { LandGrid } from './land-grid.ts';
import { locate, type PlaceOnLand } from './locate.ts';
import { populationCells, type PopulationCellProps } from './population-cells.ts';
import { lifeCircles, radiusM, type CircleProps } from './life-circles.ts';
import { nearestService, type NearestResult, type ServiceNode } from './nearest.ts';
import { DEFAULT_PARAMS, type AnalysisParams, type Minutes } from './params.ts';
import { candidateUnits, suggestSites, type Progress, type SiteSuggestion, type SuggestionResult } from './site-suggestion.ts';
import { buildOptimumModel, MAX_OPTIMUM_K, readOptimum, type OptimumModel, type OptimumResult, type OptimumSolution } from './site-optimum.ts';
import { coveredShares, intersectionShares, type NodeGroup } from './coverage-state.ts';

export interface GridInfo {
  res: number;
  units: number;
  districts: { id: string; name_zh: string; name_en: string; landKm2: number; population: number; approximate: boolean; hasGrid: boolean }[];
  /** The 74 街道 in grid order (grouped by district): land km² and modelled population. */
  jiedao: { id: string; name_zh: string; name_en: string; districtId: string; landKm2: number; population: number }[];
  /** What the population rests on (census source, WorldPop, sample radius, land km² per weight source). */
  populationModel: GridFileMeta['populationModel'];
}

export interface CoverageLevel {
  minutes: Minutes;
  radiusM: number;
  summary: CoverageSummary;
}

export interface CoverageResult {
  levels: CoverageLevel[];
  /** Nodes ignored because their coordinates are not finite numbers. */
  invalidNodeIds: string[];
}

const finite = (n: ServiceNode) => Number.isFinite(n.lon) && Number.isFinite(n.lat);

export class AnalysisSession {
  private grid: (LandGrid & { meta: GridFileMeta }) | null = null;
  private lastModel: OptimumModel | null = null;
  private readonly circleCache = new Map<string, Feature<Polygon, CircleProps>>();
  private params: AnalysisParams = DEFAULT_PARAMS;
  private readonly nodes = new Map<string, ServiceNode>();
  private readonly indexes = new Map<Minutes, CoverageIndex>();
  private invalid: string[] = [];
  private metro: { lines: MetroLines; stations: MetroStations } | null = null;
  private places: PlacePoint[] = [];

  /**
   * Load the land grid built by `npm run build:data` (geodata/land-grid.bin: the bytes, fetched by the
   * worker from the app's own origin or read from disk by the command line). ≈ 0.1 s.
   */
  init(gridFile: ArrayBuffer | Uint8Array): GridInfo {
    const grid = decodeGrid(gridFile);
    this.grid = grid;
    this.indexes.clear();
    this.syncIndexes();
    return {
      res: grid.res, units: grid.size,
      districts: grid.districts.map(({ id, name_zh, name_en, landKm2, population, approximate, hasGrid }) => ({ id, name_zh, name_en, landKm2, population, approximate, hasGrid })),
      jiedao: grid.jiedao.map(({ id, name_zh, name_en, districtId, landKm2, population }) => ({ id, name_zh, name_en, districtId, landKm2, population })),
      populationModel: grid.meta.populationModel,
    };
  }

  /**
   * Apply parameters; radii changes recompute coverage. Trusted: the main thread validates them once
   * (`validateParams` in params.ts) before they get here.
   */
  setParams(params: Partial<AnalysisParams>): AnalysisParams {
    this.params = { ...this.params, ...params };
    this.syncIndexes();
    return this.params;
  }

  getParams(): AnalysisParams {
    return this.params;
  }

  setNodes(nodes: readonly ServiceNode[]): CoverageResult {
    this.nodes.clear();
    this.invalid = nodes.filter((n) => !finite(n)).map((n) => n.id);
    for (const n of nodes) if (finite(n)) this.nodes.set(n.id, n);
    for (const idx of this.indexes.values()) idx.setNodes([...this.nodes.values()]);
    return this.coverage();
  }

  addNode(node: ServiceNode): CoverageResult {
    if (!finite(node)) return { ...this.coverage(), invalidNodeIds: [node.id] };
    this.nodes.set(node.id, node);
    for (const idx of this.indexes.values()) idx.addNode(node);
    return this.coverage();
  }

  /** The drag path: ≈ 0.1 ms per life-circle level plus a summary. */
  moveNode(id: string, lon: number, lat: number): CoverageResult {
    const n = this.nodes.get(id);
    if (n && Number.isFinite(lon) && Number.isFinite(lat)) {
      this.nodes.set(id, { ...n, lon, lat });
      for (const idx of this.indexes.values()) idx.moveNode(id, lon, lat);
    }
    return this.coverage();
  }

  removeNode(id: string): CoverageResult {
    this.nodes.delete(id);
    for (const idx of this.indexes.values()) idx.removeNode(id);
    return this.coverage();
  }

  coverage(): CoverageResult {
    const levels = [...this.indexes].sort((a, b) => a[0] - b[0]).map(([minutes, idx]) => ({ minutes, radiusM: idx.radiusM, summary: idx.summary() }));
    return { levels, invalidNodeIds: this.invalid };
  }

  /**
   * Coverage of other node sets (e.g. plan baseline vs a scenario) at the current radius of one
   * level, without touching this session's nodes: a fresh index per set, ≈ 15 ms each for the city.
   */
  coverageOf(nodeSets: readonly (readonly ServiceNode[])[], minutes: Minutes): CoverageSummary[] {
    if (!this.grid) throw new Error('init() first');
    const r = radiusM(minutes, this.params);
    return nodeSets.map((nodes) => {
      const idx = new CoverageIndex(this.grid!, r);
      idx.setNodes(nodes.filter(finite));
      return idx.summary();
    });
  }

  /** The dissolved covered area of another node set (for side-by-side comparison maps). */
  coveredAreaOf(nodes: readonly ServiceNode[], minutes: Minutes): Feature<MultiPolygon> {
    const r = radiusM(minutes, this.params);
    return dissolveCircles(nodes.filter(finite).map((n) => ({ lon: n.lon, lat: n.lat, radiusM: r })));
  }

  /** Uncovered land per 街道; `ids` (district or 街道 ids) limits which. */
  gaps(minutes: Minutes, ids?: string[]): FeatureCollection<MultiPolygon, GapProps> {
    return gapPolygons(this.index(minutes), ids);
  }

  /** Covered land: exact dissolved circles, or (exact = false) the hexagon outline, cheaper while dragging. */
  coveredArea(minutes: Minutes, exact = true): Feature<MultiPolygon> {
    const idx = this.index(minutes);
    if (!exact) return coveredPolygon(idx);
    return dissolveCircles([...this.nodes.values()].map((n) => ({ lon: n.lon, lat: n.lat, radiusM: idx.radiusM })));
  }

  /** Circle polygons per node, for one life circle (the one on the map) or all selected ones. */
  circles(minutes?: Minutes) {
    return lifeCircles([...this.nodes.values()], minutes ? { ...this.params, minutes: [minutes] } : this.params, this.circleCache);
  }

  /** Nearest service per tier, the circles the point lies in, and the 街道 it is on (null: sea, outside, 深汕). */
  nearest(lon: number, lat: number): NearestResult & { place: PlaceOnLand | null } {
    const circles = this.params.minutes.map((m) => ({ minutes: m, radiusM: radiusM(m, this.params) }));
    return { ...nearestService(lon, lat, [...this.nodes.values()], circles), place: this.grid ? locate(this.grid, lon, lat) : null };
  }

  /** Every land unit with its modelled population and density, for the population layer. */
  populationCells(): FeatureCollection<Polygon, PopulationCellProps> {
    if (!this.grid) throw new Error('init() first');
    return populationCells(this.grid);
  }

  setMetro(lines: MetroLines, stations: MetroStations): void {
    this.metro = { lines, stations };
  }

  setPlaces(places: PlacePoint[]): void {
    this.places = places;
  }

  /** Corridor report with the current width; by default for the lines the plan cites. */
  corridors(lineIds: string[] = CITED_LINES.map((c) => c.lineId)) {
    const m = this.requireMetro();
    return corridorReport(m.lines, m.stations, this.places, lineIds, this.params.corridorWidthM);
  }

  corridorPolygons(lineIds: string[] = CITED_LINES.map((c) => c.lineId)) {
    return corridorPolygons(this.requireMetro().lines, lineIds, this.params.corridorWidthM);
  }

  /**
   * k = params.suggestK sites in params.candidateArea for one life circle (default: the largest
   * selected), with the coverage-vs-k curve. onProgress is a top-level argument so Comlink can proxy it.
   */
  suggestWithCurve(onProgress?: Progress, minutes?: Minutes): SuggestionResult {
    const idx = this.index(minutes ?? this.params.minutes[this.params.minutes.length - 1]!);
    const area = this.params.candidateArea;
    const corridor = area.kind === 'corridor'
      ? unitsInCorridor(idx.grid, this.requireMetro().lines, area.lineIds, this.params.corridorWidthM)
      : undefined;
    return suggestSites(idx, candidateUnits(idx, area, corridor), this.params.suggestK, { onProgress, area });
  }

  /**
   * The exact-optimum MIP for the current k (≤ 10) and candidate area (a district or a 街道), with the
   * greedy's sites scored in it. Solve `model.lp` with HiGHS (client.createOptimumSolver in the browser,
   * highs-solve.ts in Node), then readOptimum(solution). Throws (code in the message) otherwise.
   */
  optimumModel(minutes?: Minutes): OptimumModel {
    const area = this.params.candidateArea;
    if (area.kind !== 'district' && area.kind !== 'jiedao') throw new Error('optimum.scope');
    if (this.params.suggestK > MAX_OPTIMUM_K) throw new Error('optimum.k');
    const idx = this.index(minutes ?? this.params.minutes[this.params.minutes.length - 1]!);
    const cands = candidateUnits(idx, area);
    const greedy = suggestSites(idx, cands, this.params.suggestK, { area });
    const unitOf = new Map([...cands].map((u) => [`${idx.grid.lon[u]},${idx.grid.lat[u]}`, u]));
    this.lastModel = buildOptimumModel(idx, cands, this.params.suggestK, greedy.sites.map((x) => unitOf.get(`${x.lon},${x.lat}`)!));
    return this.lastModel;
  }

  /** The optimum's sites and the greedy's share of it, from HiGHS's solution of the last optimumModel. */
  readOptimum(solution: OptimumSolution): OptimumResult {
    if (!this.grid || !this.lastModel) throw new Error('optimumModel() first');
    return readOptimum(this.grid, this.lastModel, solution);
  }

  /** Exact covered share of every unit for another node set (trade coverage; see coverage-state.ts). */
  coveredShares(nodes: readonly ServiceNode[], radius: number): Float64Array {
    if (!this.grid) throw new Error('init() first');
    return coveredShares(this.grid, nodes.filter(finite), radius);
  }

  /** Exact share of every unit within reach of every group (completeness; see coverage-state.ts). */
  intersectionShares(groups: readonly NodeGroup[]): Float64Array {
    if (!this.grid) throw new Error('init() first');
    return intersectionShares(this.grid, groups);
  }

  /** The ranked sites of suggestWithCurve. */
  suggest(onProgress?: Progress, minutes?: Minutes): SiteSuggestion[] {
    return this.suggestWithCurve(onProgress, minutes).sites;
  }

  /** The loaded land grid, for analyses kept beside the session (trade-session.ts). */
  landGrid(): LandGrid {
    if (!this.grid) throw new Error('init() first');
    return this.grid;
  }

  /** The radius of one life circle under the current parameters. */
  radiusOf(minutes: Minutes): number {
    return radiusM(minutes, this.params);
  }

  private index(minutes: Minutes): CoverageIndex {
    const idx = this.indexes.get(minutes);
    if (!idx) throw new Error(this.grid ? `life circle ${minutes} min is not selected` : 'init() first');
    return idx;
  }

  private requireMetro() {
    if (!this.metro) throw new Error('setMetro() first');
    return this.metro;
  }

  /** One index per selected minute level, each at its current radius. */
  private syncIndexes(): void {
    if (!this.grid) return;
    for (const m of [...this.indexes.keys()]) if (!this.params.minutes.includes(m)) this.indexes.delete(m);
    for (const m of this.params.minutes) {
      const r = radiusM(m, this.params);
      const idx = this.indexes.get(m);
      if (idx) idx.setRadius(r);
      else {
        const fresh = new CoverageIndex(this.grid, r);
        fresh.setNodes([...this.nodes.values()]);
        this.indexes.set(m, fresh);
      }
    }
  }
}
