/** The area layers' legends, shown while the map draws them (which ones: app/jiedao-fill.ts). */
import { useAnalysisStore } from '../../app/analysis-store.ts';
import { useJiedaoFill } from '../../app/jiedao-fill.ts';
import { MapLegends } from './MapLegends.tsx';

export function AnalysisLegends() {
  const enabled = useAnalysisStore((s) => s.enabled);
  const fill = useJiedaoFill();
  const completeness = fill.completeness !== null;
  return enabled || completeness ? <MapLegends choropleth={fill.coverage && !fill.population} population={fill.population} completeness={completeness} /> : null;
}
