/**
 * Which measure colours the 街道 — one rule for the map (use-map-layers.ts) and its legends
 * (AnalysisLegends.tsx): the density layer, while shown, takes the place of both choropleths; the
 * completeness choropleth, while on the map, takes the coverage choropleth's.
 */
import type { TradeRunResult } from '../analysis/trade-session.ts';
import { useAnalysisStore } from './analysis-store.ts';
import { completenessOnMap, useTradeCoverageStore } from './trade-coverage.ts';

export interface JiedaoFill {
  /** The population density cells are drawn (the choropleths step aside). */
  population: boolean;
  /** The coverage-by-trade result whose completeness colours the 街道, or null. */
  completeness: TradeRunResult | null;
  /** The coverage choropleth is drawn (transparent, still clickable, under the density layer). */
  coverage: boolean;
}

export function useJiedaoFill(): JiedaoFill {
  const population = useAnalysisStore((s) => s.enabled && s.show.population && s.populationCells !== null);
  const completeness = useTradeCoverageStore((s) => (population ? null : completenessOnMap(s)));
  const coverage = useAnalysisStore((s) => s.enabled && s.show.choropleth && s.result !== null) && !completeness;
  return { population, completeness, coverage };
}
