/**
 * Solve a site-optimum MIP (site-optimum.ts) with HiGHS compiled to WebAssembly (`highs`, loaded on
 * first use only: ≈ 3.5 MB of wasm). In the browser this runs in its own worker (optimum-worker.ts) so
 * "cancel" can terminate it; in Node (bench, tests) it is called directly.
 */
import type { OptimumSolution } from './site-optimum.ts';

type Highs = { solve(lp: string, options?: Record<string, unknown>): HighsSolutionLike };
interface HighsSolutionLike {
  Status: string;
  ObjectiveValue: number;
  Info?: { mip_dual_bound?: number };
  Columns: Record<string, { Primal: number }>;
}

let loading: Promise<Highs> | null = null;

/** `locateFile` tells the loader where highs.wasm is served (the browser); Node finds it itself. */
export function loadHighs(locateFile?: (file: string) => string): Promise<Highs> {
  loading ??= import('highs').then((m) => (m.default as unknown as (o?: object) => Promise<Highs>)(locateFile ? { locateFile } : undefined));
  return loading;
}

export async function solveOptimum(lp: string, opts: { timeLimitS?: number; locateFile?: (f: string) => string } = {}): Promise<OptimumSolution> {
  const highs = await loadHighs(opts.locateFile);
  const sol = highs.solve(lp, { time_limit: opts.timeLimitS ?? 60, mip_rel_gap: 0, output_flag: false });
  const chosen = Object.entries(sol.Columns)
    .filter(([name, c]) => name.startsWith('x') && c.Primal > 0.5)
    .map(([name]) => Number(name.slice(1)))
    .sort((a, b) => a - b);
  const bound = sol.Info?.mip_dual_bound;
  return { status: sol.Status, objective: sol.ObjectiveValue, bound: Number.isFinite(bound) ? bound! : sol.ObjectiveValue, chosen };
}
