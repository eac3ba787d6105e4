/**
 * "Drag one proposal" for `npm run bench`: one proposal moved through the app's AnalysisController, the
 * object App creates, with the engine in-process as its client (the worker's message passing is not
 * included). Each move is what a drag step costs the app: the controller diffs the nodes, makes one
 * incremental coverage update per selected life circle and refreshes the circles of the displayed level.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { M_PER_DEG, mPerDegLon } from '../../src/analysis/geo.ts';
import { AnalysisSession } from '../../src/analysis/session.ts';
import { createAnalysisController, type AnalysisPort } from '../../src/app/analysis-controller.ts';
import { analysisInitialState, useAnalysisStore } from '../../src/app/analysis-store.ts';
import { scenarioInitialState, useScenarioStore } from '../../src/app/scenario-store.ts';
import { initialState, useAppStore } from '../../src/app/store.ts';
import type { Proposal, Scenario } from '../../src/io/proposal.ts';
import { fixtureData } from '../../src/map/test-fixtures.ts';

const readJson = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export async function benchDrag(root: string, moves: number, rand: () => number) {
  const session = new AnalysisSession();
  const gridBytes = readFileSync(join(root, 'geodata/land-grid.bin'));
  const port = new Proxy(session, {
    get(target, name) {
      const v = Reflect.get(target, name) as unknown;
      if (name === 'init') return () => target.init(gridBytes); // the worker fetches the same file
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  }) as unknown as AnalysisPort;
  const T = '2024-01-01T00:00:00.000Z';
  const proposal = (lon: number, lat: number): Proposal => ({
    type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { id: 'p1', name_zh: 'p1', name_en: '', layer: 'community_node', tier: 'community', status: 'build', note: '', source: 'drawn', created: T, updated: T },
  });
  const places = readdirSync(join(root, 'geodata/places')).filter((x) => x.endsWith('.geojson')).sort()
    .flatMap((f) => readJson<FeatureCollection>(join(root, 'geodata/places', f)).features);
  const data = {
    ...fixtureData(),
    districts: readJson<FeatureCollection>(join(root, 'geodata/districts.geojson')),
    metroLines: readJson<FeatureCollection>(join(root, 'geodata/metro-lines.geojson')),
    metroStations: readJson<FeatureCollection>(join(root, 'geodata/metro-stations.geojson')),
    places: { type: 'FeatureCollection' as const, features: places },
  };
  useAppStore.setState({ ...initialState(), data }, true);
  const scen = (ps: Proposal[]): Scenario => ({ id: 'bench', name: 'bench', proposals: ps, slides: [], created: T, updated: T, schemaVersion: 4 });
  useScenarioStore.setState({ ...scenarioInitialState(), active: scen([proposal(114.05, 22.55)]) }, true);
  useAnalysisStore.setState({ ...analysisInitialState(), enabled: true }, true);
  const controller = createAnalysisController({
    api: port,
    readScenario: async () => null,
  });
  const stop = controller.start();
  await controller.settled();
  const dragRuns: number[] = [];
  for (let i = 0; i < moves; i++) {
    const lon = 114.05 + ((rand() - 0.5) * 600) / mPerDegLon(22.55), lat = 22.55 + ((rand() - 0.5) * 600) / M_PER_DEG;
    const t = performance.now();
    useScenarioStore.setState({ active: scen([proposal(lon, lat)]) });
    await controller.settled();
    dragRuns.push(performance.now() - t);
  }
  stop();
  const dragNodes = useAnalysisStore.getState().result?.levels[0]?.summary.nodeCount ?? 0;
  return { dragMs: median(dragRuns), dragRuns, dragNodes };
}
