/** The area layers' legends, shown while the map draws them. */
import { useAnalysisStore } from '../../app/analysis-store.ts';
import { completenessOnMap, useTradeCoverageStore } from '../../app/trade-coverage.ts';
import { MapLegends } from './MapLegends.tsx';

export function AnalysisLegends() {
  const enabled = useAnalysisStore((s) => s.enabled);
  const population = useAnalysisStore((s) => s.enabled && s.show.population && s.populationCells !== null);
  // The density layer takes the choropleths' place (use-map-layers.ts), and their legends too; the
  // completeness choropleth, while on the map, takes the coverage choropleth's.
  const completeness = useTradeCoverageStore((s) => completenessOnMap(s) !== null) && !population;
  const choropleth = useAnalysisStore((s) => s.enabled && s.show.choropleth && s.result !== null) && !population && !completeness;
  return enabled || completeness ? <MapLegends choropleth={choropleth} population={population} completeness={completeness} /> : null;
}
