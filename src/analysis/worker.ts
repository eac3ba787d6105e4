/**
 * The analysis worker: one AnalysisSession (land grid, coverage indexes, metro, places) living off the
 * main thread, exposed with Comlink. It fetches the land grid (geodata/land-grid.bin) from the app's own
 * origin on init(); the main thread passes metro and places in. Nothing else here touches the network.
 * Long calls (suggest) take a Comlink.proxy'd progress callback.
 */
import { expose } from 'comlink';
import landGridUrl from '../../geodata/land-grid.bin?url';
import { AnalysisSession } from './session.ts';
import { TradeAnalysis } from './trade-session.ts';
import type { OutletPoints } from './trade-coverage.ts';
import type { PopulationInput } from './population-demand.ts';
import type { BasicTrade } from './trades.ts';
import type { Minutes } from './params.ts';

const s = new AnalysisSession();
const trades = new TradeAnalysis();

/** Fetch the land grid (geodata/land-grid.bin, served from the app's own origin) and load it. */
async function init() {
  const res = await fetch(landGridUrl);
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
  optimumModel: s.optimumModel.bind(s),
  readOptimum: s.readOptimum.bind(s),
  coveredShares: s.coveredShares.bind(s),
  intersectionShares: s.intersectionShares.bind(s),
  // Coverage by trade and completeness (trade-session.ts): outlets of the chosen datasets, demand.
  tradeSetOutlets: (sets: OutletPoints[]) => trades.setOutlets(sets),
  tradeSetDemand: (input: PopulationInput | null) => trades.setDemand(s.landGrid(), input),
  tradeCoverage: (chosen: BasicTrade[], minutes: Minutes = 15) => trades.run(s.landGrid(), s.radiusOf(minutes), chosen),
  tradeSuggest: (trade: BasicTrade, k: number, minutes: Minutes = 15) => trades.suggest(s.landGrid(), s.radiusOf(minutes), trade, k),
};

export type AnalysisApi = typeof api;

expose(api);
