/** The area layers' legends, shown while the analysis draws them. */
import { useAnalysisStore } from '../../app/analysis-store.ts';
import { MapLegends } from './MapLegends.tsx';

export function AnalysisLegends() {
  const enabled = useAnalysisStore((s) => s.enabled);
  const population = useAnalysisStore((s) => s.show.population && s.populationCells !== null);
  // The density layer takes the choropleth's place (area-overlay.ts), and its legend too.
  const choropleth = useAnalysisStore((s) => s.show.choropleth && s.result !== null) && !population;
  return enabled ? <MapLegends choropleth={choropleth} population={population} /> : null;
}
