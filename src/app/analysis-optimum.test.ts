import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { OptimumSolver } from '../analysis/client.ts';
import { offset, rectDistrict, testGrid, type TestArea } from '../analysis/fixtures.ts';
import { encodeGrid } from '../analysis/grid-file.ts';
import { solveOptimum } from '../analysis/highs-solve.ts';
import { AnalysisSession } from '../analysis/session.ts';
import { fixtureData } from '../map/test-fixtures.ts';
import { createAnalysisController, optimumBlocked, type AnalysisController, type AnalysisPort } from './analysis-controller.ts';
import { analysisInitialState, useAnalysisStore } from './analysis-store.ts';
import { scenarioInitialState, useScenarioStore } from './scenario-store.ts';
import { initialState, useAppStore } from './store.ts';

// Four islands in one district, 5 km apart, growing in size: the optimum for k = 2 is the two largest.
const inD = (a: TestArea): TestArea => ({ ...a, properties: { ...a.properties, district: 'futian', population_2020: 18000 } });
const islands = [0, 5000, 10000, 15000].map((e, i) => inD(rectDistrict(`i${i}`, offset(e, 0), 400 + 300 * i, 400, 18000)));

/** HiGHS in-process (Node), counting solves and cancels; `hold` keeps a solve pending until cancelled. */
function nodeSolver(hold = false) {
  const calls = { solve: 0, cancel: 0 };
  let reject: ((e: Error) => void) | null = null;
  const solver: OptimumSolver = {
    solve(lp, t) {
      calls.solve++;
      if (!hold) return solveOptimum(lp, { timeLimitS: t });
      return new Promise((_, rej) => (reject = rej));
    },
    cancel() {
      calls.cancel++;
      reject?.(new Error('cancelled'));
    },
  };
  return { solver, calls };
}

describe('exact optimum through the controller', () => {
  let controller: AnalysisController;
  let stop: () => void;
  const start = async (solver: OptimumSolver) => {
    const session = new AnalysisSession();
    const grid = encodeGrid(testGrid(islands));
    const api = new Proxy(session, {
      get: (t, name) => (name === 'init' ? () => t.init(grid) : (Reflect.get(t, name) as (...a: unknown[]) => unknown).bind(t)),
    }) as unknown as AnalysisPort;
    controller = createAnalysisController({ api, solver, readScenario: async () => null });
    stop = controller.start();
    await controller.settled();
    expect(controller.updateParams({ suggestK: 2, candidateArea: { kind: 'district', districtId: 'futian' } }), JSON.stringify(useAnalysisStore.getState().paramErrors)).toBe(true);
    await controller.runSuggestion();
    expect(useAnalysisStore.getState().suggestions).toHaveLength(2);
  };

  beforeEach(() => {
    const districts: FeatureCollection = { type: 'FeatureCollection', features: islands };
    useAppStore.setState({ ...initialState(), data: { ...fixtureData(), districts } }, true);
    useScenarioStore.setState(scenarioInitialState(), true);
    useAnalysisStore.setState({ ...analysisInitialState(), enabled: true }, true);
  });
  afterEach(() => stop());

  it("solves the suggestion's problem exactly and reports the greedy's share of it", async () => {
    const { solver, calls } = nodeSolver();
    await start(solver);
    expect(optimumBlocked(useAnalysisStore.getState())).toBeNull();
    await controller.runOptimum();
    const o = useAnalysisStore.getState().optimum;
    expect(o?.state).toBe('done');
    if (o?.state !== 'done') return;
    expect(o.result.status).toBe('Optimal');
    expect(o.result.k).toBe(2);
    expect(o.result.sites.map((s) => s.jiedao).sort()).toEqual(['i2', 'i3']);
    expect(o.result.greedyShare).toBeGreaterThan(0.99); // the greedy finds the two largest islands too
    expect(o.result.greedyShare).toBeLessThanOrEqual(1 + 1e-9);
    expect(calls.solve).toBe(1);
    // A new suggestion forgets the optimum of the old one.
    await controller.runSuggestion();
    expect(useAnalysisStore.getState().optimum).toBeNull();
  });

  it('cancel stops the solver and leaves no result; a solve is refused when the parameters moved on', async () => {
    const { solver, calls } = nodeSolver(true);
    await start(solver);
    const run = controller.runOptimum();
    await expect.poll(() => calls.solve).toBe(1);
    expect(useAnalysisStore.getState().optimum?.state).toBe('running');
    controller.cancelOptimum();
    await run;
    expect(calls.cancel).toBe(1);
    expect(useAnalysisStore.getState().optimum).toBeNull();

    controller.updateParams({ suggestK: 3 });
    expect(optimumBlocked(useAnalysisStore.getState())).toBe('stale');
    await controller.runOptimum();
    expect(calls.solve).toBe(1);
    controller.updateParams({ suggestK: 2, candidateArea: { kind: 'uncovered' } });
    await controller.runSuggestion();
    expect(optimumBlocked(useAnalysisStore.getState())).toBe('scope');
  });
});
