/**
 * The data credits a printed map must carry: one attribution per source of what is drawn in the frame,
 * read from layer ids (the same constants the style uses). Pure: gives common:attribution.* keys and
 * the ids of datasets drawn; the caller words them.
 */
import { ANALYSIS_LAYER, LAYER } from '../map/ids.ts';

const BY_LAYER: Record<string, string[]> = {
  [LAYER.contextFill]: ['districts'],
  [LAYER.districtLine]: ['districts'],
  [LAYER.districtFill]: ['districts'],
  [LAYER.districtLabel]: ['districts'],
  [LAYER.metroLines]: ['tracks', 'lines'],
  [LAYER.metroLinesSchematic]: ['lines'],
  [LAYER.metroStations]: ['stations'],
  [ANALYSIS_LAYER.coveredFill]: ['jiedao', 'census', 'worldpop'],
  [ANALYSIS_LAYER.circles]: ['jiedao', 'census', 'worldpop'],
  [ANALYSIS_LAYER.gapsFill]: ['jiedao', 'census', 'worldpop'],
  [ANALYSIS_LAYER.sites]: ['jiedao', 'census', 'worldpop'],
  [ANALYSIS_LAYER.corridorsFill]: ['tracks'],
  [ANALYSIS_LAYER.citedLines]: ['tracks', 'lines'],
};
/** Order on the page: the plan first, then base map, then analysis inputs. */
const ORDER = ['plan', 'districts', 'jiedao', 'stations', 'tracks', 'lines', 'census', 'worldpop'];

export function creditKeys(layerIds: Iterable<string>): { keys: string[]; datasets: string[] } {
  const keys = new Set<string>(['plan']); // the page's subject is the plan, whatever layers are on
  const datasets = new Set<string>();
  for (const id of layerIds) {
    for (const k of BY_LAYER[id] ?? []) keys.add(k);
    const ds = /^dataset-(.+)-(clusters|cluster-count|points|labels)$/.exec(id);
    if (ds) datasets.add(ds[1]!);
  }
  return { keys: ORDER.filter((k) => keys.has(k)), datasets: [...datasets] };
}
