/**
 * Site suggestion: greedy maximal-coverage location of k new community commercial sites.
 *
 * Candidates are the land-grid units of the chosen area (their sample points are the sites); each
 * step adds the candidate whose circle adds the most population-weighted coverage on top of the
 * existing nodes (held fixed) and the sites already chosen. Coverage 1 − Π(1 − cᵢ) is submodular —
 * a site's gain can only shrink as others are added — so stale gains are upper bounds and the lazy
 * greedy (CELF) re-evaluates only the few candidates that could still be best: k = 10 over all
 * uncovered land is one full pass of ≈ 20,000 candidates plus a few hundred re-evaluations.
 * Greedy is within 1 − 1/e of the optimum in the worst case and usually optimal on real maps.
 *
 * The gains reported are exactly what CoverageIndex will show once the sites are added as nodes
 * (same reach, same combination rule).
 */
import type { CoverageIndex } from './coverage.ts';
import type { CandidateArea } from './params.ts';

export interface SiteSuggestion {
  rank: number;
  lon: number;
  lat: number;
  cell: string;
  /** Residents newly covered (population uniform within district, 2020 census). */
  gainPopulation: number;
  gainKm2: number;
  district: string;
}

export type Progress = (done: number, total: number) => void;

/** Unit indices of a candidate area; corridor areas are computed by corridors.unitsInCorridor. */
export function candidateUnits(index: CoverageIndex, area: CandidateArea, corridorUnits?: Int32Array): Int32Array {
  const g = index.grid;
  if (area.kind === 'corridor') {
    if (!corridorUnits) throw new Error('corridor candidate area needs corridorUnits');
    return corridorUnits;
  }
  if (area.kind === 'district') {
    const d = g.districts.find((x) => x.id === area.districtId);
    return d ? Int32Array.from({ length: d.unitEnd - d.unitStart }, (_, k) => d.unitStart + k) : new Int32Array(0);
  }
  const out: number[] = [];
  for (let u = 0; u < g.size; u++) if (!index.isCovered(u)) out.push(u);
  return Int32Array.from(out);
}

/**
 * Up to k sites ranked by marginal gain (fewer if nothing more can be gained).
 * Does not modify `index`; `radiusM` defaults to the index's radius.
 */
export function suggestSites(
  index: CoverageIndex,
  candidates: ArrayLike<number>,
  k: number,
  opts: { radiusM?: number; onProgress?: Progress } = {},
): SiteSuggestion[] {
  const g = index.grid;
  const radius = opts.radiusM ?? index.radiusM;
  // miss[u] = uncovered share of unit u, updated as sites are chosen.
  const miss = new Float64Array(g.size);
  for (let u = 0; u < g.size; u++) miss[u] = 1 - index.fraction(u);

  const gainOf = (cand: number) => {
    const { units, share } = index.reach(g.lon[cand]!, g.lat[cand]!, radius);
    let pop = 0, km2 = 0;
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      const add = miss[u]! * share[i]!;
      pop += add * g.pop[u]!;
      km2 += add * g.areaKm2[u]!;
    }
    return { pop, km2 };
  };

  // Max-heap of candidates on their last known gain (ties: lower unit index, for determinism).
  const n = candidates.length;
  const heap = new MaxHeap(n);
  const gain = new Float64Array(g.size);
  const stamp = new Int32Array(g.size).fill(-1);
  for (let i = 0; i < n; i++) {
    const c = candidates[i]!;
    gain[c] = gainOf(c).pop;
    stamp[c] = 0;
    heap.push(c, gain[c]!);
    if (opts.onProgress && i % 2000 === 0) opts.onProgress(i / n, k + 1);
  }

  const out: SiteSuggestion[] = [];
  while (out.length < k && heap.size > 0) {
    const c = heap.pop();
    if (stamp[c]! !== out.length) {
      // Stale: re-evaluate against the sites chosen since, and put back.
      gain[c] = gainOf(c).pop;
      stamp[c] = out.length;
      heap.push(c, gain[c]!);
      continue;
    }
    const { pop, km2 } = gainOf(c);
    if (pop <= 0 && km2 <= 0) break;
    out.push({
      rank: out.length + 1, lon: g.lon[c]!, lat: g.lat[c]!, cell: g.cell[c]!,
      gainPopulation: pop, gainKm2: km2, district: g.districts[g.district[c]!]!.id,
    });
    const { units, share } = index.reach(g.lon[c]!, g.lat[c]!, radius);
    for (let i = 0; i < units.length; i++) miss[units[i]!]! *= 1 - share[i]!;
    opts.onProgress?.(out.length + 1, k + 1);
  }
  return out;
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
  pop(): number {
    const top = this.ids[0]!;
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
