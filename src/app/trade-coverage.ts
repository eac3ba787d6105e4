/**
 * Coverage by trade as the planner runs it: the outlets of the chosen datasets (loaded by the
 * dataset worker) go to the analysis worker with the chosen population dataset (or none: the model),
 * which returns per-trade coverage and completeness per 街道, district and city.
 */
import { create } from 'zustand';
import type { AnalysisController } from './analysis-controller.ts';
import type { TradeRunResult } from '../analysis/trade-session.ts';
import type { SuggestionResult } from '../analysis/site-suggestion.ts';
import { BASIC_TRADES, type BasicTrade } from '../analysis/trades.ts';
import { nodesAsOutlets } from '../analysis/nodes-as-outlets.ts';
import { NODE_SOURCES, type NodeSource } from './analysis-store.ts';
import { collectNodes } from './analysis-nodes.ts';
import { useScenarioStore } from './scenario-store.ts';
import { useDatasetStore } from './dataset-store.ts';
import { loadDataset } from './datasets.ts';
import { actions, useAppStore } from './store.ts';

export interface TradeCoverageState {
  outlets: string[];
  trades: BasicTrade[];
  population: string | null;
  /** Service nodes counted as providing every chosen trade: plan tiers, stations, the scenario's proposals. */
  extraNodes: NodeSource[];
  busy: boolean;
  result: TradeRunResult | null;
  /** The choice the result was computed for (the panel says which demand and datasets it rests on). */
  resultFor: { outlets: string[]; population: string | null; extraNodes: NodeSource[]; extraCount: number } | null;
  suggestion: { trade: BasicTrade; k: number; result: SuggestionResult } | null;
  /**
   * Whether the completeness choropleth is on the map. The map colours the 街道 by one measure at a time:
   * while this is on, the coverage choropleth (analysis) steps aside. A new run turns it on.
   */
  onMap: boolean;
}

export const useTradeCoverageStore = create<TradeCoverageState>()(() => ({
  outlets: [],
  trades: [...BASIC_TRADES],
  population: null,
  extraNodes: [],
  busy: false,
  result: null,
  resultFor: null,
  suggestion: null,
  onMap: true,
}));

const set = useTradeCoverageStore.setState;
const get = useTradeCoverageStore.getState;

export const tradeChoice = {
  toggleOutlets: (id: string) => set((s) => ({ outlets: s.outlets.includes(id) ? s.outlets.filter((x) => x !== id) : [...s.outlets, id] })),
  toggleTrade: (t: BasicTrade) => set((s) => ({ trades: s.trades.includes(t) ? s.trades.filter((x) => x !== t) : BASIC_TRADES.filter((x) => x === t || s.trades.includes(x)) })),
  setPopulation: (id: string | null) => set({ population: id }),
  toggleExtra: (k: NodeSource) => set((s) => ({ extraNodes: s.extraNodes.includes(k) ? s.extraNodes.filter((x) => x !== k) : NODE_SOURCES.filter((x) => x === k || s.extraNodes.includes(x)) })),
  setOnMap: (onMap: boolean) => set({ onMap }),
  clearSuggestion: () => set({ suggestion: null }),
};

/** The completeness per 街道 drawn on the map, or null (no run, or the planner chose the coverage choropleth). */
export const completenessOnMap = (s: TradeCoverageState): TradeRunResult | null => (s.onMap ? s.result : null);

async function loaded(id: string) {
  if (!useDatasetStore.getState().loaded[id]) await loadDataset(id);
  return useDatasetStore.getState().loaded[id];
}

export async function runTradeCoverage(controller: AnalysisController): Promise<void> {
  const { outlets, trades, population, extraNodes } = get();
  if ((!outlets.length && !extraNodes.length) || !trades.length) {
    actions.alert('datasets:coverage.nothingChosen', {}, 'warning');
    return;
  }
  set({ busy: true });
  try {
    const api = await controller.gridWorker();
    if (!api) return;
    const sets = [];
    for (const id of outlets) {
      const l = await loaded(id);
      if (l) sets.push({ lon: l.points.lon, lat: l.points.lat, trade: l.points.trade });
    }
    // Plan centres, stations or proposals chosen as extra service nodes: each one an outlet of every chosen trade.
    const data = useAppStore.getState().data;
    const chosen = Object.fromEntries(NODE_SOURCES.map((k) => [k, extraNodes.includes(k)])) as Record<NodeSource, boolean>;
    const nodes = data && extraNodes.length ? collectNodes(chosen, data.places, data.metroStations, useScenarioStore.getState().active?.proposals ?? []) : [];
    if (nodes.length) sets.push(nodesAsOutlets(nodes, trades));
    await api.tradeSetOutlets(sets);
    const p = population ? await loaded(population) : undefined;
    await api.tradeSetDemand(p?.points.population ? { lon: p.points.lon, lat: p.points.lat, population: p.points.population } : null);
    const result = await api.tradeCoverage(trades, 15);
    set({ result, resultFor: { outlets: [...outlets], population, extraNodes: [...extraNodes], extraCount: nodes.length }, suggestion: null, onMap: true });
  } finally {
    set({ busy: false });
  }
}

export async function suggestForTrade(controller: AnalysisController, trade: BasicTrade, k: number): Promise<void> {
  const api = await controller.gridWorker();
  if (!api || !get().result) return;
  set({ busy: true });
  try {
    set({ suggestion: { trade, k, result: await api.tradeSuggest(trade, k, 15) } });
  } finally {
    set({ busy: false });
  }
}
