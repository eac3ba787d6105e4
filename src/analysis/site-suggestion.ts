/**
 * Site suggestion: greedy maximal-coverage location of k new community commercial sites.
 *
 * Candidates are the populated land units of the chosen area (their sample points are the sites);
 * each step adds the candidate whose circle newly covers the most residents on top of the existing
 * nodes (held fixed) and the sites already chosen. Gains are exact — the same union-of-circles
 * measure as CoverageIndex (union-area.ts) — so adopting the sites moves the coverage figures by
 * exactly the promised amounts.
 *
 * Lazy greedy (CELF): coverage of a union is submodular, so a gain computed earlier is an upper
 * bound on the gain now. The first pass only computes a cheap bound per candidate: units the circle
 * contains count their whole uncovered share, units it meets partly count at most the part of the
 * disc around the unit (radius = the unit's reach) that the circle overlaps. Only candidates whose
 * bound beats the best exact gain found are measured exactly.
 *
 * On a district or 街道 scope (≤ 4,000 candidates) a 1-swap refinement follows: each site in turn is
 * taken out and replaced by the best candidate given the others, if that covers more (two rounds at
 * most) — it closes most of greedy's usual 2–4 % gap to the optimum (site-optimum.ts). The final
 * sites are then ranked by marginal gain, each on top of those before it, so the gains add up to the
 * total exactly and the curve follows the ranking.
 */
import type { CoverageIndex } from './coverage.ts';
import type { LandGrid } from './land-grid.ts';
import type { CandidateArea } from './params.ts';
import type { Disc } from './union-area.ts';
import { M_PER_DEG, mPerDegLon } from './geo.ts';

export interface SiteSuggestion {
  rank: number;
  lon: number;
  lat: number;
  cell: string;
  /** Residents newly covered (population model: census totals spread by WorldPop weights). */
  gainPopulation: number;
  gainKm2: number;
  /** District id and 街道 id of the site. */
  district: string;
  jiedao: string;
}

/** Coverage after the first k sites (k = 0 … sites), in the candidate area's scope and city-wide. */
export interface CurvePoint {
  k: number;
  coveredPopulation: number;
  coveredKm2: number;
  /** Share of the scope's residents covered (the scope: the district or 街道 chosen, else the city). */
  scopePopShare: number;
  cityPopShare: number;
}

export interface SuggestionResult {
  sites: SiteSuggestion[];
  curve: CurvePoint[];
  scope: { kind: CandidateArea['kind']; id: string | null; population: number; landKm2: number };
  radiusM: number;
}

export type Progress = (done: number, total: number) => void;

/** Unit indices of a candidate area that hold residents; corridor areas come from corridors.unitsInCorridor. */
export function candidateUnits(index: CoverageIndex, area: CandidateArea, corridorUnits?: Int32Array): Int32Array {
  const g = index.grid;
  const share = index.shares();
  let from = 0, to = g.size;
  let pool: ArrayLike<number> | null = null;
  if (area.kind === 'corridor') {
    if (!corridorUnits) throw new Error('corridor candidate area needs corridorUnits');
    pool = corridorUnits;
  } else if (area.kind === 'district') {
    const d = g.districts.find((x) => x.id === area.districtId);
    if (!d) return new Int32Array(0);
    [from, to] = [d.unitStart, d.unitEnd];
  } else if (area.kind === 'jiedao') {
    const j = g.jiedao.find((x) => x.id === area.jiedaoId);
    if (!j) return new Int32Array(0);
    [from, to] = [j.unitStart, j.unitEnd];
  }
  const out: number[] = [];
  const keep = (u: number) => {
    if (g.pop[u]! <= 0) return;
    if (area.kind === 'uncovered' ? share[u]! < 0.5 : share[u]! < 1) out.push(u);
  };
  if (pool) for (let i = 0; i < pool.length; i++) keep(pool[i]!);
  else for (let u = from; u < to; u++) keep(u);
  return Int32Array.from(out);
}

/** The units of a candidate area's scope (for the curve's scope share): a district or 街道, else all. */
export function scopeOf(g: LandGrid, area: CandidateArea): SuggestionResult['scope'] & { from: number; to: number } {
  if (area.kind === 'district') {
    const d = g.districts.find((x) => x.id === area.districtId);
    if (d) return { kind: 'district', id: d.id, population: d.population, landKm2: d.landKm2, from: d.unitStart, to: d.unitEnd };
  }
  if (area.kind === 'jiedao') {
    const j = g.jiedao.find((x) => x.id === area.jiedaoId);
    if (j) return { kind: 'jiedao', id: j.id, population: j.population, landKm2: j.landKm2, from: j.unitStart, to: j.unitEnd };
  }
  const city = g.districts.filter((d) => d.hasGrid && !d.approximate);
  return {
    kind: area.kind, id: null, population: city.reduce((s, d) => s + d.population, 0), landKm2: city.reduce((s, d) => s + d.landKm2, 0),
    from: 0, to: g.size,
  };
}

/**
 * Working state of a greedy run: the covered share of every unit with the sites chosen so far, and
 * the circles (existing nodes + chosen sites) meeting each unit measured so far.
 */
class Marginal {
  readonly share: Float64Array;
  private readonly circles = new Map<number, Disc[]>();
  private maxReach = 0;
  constructor(
    private readonly index: CoverageIndex,
    readonly radius: number,
  ) {
    this.share = Float64Array.from(index.shares());
    for (const r of index.grid.reachM) this.maxReach = Math.max(this.maxReach, r);
  }

  private circlesAt(u: number): Disc[] {
    let c = this.circles.get(u);
    if (!c) this.circles.set(u, (c = this.index.circlesAt(u, this.radius)));
    return c;
  }

  /** Units a circle at (lon, lat) meets: calls visit(u, d, contains). */
  private reach(lon: number, lat: number, visit: (u: number, d: number, whole: boolean) => void) {
    const g = this.index.grid, r = this.radius;
    g.index.within(lon, lat, r + this.maxReach, (u, d) => {
      const reach = g.reachM[u]!;
      if (d < r + reach) visit(u, d, d + reach <= r);
    });
  }

  /** Upper bound on the residents a circle at unit c's sample point would newly cover. */
  bound(c: number): number {
    const g = this.index.grid, r = this.radius;
    let pop = 0;
    this.reach(g.lon[c]!, g.lat[c]!, (u, d, whole) => {
      const miss = 1 - this.share[u]!;
      if (miss <= 0 || g.pop[u]! <= 0) return;
      const lens = whole ? 1 : Math.min(1, lensArea(r, g.reachM[u]!, d) / g.ringAreaM2[u]!);
      pop += Math.min(miss, lens) * g.pop[u]!;
    });
    return pop;
  }

  /** Discs each chosen site added, per unit (to take a site out again). */
  private readonly placed = new Map<number, Map<number, Disc>>();

  /** Take a chosen site out again: the units it reached are measured without it. */
  remove(c: number): void {
    const discs = this.placed.get(c);
    if (!discs) return;
    this.placed.delete(c);
    for (const [u, disc] of discs) {
      const list = this.circlesAt(u);
      list.splice(list.indexOf(disc), 1);
      this.share[u] = this.index.shareWith(u, list);
    }
  }

  /** Exact gain of a circle at unit c's sample point; `commit` makes it part of the state. */
  gain(c: number, commit = false): { pop: number; km2: number } {
    const g = this.index.grid, r = this.radius;
    const lon = g.lon[c]!, lat = g.lat[c]!;
    let pop = 0, km2 = 0;
    const discs = commit ? new Map<number, Disc>() : null;
    if (discs) this.placed.set(c, discs);
    this.reach(lon, lat, (u, _d, whole) => {
      const before = this.share[u]!;
      if (before >= 1 && !discs) return;
      const kx = mPerDegLon(g.lat[u]!);
      const disc = { x: (lon - g.lon[u]!) * kx, y: (lat - g.lat[u]!) * M_PER_DEG, r };
      const list = this.circlesAt(u);
      const after = before >= 1 || whole ? 1 : this.index.shareWith(u, [...list, disc]);
      if (after > before) {
        pop += (after - before) * g.pop[u]!;
        km2 += (after - before) * g.areaKm2[u]!;
      }
      if (discs) {
        list.push(disc);
        discs.set(u, disc);
        this.share[u] = Math.max(before, after);
      }
    });
    return { pop, km2 };
  }
}

/** Area of the overlap of two discs of radii r and R whose centres are d apart. */
function lensArea(r: number, R: number, d: number): number {
  if (d >= r + R) return 0;
  if (d <= Math.abs(r - R)) return Math.PI * Math.min(r, R) ** 2;
  const a = Math.acos(Math.max(-1, Math.min(1, (d * d + r * r - R * R) / (2 * d * r))));
  const b = Math.acos(Math.max(-1, Math.min(1, (d * d + R * R - r * r) / (2 * d * R))));
  return r * r * a + R * R * b - 0.5 * Math.sqrt(Math.max(0, (-d + r + R) * (d + r - R) * (d - r + R) * (d + r + R)));
}

/**
 * Up to k sites ranked by marginal gain (fewer if nothing more can be gained), with the coverage
 * curve. Does not modify `index`; `radiusM` defaults to the index's radius.
 */
export function suggestSites(
  index: CoverageIndex,
  candidates: ArrayLike<number>,
  k: number,
  opts: { radiusM?: number; onProgress?: Progress; area?: CandidateArea; refineUpTo?: number } = {},
): SuggestionResult {
  const g = index.grid;
  const radius = opts.radiusM ?? index.radiusM;
  const m = new Marginal(index, radius);
  const n = candidates.length;
  const heap = new MaxHeap(n);
  // stamp[c] = number of sites chosen when c's key was last measured exactly (−1: only a bound).
  const stamp = new Int32Array(g.size).fill(-2);
  for (let i = 0; i < n; i++) {
    const c = candidates[i]!;
    stamp[c] = -1;
    heap.push(c, m.bound(c));
    if (opts.onProgress && i % 2000 === 0) opts.onProgress(i / n, k + 1);
  }

  const scope = scopeOf(g, opts.area ?? { kind: 'uncovered' });
  const cityPop = g.districts.filter((d) => d.hasGrid && !d.approximate).reduce((s, d) => s + d.population, 0);
  const covered = (mm: Marginal, from: number, to: number) => {
    let pop = 0, km2 = 0;
    for (let u = from; u < to; u++) {
      pop += mm.share[u]! * g.pop[u]!;
      km2 += mm.share[u]! * g.areaKm2[u]!;
    }
    return { pop, km2 };
  };
  const point = (mm: Marginal, kk: number): CurvePoint => {
    const s = covered(mm, scope.from, scope.to);
    const c = scope.from === 0 && scope.to === g.size ? s : covered(mm, 0, g.size);
    return { k: kk, coveredPopulation: s.pop, coveredKm2: s.km2, scopePopShare: scope.population ? s.pop / scope.population : 0, cityPopShare: cityPop ? c.pop / cityPop : 0 };
  };
  // 1. Lazy greedy.
  const chosen: number[] = [];
  while (chosen.length < k && heap.size > 0) {
    const c = heap.pop();
    if (stamp[c] !== chosen.length) {
      // A bound, or a gain measured before the last site was chosen: measure now and put back.
      stamp[c] = chosen.length;
      heap.push(c, m.gain(c).pop);
      continue;
    }
    if (m.gain(c, true).pop <= 1e-9) {
      m.remove(c);
      break;
    }
    chosen.push(c);
    opts.onProgress?.(chosen.length + 1, k + 1);
  }
  // 2. Swap refinement on district / 街道 scopes (few candidates): replace a site by the best
  //    candidate given the others, while that covers more residents (greedy's typical 2–4 % gap).
  if (chosen.length > 1 && n <= (opts.refineUpTo ?? 4000)) refine(m, chosen, candidates);
  // 3. Rank the final sites by marginal gain, each on top of those ranked before it.
  const ranked = new Marginal(index, radius);
  const left = [...chosen];
  const curve = [point(ranked, 0)];
  const sites: SiteSuggestion[] = [];
  while (left.length) {
    let best = 0, bestGain = { pop: -1, km2: 0 };
    left.forEach((c, i) => {
      const gain = ranked.gain(c);
      if (gain.pop > bestGain.pop || (gain.pop === bestGain.pop && c < left[best]!)) [best, bestGain] = [i, gain];
    });
    const c = left.splice(best, 1)[0]!;
    const { pop, km2 } = ranked.gain(c, true);
    const j = g.jiedao[g.jiedaoOf[c]!]!;
    sites.push({ rank: sites.length + 1, lon: g.lon[c]!, lat: g.lat[c]!, cell: cellId(g, c), gainPopulation: pop, gainKm2: km2, district: j.districtId, jiedao: j.id });
    curve.push(point(ranked, sites.length));
  }
  return { sites, curve, scope: { kind: scope.kind, id: scope.id, population: scope.population, landKm2: scope.landKm2 }, radiusM: radius };
}

/** 1-swap local search: for each site, the best replacement given the other sites (at most 2 rounds). */
function refine(m: Marginal, chosen: number[], candidates: ArrayLike<number>): void {
  const cands = Array.from(candidates);
  for (let round = 0; round < 2; round++) {
    let improved = false;
    for (let i = 0; i < chosen.length; i++) {
      const out = chosen[i]!;
      m.remove(out);
      const keep = m.gain(out).pop;
      // Upper bounds for all, exact on demand (lazy): the best candidate given the other sites.
      const heap = new MaxHeap(cands.length);
      const exact = new Uint8Array(m.share.length);
      const inSet = new Set(chosen);
      for (const c of cands) if (!inSet.has(c) || c === out) heap.push(c, m.bound(c));
      let best = out;
      while (heap.size > 0) {
        const c = heap.pop();
        if (heap.lastKey <= keep + 1e-6) break; // nothing beats keeping the site
        if (!exact[c]) {
          exact[c] = 1;
          heap.push(c, c === out ? keep : m.gain(c).pop);
          continue;
        }
        best = c; // the largest exact gain, and more than keeping the site
        break;
      }
      m.gain(best, true);
      if (best !== out) {
        chosen[i] = best;
        improved = true;
      }
    }
    if (!improved) break;
  }
}

function cellId(g: LandGrid, u: number): string {
  return (g.cellHi[u]! >>> 0).toString(16) + (g.cellLo[u]! >>> 0).toString(16).padStart(8, '0');
}

/** A binary max-heap of ids keyed by gain; equal gains pop the lower id first. */
class MaxHeap {
  private ids: Int32Array;
  private keys: Float64Array;
  size = 0;
  constructor(capacity: number) {
    this.ids = new Int32Array(Math.max(1, capacity));
    this.keys = new Float64Array(Math.max(1, capacity));
  }
  private above(a: number, b: number) {
    return this.keys[a]! > this.keys[b]! || (this.keys[a] === this.keys[b] && this.ids[a]! < this.ids[b]!);
  }
  private swap(a: number, b: number) {
    [this.ids[a], this.ids[b]] = [this.ids[b]!, this.ids[a]!];
    [this.keys[a], this.keys[b]] = [this.keys[b]!, this.keys[a]!];
  }
  push(id: number, key: number) {
    let i = this.size++;
    this.ids[i] = id;
    this.keys[i] = key;
    while (i > 0 && this.above(i, (i - 1) >> 1)) {
      this.swap(i, (i - 1) >> 1);
      i = (i - 1) >> 1;
    }
  }
  /** Key of the id the last pop() returned. */
  lastKey = 0;
  pop(): number {
    const top = this.ids[0]!;
    this.lastKey = this.keys[0]!;
    this.size--;
    this.swap(0, this.size);
    for (let i = 0; ; ) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < this.size && this.above(l, m)) m = l;
      if (r < this.size && this.above(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
    return top;
  }
}
