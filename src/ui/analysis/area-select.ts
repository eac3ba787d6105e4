/** Selecting a district or 街道 from a list: the app store's `selectedArea`, and the map frames it. */
import bbox from '@turf/bbox';
import type { Feature, FeatureCollection } from 'geojson';
import { actions, type SelectedArea } from '../../app/store.ts';

export function selectAndFrame(area: SelectedArea, shapes: { districts?: FeatureCollection | null; jiedao?: FeatureCollection | null }): void {
  actions.selectArea(area);
  const fc = area.kind === 'jiedao' ? shapes.jiedao : shapes.districts;
  const f = fc?.features.find((x: Feature) => x.properties?.id === area.id);
  if (f) actions.fitBounds(bbox(f) as [number, number, number, number]);
}
