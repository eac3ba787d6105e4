import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { offset, rectDistrict, ORIGIN, testGrid } from '../analysis/fixtures.ts';
import { encodeGrid } from '../analysis/grid-file.ts';
import { AnalysisSession } from '../analysis/session.ts';
import type { Proposal, Scenario } from '../io/proposal.ts';
import { fixtureData } from '../map/test-fixtures.ts';
import { createAnalysisController, diffNodes, type AnalysisController, type AnalysisPort } from './analysis-controller.ts';
import { analysisInitialState, useAnalysisStore } from './analysis-store.ts';
import { scenarioInitialState, useScenarioStore } from './scenario-store.ts';
import { initialState, useAppStore } from './store.ts';

/** The real engine in-process, with every call counted by name. The worker fetches the grid file; here it is a fixture. */
function countingApi() {
  const session = new AnalysisSession();
  const grid = encodeGrid(testGrid([rectDistrict('futian', ORIGIN, 9000, 9000, 100000)]));
  const calls: string[] = [];
  const api = new Proxy(session, {
    get(target, name) {
      const v = Reflect.get(target, name) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        calls.push(String(name));
        if (name === 'init') return target.init(grid);
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as unknown as AnalysisPort;
  return { api, calls, count: (name: string) => calls.filter((c) => c === name).length };
}

const T = '2024-01-01T00:00:00.000Z';
const point = (id: string, e: number, n: number): Proposal => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: offset(e, n) },
  properties: { id, name_zh: id, name_en: '', layer: 'community_node', tier: 'community', status: 'build', note: '', source: 'drawn', created: T, updated: T },
});
const scenario = (proposals: Proposal[], id = 's1'): Scenario => ({ id, name: id, proposals, slides: [], created: T, updated: T, schemaVersion: 4 });

function setProposals(ps: Proposal[]) {
  const active = useScenarioStore.getState().active!;
  useScenarioStore.setState({ active: { ...active, proposals: ps } });
}

const COVERAGE_CALLS = ['setNodes', 'addNode', 'moveNode', 'removeNode', 'coverage', 'coverageOf'];

describe('AnalysisController', () => {
  let fake: ReturnType<typeof countingApi>;
  let controller: AnalysisController;
  let stop: () => void;
  const since = (from: number) => fake.calls.slice(from);

  beforeEach(async () => {
    const base = fixtureData();
    const districts: FeatureCollection = { type: 'FeatureCollection', features: [rectDistrict('futian', ORIGIN, 9000, 9000, 100000)] };
    useAppStore.setState({ ...initialState(), data: { ...base, districts } }, true);
    useScenarioStore.setState({ ...scenarioInitialState(), active: scenario([point('p1', 0, 0), point('p2', 1500, 0)]) }, true);
    useAnalysisStore.setState({ ...analysisInitialState(), enabled: true }, true);
    fake = countingApi();
    controller = createAnalysisController({ api: fake.api, readScenario: async () => null });
    stop = controller.start();
    await controller.settled();
  });
  afterEach(() => stop());

  it('builds once on start: one full node set, circles of the displayed level only', async () => {
    expect(fake.count('init')).toBe(1);
    expect(fake.count('setNodes')).toBe(1);
    const circles = useAnalysisStore.getState().circles!;
    expect(new Set(circles.features.map((f) => f.properties!.minutes))).toEqual(new Set([15]));
    expect(useAnalysisStore.getState().result!.levels[2]!.summary.nodeCount).toBe(3); // huaqiangbei + 2 proposals
  });

  it('one drag step of a proposal is one incremental coverage update, no full rebuild', async () => {
    const from = fake.calls.length;
    const before = useAnalysisStore.getState().result!.levels[2]!.summary.city.coveredKm2;
    setProposals([point('p1', 0, 0), point('p2', 0, -2200)]);
    await controller.settled();
    const made = since(from);
    expect(made.filter((c) => COVERAGE_CALLS.includes(c))).toEqual(['moveNode']);
    expect(made).not.toContain('setNodes');
    expect(made).not.toContain('corridors'); // corridors do not depend on proposals
    expect(made.filter((c) => c === 'circles')).toHaveLength(1);
    expect(useAnalysisStore.getState().result!.levels[2]!.summary.city.coveredKm2).toBeGreaterThan(before); // the two circles no longer overlap
  });

  it('a radius change computes coverage once and never rebuilds the node set', async () => {
    const from = fake.calls.length;
    expect(controller.updateParams({ radiusMode: 'walk', speedKmh: 6, detourFactor: 1 })).toBe(true);
    await controller.settled();
    const made = since(from);
    expect(made.filter((c) => c === 'setParams')).toHaveLength(1);
    expect(made.filter((c) => COVERAGE_CALLS.includes(c))).toEqual(['coverage']);
    expect(useAnalysisStore.getState().result!.levels[2]!.radiusM).toBe(1500);
  });

  it('an invalid parameter is refused on the main thread and never reaches the worker', async () => {
    const from = fake.calls.length;
    expect(controller.updateParams({ speedKmh: 60 })).toBe(false);
    expect(useAnalysisStore.getState().paramErrors.map((e) => e.field)).toEqual(['speedKmh']);
    await controller.settled();
    expect(since(from)).not.toContain('setParams');
  });

  it('changing only the displayed level fetches that level once and touches no coverage', async () => {
    const from = fake.calls.length;
    useAnalysisStore.setState({ displayMinutes: 5 });
    await controller.settled();
    const made = since(from);
    expect(made.filter((c) => COVERAGE_CALLS.includes(c))).toEqual([]);
    expect(made.filter((c) => c === 'circles')).toHaveLength(1);
    expect(made.filter((c) => c === 'coveredArea')).toHaveLength(1);
    // The same inputs again: nothing at all.
    const again = fake.calls.length;
    useAnalysisStore.setState({ show: { ...useAnalysisStore.getState().show } });
    await controller.settled();
    expect(since(again)).toEqual([]);
  });

  it('deselecting the displayed level shows the largest selected one without writing it back', async () => {
    controller.updateParams({ minutes: [5, 10] });
    await controller.settled();
    const s = useAnalysisStore.getState();
    expect(s.displayMinutes).toBe(15); // the planner's choice is kept …
    expect(new Set(s.circles!.features.map((f) => f.properties!.minutes))).toEqual(new Set([10])); // … 10 is drawn
  });

  it('adds and removes proposals one by one; a large change (an import, a source toggle) rebuilds once', async () => {
    let from = fake.calls.length;
    setProposals([point('p1', 0, 0), point('p2', 1500, 0), point('p3', -1500, 0)]);
    await controller.settled();
    expect(since(from).filter((c) => COVERAGE_CALLS.includes(c))).toEqual(['addNode']);
    from = fake.calls.length;
    setProposals([point('p1', 0, 0)]);
    await controller.settled();
    expect(since(from).filter((c) => COVERAGE_CALLS.includes(c))).toEqual(['removeNode', 'removeNode']);
    expect(useAnalysisStore.getState().result!.levels[2]!.summary.nodeCount).toBe(2);
    from = fake.calls.length;
    useAnalysisStore.setState({ nodeSources: { ...useAnalysisStore.getState().nodeSources, featured_street: false } });
    await controller.settled();
    expect(since(from).filter((c) => COVERAGE_CALLS.includes(c))).toEqual(['removeNode']);
    from = fake.calls.length;
    setProposals(Array.from({ length: 12 }, (_, i) => point(`q${i}`, i * 300 - 1800, 1000)));
    await controller.settled();
    expect(since(from).filter((c) => COVERAGE_CALLS.includes(c))).toEqual(['setNodes']);
    expect(useAnalysisStore.getState().result!.levels[2]!.summary.nodeCount).toBe(12);
  });

  it('corridors are fetched for a width or line change, not for a proposal edit', async () => {
    useAnalysisStore.setState({ show: { ...useAnalysisStore.getState().show, corridors: true }, corridorLines: [] });
    await controller.settled();
    const from = fake.calls.length;
    setProposals([point('p1', 0, 300)]);
    await controller.settled();
    expect(since(from)).not.toContain('corridorPolygons');
    controller.updateParams({ corridorWidthM: 800 });
    await controller.settled();
    expect(since(from).filter((c) => c === 'corridorPolygons')).toHaveLength(1);
  });

  it('the comparison is computed by the controller while shown, reusing the map figures for the active side', async () => {
    useAppStore.setState({ panel: 'scenarios' });
    await controller.settled();
    const c = useAnalysisStore.getState().comparison!;
    expect(c.sides.map((s) => s.id)).toEqual(['baseline', 's1']);
    expect(c.sides[1].summary).toBe(useAnalysisStore.getState().result!.levels[2]!.summary);
    expect(c.sides[1].summary.city.popShare).toBeGreaterThan(c.sides[0].summary.city.popShare);
    // A drag: the baseline stays cached, the active side is the map's new result — still one coverage call.
    const from = fake.calls.length;
    setProposals([point('p1', 0, 0), point('p2', 0, -2200)]);
    await controller.settled();
    expect(since(from).filter((x) => COVERAGE_CALLS.includes(x))).toEqual(['moveNode']);
    expect(useAnalysisStore.getState().comparison!.sides[0]).toBe(c.sides[0]);
  });
});

describe('AnalysisController: area layers', () => {
  it('fetches the population cells once, the first time they are shown (the 街道 polygons are the base style\'s)', async () => {
    const base = fixtureData();
    useAppStore.setState({ ...initialState(), data: base }, true);
    useScenarioStore.setState(scenarioInitialState(), true);
    useAnalysisStore.setState({ ...analysisInitialState(), enabled: true }, true);
    const fake = countingApi();
    const c = createAnalysisController({ api: fake.api, readScenario: async () => null });
    const stop = c.start();
    await c.settled();
    expect(fake.count('populationCells')).toBe(0);
    useAnalysisStore.setState({ show: { ...useAnalysisStore.getState().show, population: true } });
    await c.settled();
    useAnalysisStore.setState({ show: { ...useAnalysisStore.getState().show, population: false } });
    await c.settled();
    useAnalysisStore.setState({ show: { ...useAnalysisStore.getState().show, population: true } });
    await c.settled();
    expect(fake.count('populationCells')).toBe(1);
    expect(useAnalysisStore.getState().populationCells!.features.length).toBeGreaterThan(0);
    stop();
  });
});

describe('diffNodes', () => {
  const n = (id: string, lon = 114, lat = 22.5) => ({ id, lon, lat, tier: 'community', name_zh: id, name_en: '' });
  it('tells added, moved and removed nodes apart, and asks for a rebuild when it cannot', () => {
    const prev = new Map([['a', n('a')], ['b', n('b')]]);
    expect(diffNodes(prev, [n('a', 114.01), n('c')])).toEqual({ add: [n('c')], move: [n('a', 114.01)], remove: ['b'] });
    expect(diffNodes(prev, [n('a'), { ...n('b'), tier: 'city' }])).toEqual({ add: [{ ...n('b'), tier: 'city' }], move: [], remove: ['b'] });
    expect(diffNodes(null, [n('a')])).toBeNull();
    expect(diffNodes(prev, [n('a'), n('a')])).toBeNull();
    expect(diffNodes(prev, [n('a', Number.NaN)])).toBeNull();
  });
});
