/**
 * The page's handle on the dataset worker, created on first use. `cancel()` terminates it (the only
 * way to stop a parse in progress); the next call starts a fresh one.
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { DatasetApi } from './import-worker.ts';

export interface DatasetWorker {
  api(): Remote<DatasetApi>;
  cancel(): void;
}

export function createDatasetWorker(): DatasetWorker {
  let worker: Worker | null = null;
  let remote: Remote<DatasetApi> | null = null;
  return {
    api() {
      if (!remote) {
        worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
        remote = wrap<DatasetApi>(worker);
      }
      return remote;
    },
    cancel() {
      worker?.terminate();
      worker = null;
      remote = null;
    },
  };
}

export const progress = (cb: (done: number, total: number) => void) => proxy(cb);
