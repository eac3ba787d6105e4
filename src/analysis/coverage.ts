/**
 * Incremental, exact coverage of the land grid by circles of one radius around service nodes.
 *
 * Nodes sit in 1 km buckets. A unit's covered share is measured from the nodes near it: a circle at
 * distance d contains the unit's land whole if d + reach ≤ r (reach: the farthest land from the unit's
 * sample point) — share 1, and the scan stops; it misses the unit if d ≥ r + reach; if no circle
 * contains it, the share is measured exactly: the area of the UNION of the circles that meet it, inside
 * the unit's land polygon (union-area.ts), ÷ the polygon's area. Never an independence formula: two
 * identical nodes count once, a street sampled every 250 m is its true buffer.
 *
 * Incremental: adding, moving or removing a node marks the units its circle can reach (≈ 40 at 769 m)
 * and only those are re-measured, lazily, when a figure is next read; the result is exactly what a
 * fresh recompute gives (there are no running sums to drift). setNodes marks every unit.
 *
 * Population is uniform within a unit (the model's resolution, population-model.ts), so a unit's
 * covered population is its covered share × its population.
 */
import { M_PER_DEG, mPerDegLon } from './geo.ts';
import type { LandGrid } from './land-grid.ts';
import { unionAreaInRings, type Disc } from './union-area.ts';

export interface CoverageNode {
  id: string;
  lon: number;
  lat: number;
}

export interface CoverageTotals {
  landKm2: number;
  coveredKm2: number;
  uncoveredKm2: number;
  /** coveredKm2 ÷ landKm2 (0–1). */
  landShare: number;
  /** Residents (model: census district totals spread by WorldPop 2020 weights). */
  population: number;
  coveredPopulation: number;
  uncoveredPopulation: number;
  /** coveredPopulation ÷ population (0–1). */
  popShare: number;
}

export interface JiedaoCoverage extends CoverageTotals {
  id: string;
  name_zh: string;
  name_en: string;
  districtId: string;
}

export interface DistrictCoverage extends CoverageTotals {
  id: string;
  name_zh: string;
  name_en: string;
  /** 深汕: approximate outline, no 街道 and no land grid; left out of `city`. */
  approximate: boolean;
  /** False when the district has no land grid (深汕): its figures are census population only, nothing covered. */
  hasGrid: boolean;
}

export interface CoverageSummary {
  radiusM: number;
  nodeCount: number;
  /** The 74 街道, grouped by district (district order as in `districts`). */
  jiedao: JiedaoCoverage[];
  /** Each district = the sum of its 街道; 深汕 (no grid) carries its census population, none covered. */
  districts: DistrictCoverage[];
  /** The ten districts with a land grid: the headline figure. */
  city: CoverageTotals;
  /** `city` plus 深汕's census population (counted uncovered, it is not modelled). */
  cityIncludingApproximate: CoverageTotals;
  /** Ids of the districts left out of `city`. */
  excludedFromCity: string[];
}

interface NodeEntry {
  lon: number;
  lat: number;
  bucket: number;
}

/** A unit counts as covered for maps, gap polygons and candidate areas when at least half of it is. */
export const COVERED_THRESHOLD = 0.5;

/** Metres of slack in the contain/miss tests (node and unit frames differ by centimetres). */
const SLACK_M = 0.5;
const BUCKET_M = 1000;
const KX_REF = mPerDegLon(22.6);
/** Radii beyond this are refused by the callers (params: ≤ 1.5 km; command line: ≤ 10 km). */
export const MAX_RADIUS_M = 10_000;

export class CoverageIndex {
  readonly grid: LandGrid;
  private radius: number;
  private readonly share: Float64Array;
  private readonly dirty: Uint8Array;
  private dirtyList: number[] = [];
  private allDirty = false;
  private readonly nodes = new Map<string, NodeEntry>();
  /** Nodes by 1 km bucket over the grid's extent (+ 12 km), for "the circles that reach this unit". */
  private readonly buckets: NodeEntry[][];
  /** Nodes farther from the land than any radius reaches. */
  private readonly outside: NodeEntry[] = [];
  private readonly bx0: number;
  private readonly by0: number;
  private readonly nbx: number;
  private readonly nby: number;
  private readonly maxReach: number;
  /** Metres per degree of longitude at each unit's sample point. */
  private readonly kx: Float64Array;

  constructor(grid: LandGrid, radiusM: number) {
    this.grid = grid;
    this.radius = radiusM;
    this.share = new Float64Array(grid.size);
    this.dirty = new Uint8Array(grid.size);
    this.kx = new Float64Array(grid.size);
    for (let u = 0; u < grid.size; u++) this.kx[u] = mPerDegLon(grid.lat[u]!);
    let m = 0;
    for (const r of grid.reachM) m = Math.max(m, r);
    this.maxReach = m;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let u = 0; u < grid.size; u++) {
      const bx = Math.floor((grid.lon[u]! * KX_REF) / BUCKET_M), by = Math.floor((grid.lat[u]! * M_PER_DEG) / BUCKET_M);
      [x0, y0, x1, y1] = [Math.min(x0, bx), Math.min(y0, by), Math.max(x1, bx), Math.max(y1, by)];
    }
    if (grid.size === 0) [x0, y0, x1, y1] = [0, 0, 0, 0];
    const margin = Math.ceil((MAX_RADIUS_M + m) / BUCKET_M) + 1;
    this.bx0 = x0 - margin;
    this.by0 = y0 - margin;
    this.nbx = x1 - x0 + 2 * margin + 1;
    this.nby = y1 - y0 + 2 * margin + 1;
    this.buckets = Array.from({ length: this.nbx * this.nby }, () => []);
  }

  get radiusM(): number {
    return this.radius;
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  nodeIds(): string[] {
    return [...this.nodes.keys()];
  }

  /** Replace all nodes (a full recompute, unit by unit, when a figure is next read). */
  setNodes(nodes: readonly CoverageNode[]): void {
    this.nodes.clear();
    for (const n of nodes) this.nodes.set(n.id, this.entry(n)); // duplicate ids: the last one wins
    for (const b of this.buckets) b.length = 0;
    this.outside.length = 0;
    for (const e of this.nodes.values()) this.bucketList(e.bucket).push(e);
    this.allDirty = true;
  }

  addNode(node: CoverageNode): void {
    if (this.nodes.has(node.id)) this.removeNode(node.id);
    this.insert(node);
    this.markAround(node.lon, node.lat);
  }

  removeNode(id: string): boolean {
    const entry = this.nodes.get(id);
    if (!entry) return false;
    this.nodes.delete(id);
    const list = this.bucketList(entry.bucket);
    list.splice(list.indexOf(entry), 1);
    this.markAround(entry.lon, entry.lat);
    return true;
  }

  moveNode(id: string, lon: number, lat: number): boolean {
    if (!this.nodes.has(id)) return false;
    this.addNode({ id, lon, lat });
    return true;
  }

  /** Change the radius: every unit's share changes, so this is a full recompute. */
  setRadius(radiusM: number): void {
    if (radiusM === this.radius) return;
    this.radius = radiusM;
    this.allDirty = true;
  }

  private entry(n: CoverageNode): NodeEntry {
    const bx = Math.floor((n.lon * KX_REF) / BUCKET_M) - this.bx0, by = Math.floor((n.lat * M_PER_DEG) / BUCKET_M) - this.by0;
    const inside = bx >= 0 && by >= 0 && bx < this.nbx && by < this.nby && Number.isFinite(n.lon) && Number.isFinite(n.lat);
    return { lon: n.lon, lat: n.lat, bucket: inside ? bx * this.nby + by : -1 };
  }

  private bucketList(b: number): NodeEntry[] {
    return b < 0 ? this.outside : this.buckets[b]!;
  }

  private insert(n: CoverageNode): void {
    const e = this.entry(n);
    this.nodes.set(n.id, e);
    this.bucketList(e.bucket).push(e);
  }

  /** Mark the units a circle at (lon, lat) may reach. */
  private markAround(lon: number, lat: number): void {
    if (this.allDirty) return;
    const g = this.grid, r = this.radius, dirty = this.dirty;
    g.index.within(lon, lat, r + this.maxReach + SLACK_M, (u, d) => {
      if (d >= r + g.reachM[u]! + SLACK_M || dirty[u]) return;
      dirty[u] = 1;
      this.dirtyList.push(u);
    });
  }

  /**
   * The circles (in unit u's local frame, metres) of the nodes that reach unit u — or, with
   * stopAtWhole, null as soon as one of them contains the unit's land whole.
   */
  reaching(u: number, radiusM: number, stopAtWhole: boolean): Disc[] | null {
    const g = this.grid;
    const lon = g.lon[u]!, lat = g.lat[u]!;
    const kx = this.kx[u]!;
    const reach = g.reachM[u]!;
    const lim = radiusM + reach + SLACK_M;
    const lim2 = lim * lim;
    const whole = radiusM - reach - SLACK_M;
    const whole2 = whole > 0 ? whole * whole : -1;
    const out: Disc[] = [];
    const span = Math.ceil(lim / BUCKET_M);
    const bx = Math.floor((lon * KX_REF) / BUCKET_M) - this.bx0, by = Math.floor((lat * M_PER_DEG) / BUCKET_M) - this.by0;
    // The unit's own bucket first: a dense node set usually has a circle containing the unit there.
    for (let ring = 0; ring <= span; ring++) {
      for (let i = bx - ring; i <= bx + ring; i++) {
        const edgeRow = i === bx - ring || i === bx + ring;
        for (let j = by - ring; j <= by + ring; j += edgeRow || ring === 0 ? 1 : 2 * ring) {
          if (i < 0 || j < 0 || i >= this.nbx || j >= this.nby) continue;
          const list = this.buckets[i * this.nby + j]!;
          for (let k = 0; k < list.length; k++) {
            const e = list[k]!;
            const x = (e.lon - lon) * kx, y = (e.lat - lat) * M_PER_DEG;
            const d2 = x * x + y * y;
            if (d2 >= lim2) continue;
            if (stopAtWhole && d2 <= whole2) return null;
            out.push({ x, y, r: radiusM });
          }
        }
      }
    }
    return out;
  }

  /** Circles (in unit u's local frame, metres) of the nodes that reach unit u. */
  circlesAt(u: number, radiusM = this.radius): Disc[] {
    return this.reaching(u, radiusM, false)!;
  }

  /** Exact covered share of unit u given circles in its local frame. */
  shareWith(u: number, circles: readonly Disc[]): number {
    if (circles.length === 0) return 0;
    const g = this.grid;
    const reach = g.reachM[u]!;
    for (const c of circles) if (Math.sqrt(c.x * c.x + c.y * c.y) + reach <= c.r) return 1;
    const ring = { verts: g.verts, vertStart: g.vertStart, ringFrom: g.ringStart[u]!, ringTo: g.ringStart[u + 1]! };
    const a = unionAreaInRings(circles, ring) / g.ringAreaM2[u]!;
    return a < 0 ? 0 : a > 1 ? 1 : a;
  }

  private measure(u: number): number {
    const circles = this.reaching(u, this.radius, true);
    return circles === null ? 1 : this.shareWith(u, circles);
  }

  /** Re-measure the units whose circles changed. */
  private flush(): void {
    if (this.allDirty) {
      for (let u = 0; u < this.grid.size; u++) this.share[u] = this.measure(u);
      for (const u of this.dirtyList) this.dirty[u] = 0;
      this.allDirty = false;
    } else {
      for (const u of this.dirtyList) {
        this.dirty[u] = 0;
        this.share[u] = this.measure(u);
      }
    }
    this.dirtyList = [];
  }

  private get stale(): boolean {
    return this.allDirty || this.dirtyList.length > 0;
  }

  /** Covered share (0–1) of unit u's land. */
  fraction(u: number): number {
    if (this.stale) this.flush();
    return this.share[u]!;
  }

  /** Covered shares of all units (a view: read it before the next change). */
  shares(): Float64Array {
    if (this.stale) this.flush();
    return this.share;
  }

  isCovered(u: number): boolean {
    return this.fraction(u) >= COVERED_THRESHOLD;
  }

  summary(): CoverageSummary {
    return summarise(this.grid, this.shares(), this.radius, this.nodes.size);
  }
}

/** Per-街道, per-district and city figures from per-unit covered shares. */
export function summarise(g: LandGrid, share: ArrayLike<number>, radiusM: number, nodeCount: number): CoverageSummary {
  const jiedao: JiedaoCoverage[] = g.jiedao.map((j) => {
    let land = 0, covered = 0, pop = 0, coveredPop = 0;
    for (let u = j.unitStart; u < j.unitEnd; u++) {
      const s = share[u]!, a = g.areaKm2[u]!, p = g.pop[u]!;
      land += a;
      covered += s * a;
      pop += p;
      coveredPop += s * p;
    }
    return { id: j.id, name_zh: j.name_zh, name_en: j.name_en, districtId: j.districtId, ...totals(land, covered, pop, coveredPop) };
  });
  const sum = (list: readonly CoverageTotals[]) =>
    totals(
      list.reduce((s, d) => s + d.landKm2, 0), list.reduce((s, d) => s + d.coveredKm2, 0),
      list.reduce((s, d) => s + d.population, 0), list.reduce((s, d) => s + d.coveredPopulation, 0),
    );
  const districts: DistrictCoverage[] = g.districts.map((d) => {
    const t = d.hasGrid ? sum(jiedao.slice(d.jiedaoStart, d.jiedaoEnd)) : totals(0, 0, d.population, 0);
    return { id: d.id, name_zh: d.name_zh, name_en: d.name_en, approximate: d.approximate, hasGrid: d.hasGrid, ...t };
  });
  const inCity = districts.filter((d) => !d.approximate && d.hasGrid);
  return {
    radiusM, nodeCount, jiedao, districts,
    city: sum(inCity),
    cityIncludingApproximate: sum(districts),
    excludedFromCity: districts.filter((d) => !inCity.includes(d)).map((d) => d.id),
  };
}

export function totals(landKm2: number, coveredKm2: number, population: number, coveredPopulation: number): CoverageTotals {
  return {
    landKm2, coveredKm2, uncoveredKm2: landKm2 - coveredKm2,
    landShare: landKm2 > 0 ? coveredKm2 / landKm2 : 0,
    population, coveredPopulation, uncoveredPopulation: population - coveredPopulation,
    popShare: population > 0 ? coveredPopulation / population : 0,
  };
}
