/**
 * Main-thread handle on the analysis worker. Every call is async (a Comlink Remote); results are
 * structured clones, so hold on to them freely.
 *
 *   const analysis = createAnalysisClient();
 *   await analysis.api.init();                                // the worker fetches geodata/land-grid.bin
 *   const cov = await analysis.api.setNodes(nodes);
 *   const s = await analysis.api.suggestWithCurve(progress((done, total) => setBar(done / total)));
 *
 *   // Exact optimum (k ≤ 10, district or 街道 scope): HiGHS in its own worker, loaded on first use.
 *   const model = await analysis.api.optimumModel();
 *   const solver = createOptimumSolver();                     // solver.cancel() terminates it
 *   const result = await analysis.api.readOptimum(await solver.solve(model.lp));
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { AnalysisApi } from './worker.ts';
import type { OptimumWorkerApi } from './optimum-worker.ts';
import type { OptimumSolution } from './site-optimum.ts';

export interface AnalysisClient {
  api: Remote<AnalysisApi>;
  terminate(): void;
}

export function createAnalysisClient(): AnalysisClient {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  return { api: wrap<AnalysisApi>(worker), terminate: () => worker.terminate() };
}

/** Wrap a progress callback so the worker can call it back across the thread boundary. */
export function progress(cb: (done: number, total: number) => void) {
  return proxy(cb);
}

export interface OptimumSolver {
  /** Solve a site-optimum MIP (site-optimum.ts); rejects with 'cancelled' if cancel() is called. */
  solve(lp: string, timeLimitS?: number): Promise<OptimumSolution>;
  /** Stop the solve (terminates the solver's worker; HiGHS cannot be interrupted otherwise). */
  cancel(): void;
}

/** HiGHS in a worker of its own, created on first use; cancel() terminates it. */
export function createOptimumSolver(): OptimumSolver {
  let worker: Worker | null = null;
  let reject: ((e: Error) => void) | null = null;
  return {
    solve(lp, timeLimitS) {
      worker ??= new Worker(new URL('./optimum-worker.ts', import.meta.url), { type: 'module' });
      const api = wrap<OptimumWorkerApi>(worker);
      return new Promise((resolve, rej) => {
        reject = rej;
        api.solve(lp, timeLimitS).then(resolve, rej);
      });
    },
    cancel() {
      worker?.terminate();
      worker = null;
      reject?.(new Error('cancelled'));
      reject = null;
    },
  };
}
