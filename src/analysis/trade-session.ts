/**
 * Coverage by trade in the analysis worker: the outlets of the chosen datasets (typed arrays from the
 * dataset worker, via the page), an optional population dataset as demand, and per-trade indexes kept
 * between calls so a trade-targeted site suggestion starts from them. Plain TS, tested in Node.
 */
import type { CoverageSummary } from './coverage.ts';
import type { LandGrid } from './land-grid.ts';
import { demandFrom, type PopulationInput } from './population-demand.ts';
import { candidateUnits, suggestSites, type SuggestionResult } from './site-suggestion.ts';
import { tradeIndexes, type OutletPoints } from './trade-coverage.ts';
import { completeSharesOf, rowsByTrade, tradeShares, type TradeShares } from './trade-shares.ts';
import { summarise } from './coverage.ts';
import { BASIC_TRADES, TRADES, tradeCode, type BasicTrade } from './trades.ts';

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
  private last: { trades: BasicTrade[]; radiusM: number; shares: TradeShares[]; complete: Float64Array } | null = null;

  setOutlets(sets: OutletPoints[]): void {
    this.outlets = sets;
    this.last = null;
  }

  setDemand(grid: LandGrid, input: PopulationInput | null): { total: number; unplaced: number } | null {
    this.demand = input ? demandFrom(grid, input) : null;
    this.last = null;
    return this.demand ? { total: this.demand.total, unplaced: this.demand.unplaced } : null;
  }

  /**
   * Per-trade coverage (trade-shares.ts: one bucket index per trade, exact shares) and completeness.
   * `ms.coverage` counts everything from the outlets' columns to the per-trade summaries, index
   * building included; `ms.completeness` the exact intersections and their summary.
   */
  run(grid: LandGrid, radiusM: number, trades: readonly BasicTrade[] = BASIC_TRADES): TradeRunResult {
    const t0 = performance.now();
    const g = this.demand ? { ...grid, pop: this.demand.pop } : grid;
    const rows = rowsByTrade(this.outlets, TRADES.length);
    const shares = trades.map((t) =>
      tradeShares(grid, radiusM, this.outlets.map((o, d) => ({ lon: o.lon, lat: o.lat, rows: rows[d]![tradeCode(t)]! }))),
    );
    const perTrade = trades.map((trade, k) => ({ trade, outlets: shares[k]!.outlets, summary: summarise(g, shares[k]!.share, radiusM, shares[k]!.outlets) }));
    const t1 = performance.now();
    const complete = completeSharesOf(grid, shares);
    const outletCount = shares.reduce((s, t) => s + t.outlets, 0);
    const completeness = summarise(g, complete, radiusM, outletCount);
    const t2 = performance.now();
    this.last = { trades: [...trades], radiusM, shares, complete };
    const modelTotal = grid.districts.filter((d) => d.hasGrid && !d.approximate).reduce((s, d) => s + d.population, 0);
    return {
      radiusM,
      trades: [...trades],
      perTrade,
      completeness,
      demand: this.demand ? { kind: 'dataset', total: this.demand.total, unplaced: this.demand.unplaced } : { kind: 'model', total: modelTotal, unplaced: 0 },
      ms: { coverage: t1 - t0, completeness: t2 - t1 },
    };
  }

  /** "Where would k new outlets of this trade help most?" — greedy on that trade's coverage. */
  suggest(grid: LandGrid, radiusM: number, trade: BasicTrade, k: number): SuggestionResult {
    // The greedy adds circles one by one: the engine's incremental CoverageIndex over this trade, weighing the demand in use.
    const entry = tradeIndexes(this.demand ? { ...grid, pop: this.demand.pop } : grid, { outlets: this.outlets, trades: [trade], radiusM })[0]!;
    return suggestSites(entry.index, candidateUnits(entry.index, { kind: 'uncovered' }), k);
  }

  /** Completeness share per unit of the last run (the choropleth), or null before a run. */
  completeShares(): Float64Array | null {
    return this.last ? this.last.complete : null;
  }
}
