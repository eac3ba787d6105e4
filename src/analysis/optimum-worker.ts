/**
 * HiGHS (WebAssembly) in a worker of its own, so an exact-optimum solve can be cancelled by
 * terminating it (client.createOptimumSolver). highs and its 3.5 MB wasm load on the first solve;
 * the wasm is served from the app's own origin.
 */
import { expose } from 'comlink';
import wasmUrl from 'highs/runtime?url';
import { solveOptimum } from './highs-solve.ts';

export const api = {
  solve: (lp: string, timeLimitS?: number) => solveOptimum(lp, { timeLimitS, locateFile: () => wasmUrl }),
};

export type OptimumWorkerApi = typeof api;

expose(api);
