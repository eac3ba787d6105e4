/**
 * Main-thread handle on the analysis worker. Every call is async (a Comlink Remote); results are
 * structured clones, so hold on to them freely.
 *
 *   const analysis = createAnalysisClient();
 *   await analysis.api.init(districts);                       // the UI fetched geodata/districts.geojson
 *   const cov = await analysis.api.setNodes(nodes);
 *   const sites = await analysis.api.suggest(progress((done, total) => setBar(done / total)));
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { AnalysisApi } from './worker.ts';

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
