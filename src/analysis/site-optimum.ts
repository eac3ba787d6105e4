/**
 * The exact optimum of the maximal-covering problem, to say how good the greedy suggestion is.
 *
 * For k ≤ 10 sites in a district or 街道 scope: choose k candidates (the scope's populated units not
 * fully covered, as for the greedy) to maximise the residents newly covered. Coverage of a union is
 * not linear, so the residents are discretised: every demand unit (populated, not fully covered,
 * within reach of a candidate) is sampled on a 130 m hexagonal lattice inside its land (≈ 7 points
 * per cell; a unit too small for the lattice gets its sample point); points already covered by the
 * existing nodes are dropped; each point carries an equal share of its unit's residents. Points
 * reached by the same candidates are merged. Then, with x_j = 1 if candidate j is chosen:
 *     max Σ wᵢ yᵢ   s.t.  yᵢ ≤ Σ_{j reaches i} x_j,  Σ x_j ≤ k,  0 ≤ yᵢ ≤ 1,  x binary
 * solved by HiGHS (highs-solve.ts, in its own worker so it can be cancelled). The greedy's sites are
 * scored in the same discretised model, so "greedy = 98 % of the optimum" compares like with like.
 */
import { M_PER_DEG, mPerDegLon } from './geo.ts';
import type { CoverageIndex } from './coverage.ts';
import type { LandGrid } from './land-grid.ts';
import { winding } from './union-area.ts';

export const MAX_OPTIMUM_K = 10;
const LATTICE_M = 130;

export interface OptimumModel {
  /** The MIP in CPLEX LP format, for HiGHS. */
  lp: string;
  k: number;
  radiusM: number;
  /** Candidate units, by column x0, x1, … */
  candidates: number[];
  demandRows: number;
  /** Residents the greedy's sites newly cover in this model. */
  greedyValue: number;
}

export interface OptimumSolution {
  /** 'Optimal', or another HiGHS model status (e.g. 'Time limit reached'). */
  status: string;
  objective: number;
  /** Proven upper bound (equal to objective when optimal). */
  bound: number;
  chosen: number[];
}

export interface OptimumResult {
  status: string;
  k: number;
  /** Residents newly covered by the optimum (discretised model). */
  optimumPopulation: number;
  /** Residents newly covered by the greedy's sites in the same model. */
  greedyPopulation: number;
  /** greedyPopulation ÷ optimum (÷ the proven bound when HiGHS stopped early: then a lower bound on the share). */
  greedyShare: number;
  sites: { lon: number; lat: number; district: string; jiedao: string }[];
  candidates: number;
  demandRows: number;
}

/** Lattice points (local metres) inside unit u's land; its sample point (0, 0) if none fits. */
export function unitSamples(g: LandGrid, u: number, spacing = LATTICE_M): [number, number][] {
  const ring = { verts: g.verts, vertStart: g.vertStart, ringFrom: g.ringStart[u]!, ringTo: g.ringStart[u + 1]! };
  const reach = g.reachM[u]!;
  const out: [number, number][] = [];
  const dy = (spacing * Math.sqrt(3)) / 2;
  const n = Math.ceil(reach / dy);
  for (let j = -n; j <= n; j++) {
    const off = (j & 1) * (spacing / 2);
    const m = Math.ceil(reach / spacing) + 1;
    for (let i = -m; i <= m; i++) {
      const x = i * spacing + off, y = j * dy;
      if (x * x + y * y <= reach * reach && winding(ring, x, y) > 0) out.push([x, y]);
    }
  }
  return out.length ? out : [[0, 0]];
}

export function buildOptimumModel(index: CoverageIndex, candidates: ArrayLike<number>, k: number, greedyUnits: readonly number[]): OptimumModel {
  if (k < 1 || k > MAX_OPTIMUM_K) throw new Error(`k must be 1–${MAX_OPTIMUM_K} for the exact optimum`);
  const g = index.grid;
  const r = index.radiusM;
  const share = index.shares();
  const cands = Array.from(candidates);
  let maxReach = 0;
  for (const x of g.reachM) maxReach = Math.max(maxReach, x);
  // Demand units: populated, not fully covered, within reach of some candidate.
  const demandUnits = new Set<number>();
  for (const c of cands) {
    g.index.within(g.lon[c]!, g.lat[c]!, r + maxReach, (u, d) => {
      if (d < r + g.reachM[u]! && g.pop[u]! > 0 && share[u]! < 1) demandUnits.add(u);
    });
  }
  // Sample points, minus those the existing nodes already cover; merged by the candidates reaching them.
  const rows = new Map<string, { w: number; cols: number[] }>();
  const greedySet = new Set(greedyUnits);
  let greedyValue = 0;
  const candIndex = buildIndexOf(cands, g);
  for (const u of [...demandUnits].sort((a, b) => a - b)) {
    const pts = unitSamples(g, u);
    const existing = index.circlesAt(u);
    const kx = mPerDegLon(g.lat[u]!);
    const w = g.pop[u]! / pts.length;
    for (const [x, y] of pts) {
      if (existing.some((c) => (x - c.x) ** 2 + (y - c.y) ** 2 <= c.r * c.r)) continue;
      const lon = g.lon[u]! + x / kx, lat = g.lat[u]! + y / M_PER_DEG;
      const cols: number[] = [];
      candIndex.within(lon, lat, r, (j) => cols.push(j));
      if (cols.length === 0) continue;
      cols.sort((a, b) => a - b);
      if (cols.some((j) => greedySet.has(cands[j]!))) greedyValue += w;
      const key = cols.join(' ');
      const row = rows.get(key);
      if (row) row.w += w;
      else rows.set(key, { w, cols });
    }
  }
  const lines: string[] = ['Maximize', ' obj:'];
  const list = [...rows.values()];
  const terms: string[] = [];
  list.forEach((row, i) => terms.push(`+ ${row.w.toFixed(6)} y${i}`));
  for (let i = 0; i < terms.length; i += 8) lines.push(`  ${terms.slice(i, i + 8).join(' ')}`);
  if (terms.length === 0) lines.push('  0 x0');
  lines.push('Subject To');
  list.forEach((row, i) => lines.push(` c${i}: y${i} ${row.cols.map((j) => `- x${j}`).join(' ')} <= 0`));
  const xs = cands.map((_, j) => `x${j}`);
  lines.push(` k: ${xs.length ? xs.join(' + ') : '0 x0'} <= ${k}`);
  lines.push('Bounds');
  list.forEach((_, i) => lines.push(` 0 <= y${i} <= 1`));
  lines.push('Binary');
  for (let i = 0; i < xs.length; i += 16) lines.push(` ${xs.slice(i, i + 16).join(' ')}`);
  lines.push('End');
  return { lp: lines.join('\n'), k, radiusM: r, candidates: cands, demandRows: list.length, greedyValue };
}

/** Candidate sample points as a point index, ids = column numbers. */
function buildIndexOf(cands: number[], g: LandGrid) {
  const kx = mPerDegLon(22.6);
  const cell = 500;
  const buckets = new Map<string, number[]>();
  cands.forEach((c, j) => {
    const key = `${Math.floor((g.lon[c]! * kx) / cell)},${Math.floor((g.lat[c]! * M_PER_DEG) / cell)}`;
    (buckets.get(key) ?? buckets.set(key, []).get(key)!).push(j);
  });
  return {
    within(lon: number, lat: number, r: number, visit: (j: number) => void) {
      const bx = Math.floor((lon * kx) / cell), by = Math.floor((lat * M_PER_DEG) / cell);
      const span = Math.ceil(r / cell) + 1;
      const kq = mPerDegLon(lat);
      for (let i = bx - span; i <= bx + span; i++) {
        for (let jj = by - span; jj <= by + span; jj++) {
          for (const j of buckets.get(`${i},${jj}`) ?? []) {
            const c = cands[j]!;
            const dx = (g.lon[c]! - lon) * kq, dy = (g.lat[c]! - lat) * M_PER_DEG;
            if (dx * dx + dy * dy <= r * r) visit(j);
          }
        }
      }
    },
  };
}

export function readOptimum(g: LandGrid, model: OptimumModel, sol: OptimumSolution): OptimumResult {
  const best = sol.status === 'Optimal' ? sol.objective : sol.bound;
  return {
    status: sol.status,
    k: model.k,
    optimumPopulation: sol.objective,
    greedyPopulation: model.greedyValue,
    greedyShare: best > 0 ? model.greedyValue / best : 1,
    sites: sol.chosen.map((j) => {
      const u = model.candidates[j]!;
      const jd = g.jiedao[g.jiedaoOf[u]!]!;
      return { lon: g.lon[u]!, lat: g.lat[u]!, district: jd.districtId, jiedao: jd.id };
    }),
    candidates: model.candidates.length,
    demandRows: model.demandRows,
  };
}
