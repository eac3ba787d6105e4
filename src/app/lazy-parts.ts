/**
 * What the first view does not need, loaded on first use (issue 11: the JS before the first map paint
 * stays within budget; `npm run size` shows it). Panels behind a tab, the comparison view, and the
 * analysis worker, which starts only when something asks it a question.
 */
import { deferred } from '../ui/deferred.tsx';

export const AnalysisPanel = deferred(() => import('../ui/analysis/AnalysisPanel.tsx').then((m) => m.AnalysisPanel));
export const ScenarioPanel = deferred(() => import('../ui/scenarios/ScenarioPanel.tsx').then((m) => m.ScenarioPanel));
export const CompareView = deferred(() => import('../ui/scenarios/CompareView.tsx').then((m) => m.CompareView));
export const DatasetPanel = deferred(() => import('../ui/datasets/DatasetPanel.tsx').then((m) => m.DatasetPanel));
export const TargetsPanel = deferred(() => import('../ui/plan/TargetsPanel.tsx').then((m) => m.TargetsPanel));
export const SlidesPanel = deferred(() => import('../ui/present/SlidesPanel.tsx').then((m) => m.SlidesPanel));

/**
 * An object with the worker API's methods that creates the worker on the first call. Every method
 * returns a promise (as a Comlink Remote does), so callers cannot tell the difference.
 */
export function onFirstCall<T extends object>(create: () => T): T {
  let target: T | null = null;
  return new Proxy({} as T, {
    get(_t, prop) {
      if (prop === 'then') return undefined; // not a thenable: `await api` must not call the worker
      return (...args: unknown[]) => {
        target ??= create();
        return (target as Record<PropertyKey, (...a: unknown[]) => unknown>)[prop]!(...args);
      };
    },
  });
}
