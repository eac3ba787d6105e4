/**
 * Coverage by trade in the analysis worker: the outlets of the chosen datasets (typed arrays from the
 * dataset worker, via the page), an optional population dataset as demand, and per-trade indexes kept
 * between calls so a trade-targeted site suggestion starts from them. Plain TS, tested in Node.
 */
import type { CoverageSummary } from './coverage.ts';
import type { LandGrid } from './land-grid.ts';
import { demandFrom, type PopulationInput } from './population-demand.ts';
import { candidateUnits, suggestSites, type SuggestionResult } from './site-suggestion.ts';
import { completeShares, tradeIndexes, type OutletPoints } from './trade-coverage.ts';
import { summarise } from './coverage.ts';
import { BASIC_TRADES, type BasicTrade } from './trades.ts';

export interface TradeRunResult {
  radiusM: number;
  trades: BasicTrade[];
  perTrade: { trade: BasicTrade; outlets: number; summary: CoverageSummary }[];
  completeness: CoverageSummary;
  /** Which demand the figures rest on, and its total. */
  demand: { kind: 'model' | 'dataset'; total: number; unplaced: number };
  ms: { coverage: number; completeness: number };
}

export class TradeAnalysis {
  private outlets: OutletPoints[] = [];
  private demand: { pop: Float64Array; total: number; unplaced: number } | null = null;
  private last: { trades: BasicTrade[]; radiusM: number; indexes: ReturnType<typeof tradeIndexes> } | null = null;

  setOutlets(sets: OutletPoints[]): void {
    this.outlets = sets;
    this.last = null;
  }

  setDemand(grid: LandGrid, input: PopulationInput | null): { total: number; unplaced: number } | null {
    this.demand = input ? demandFrom(grid, input) : null;
    this.last = null;
    return this.demand ? { total: this.demand.total, unplaced: this.demand.unplaced } : null;
  }

  run(grid: LandGrid, radiusM: number, trades: readonly BasicTrade[] = BASIC_TRADES): TradeRunResult {
    const t0 = performance.now();
    // The indexes carry the demand in use, so a trade-targeted suggestion weighs the same people.
    const g = this.demand ? { ...grid, pop: this.demand.pop } : grid;
    const indexes = tradeIndexes(g, { outlets: this.outlets, trades, radiusM });
    const shares = indexes.map((t) => t.index.shares());
    const t1 = performance.now();
    const complete = completeShares(grid, indexes.map((t) => t.index));
    const t2 = performance.now();
    this.last = { trades: [...trades], radiusM, indexes };
    const modelTotal = grid.districts.filter((d) => d.hasGrid && !d.approximate).reduce((s, d) => s + d.population, 0);
    return {
      radiusM,
      trades: [...trades],
      perTrade: indexes.map((t, k) => ({ trade: t.trade, outlets: t.outlets, summary: summarise(g, shares[k]!, radiusM, t.outlets) })),
      completeness: summarise(g, complete, radiusM, indexes.reduce((s, t) => s + t.outlets, 0)),
      demand: this.demand ? { kind: 'dataset', total: this.demand.total, unplaced: this.demand.unplaced } : { kind: 'model', total: modelTotal, unplaced: 0 },
      ms: { coverage: t1 - t0, completeness: t2 - t1 },
    };
  }

  /** "Where would k new outlets of this trade help most?" — greedy on that trade's coverage. */
  suggest(grid: LandGrid, radiusM: number, trade: BasicTrade, k: number): SuggestionResult {
    let entry = this.last && this.last.radiusM === radiusM ? this.last.indexes.find((t) => t.trade === trade) : undefined;
    if (!entry) entry = tradeIndexes(this.demand ? { ...grid, pop: this.demand.pop } : grid, { outlets: this.outlets, trades: [trade], radiusM })[0]!;
    return suggestSites(entry.index, candidateUnits(entry.index, { kind: 'uncovered' }), k);
  }
}
