/**
 * Coverage by trade and completeness (《城市一刻钟便民生活圈建设指南》: can residents reach EVERY basic
 * trade within the walk?), on the engine's land grid and exact unions.
 *
 * Per chosen trade: one CoverageIndex over that trade's outlets (and any other service nodes given
 * for it), so each unit's covered share is the exact area of the union of that trade's circles on
 * the unit's land (coverage.ts). Completeness of a unit is the exact area of the INTERSECTION over
 * trades of those unions (union-area.ts `intersectionOfUnionsArea`) ÷ the unit's land: a trade whose
 * circles contain the unit whole does not constrain it, a trade with no circle reaching it makes it 0,
 * so the exact intersection is measured only for units partly covered by two or more trades.
 * Population is uniform within a unit (the model's resolution), so covered population = share × pop.
 *
 * Demand is the model's population per unit (census × WorldPop weights) unless a population dataset
 * is given (population-demand.ts), which then replaces it unit by unit.
 */
import { CoverageIndex, summarise, type CoverageNode, type CoverageSummary } from './coverage.ts';
import type { LandGrid } from './land-grid.ts';
import { BASIC_TRADES, tradeCode, type BasicTrade } from './trades.ts';
import { intersectionOfUnionsArea, type Disc } from './union-area.ts';

export interface OutletPoints {
  lon: ArrayLike<number>;
  lat: ArrayLike<number>;
  /** Trade code per outlet (index into TRADES). */
  trade: ArrayLike<number>;
}

export interface TradeCoverageInput {
  outlets: readonly OutletPoints[];
  /** Trades that must all be reachable (default: the ten basic trades). */
  trades?: readonly BasicTrade[];
  radiusM: number;
  /** Extra service nodes per trade (e.g. proposals that carry a trade). */
  extra?: Partial<Record<BasicTrade, readonly CoverageNode[]>>;
  /** Residents per unit replacing the model (a population dataset); default: the grid's model. */
  pop?: Float64Array;
}

export interface TradeCoverage {
  trade: BasicTrade;
  outlets: number;
  summary: CoverageSummary;
}

export interface TradeCoverageResult {
  radiusM: number;
  trades: BasicTrade[];
  perTrade: TradeCoverage[];
  /** Share of population (per 街道, district, city) that reaches every chosen trade. */
  completeness: CoverageSummary;
  /** Covered share of each unit for each trade (for maps and suggestions), TRADES order of `trades`. */
  unitShares: Float64Array[];
  completeShares: Float64Array;
}

/** Nodes of one trade from every chosen dataset. */
export function tradeNodes(outlets: readonly OutletPoints[], trade: BasicTrade, extra: readonly CoverageNode[] = []): CoverageNode[] {
  const code = tradeCode(trade);
  const nodes: CoverageNode[] = [];
  outlets.forEach((o, d) => {
    for (let i = 0; i < o.trade.length; i++) if (o.trade[i] === code) nodes.push({ id: `${d}:${i}`, lon: o.lon[i]!, lat: o.lat[i]! });
  });
  return nodes.concat(extra);
}

/** Per-trade coverage indexes at one radius (kept by the session between calls). */
export function tradeIndexes(grid: LandGrid, input: TradeCoverageInput): { trade: BasicTrade; index: CoverageIndex; outlets: number }[] {
  const trades = input.trades ?? BASIC_TRADES;
  return trades.map((trade) => {
    const index = new CoverageIndex(grid, input.radiusM);
    const nodes = tradeNodes(input.outlets, trade, input.extra?.[trade]);
    index.setNodes(nodes);
    return { trade, index, outlets: nodes.length };
  });
}

/** Completeness share per unit: the land of each unit reached by every trade's circles. */
export function completeShares(grid: LandGrid, indexes: readonly CoverageIndex[]): Float64Array {
  const out = new Float64Array(grid.size);
  if (indexes.length === 0) return out;
  const shares = indexes.map((i) => i.shares());
  for (let u = 0; u < grid.size; u++) {
    let min = 1;
    const partial: number[] = [];
    for (let t = 0; t < shares.length; t++) {
      const s = shares[t]![u]!;
      if (s < min) min = s;
      if (s < 1) partial.push(t);
    }
    if (min <= 0) continue;
    if (partial.length <= 1) {
      out[u] = min;
      continue;
    }
    const groups: Disc[][] = partial.map((t) => indexes[t]!.circlesAt(u));
    const ring = { verts: grid.verts, vertStart: grid.vertStart, ringFrom: grid.ringStart[u]!, ringTo: grid.ringStart[u + 1]! };
    const a = intersectionOfUnionsArea(groups, ring) / grid.ringAreaM2[u]!;
    out[u] = Math.max(0, Math.min(min, a));
  }
  return out;
}

export function tradeCoverage(grid: LandGrid, input: TradeCoverageInput): TradeCoverageResult {
  const g = input.pop ? { ...grid, pop: input.pop } : grid;
  const idx = tradeIndexes(grid, input);
  const unitShares = idx.map((t) => Float64Array.from(t.index.shares()));
  const complete = completeShares(grid, idx.map((t) => t.index));
  return {
    radiusM: input.radiusM,
    trades: idx.map((t) => t.trade),
    perTrade: idx.map((t, k) => ({ trade: t.trade, outlets: t.outlets, summary: summarise(g, unitShares[k]!, input.radiusM, t.outlets) })),
    completeness: summarise(g, complete, input.radiusM, idx.reduce((s, t) => s + t.outlets, 0)),
    unitShares,
    completeShares: complete,
  };
}
