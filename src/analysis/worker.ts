/**
 * The analysis worker: one AnalysisSession (land grid, coverage indexes, metro, places) living off the
 * main thread, exposed with Comlink. The main thread fetches geodata and passes it in; nothing here
 * touches the network. Long calls (suggest) take a Comlink.proxy'd progress callback.
 */
import { expose } from 'comlink';
import { AnalysisSession } from './session.ts';

const s = new AnalysisSession();

/** Fetch the land grid (geodata/land-grid.bin, same origin) and load it. */
async function init(gridUrl: string) {
  const res = await fetch(gridUrl);
  if (!res.ok) throw new Error(`land-grid.bin: HTTP ${res.status}`);
  return s.init(new Uint8Array(await res.arrayBuffer()));
}

export const api = {
  init,
  setParams: s.setParams.bind(s),
  getParams: s.getParams.bind(s),
  setNodes: s.setNodes.bind(s),
  addNode: s.addNode.bind(s),
  moveNode: s.moveNode.bind(s),
  removeNode: s.removeNode.bind(s),
  coverage: s.coverage.bind(s),
  coverageOf: s.coverageOf.bind(s),
  coveredAreaOf: s.coveredAreaOf.bind(s),
  gaps: s.gaps.bind(s),
  coveredArea: s.coveredArea.bind(s),
  circles: s.circles.bind(s),
  nearest: s.nearest.bind(s),
  setMetro: s.setMetro.bind(s),
  setPlaces: s.setPlaces.bind(s),
  corridors: s.corridors.bind(s),
  corridorPolygons: s.corridorPolygons.bind(s),
  suggest: s.suggest.bind(s),
  suggestWithCurve: s.suggestWithCurve.bind(s),
  populationCells: s.populationCells.bind(s),
};

export type AnalysisApi = typeof api;

expose(api);
