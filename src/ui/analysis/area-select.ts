/** Selecting a district or 街道 from a list: the app store's `selectedArea`, and the map frames it. */
import bbox from '@turf/bbox';
import type { Feature } from 'geojson';
import { actions, type SelectedArea } from '../../app/store.ts';
import type { MapData } from '../../state-types.ts';

/** A district is framed by its polygon, a 街道 by its bbox in the built area index (no polygons needed). */
export function selectAndFrame(area: SelectedArea, data: Pick<MapData, 'districts' | 'areaIndex'> | null | undefined): void {
  actions.selectArea(area);
  if (area.kind === 'jiedao') {
    const b = data?.areaIndex?.jiedao[area.id]?.bbox;
    if (b) actions.fitBounds([...b]);
    return;
  }
  const f = data?.districts.features.find((x: Feature) => x.properties?.id === area.id);
  if (f) actions.fitBounds(bbox(f) as [number, number, number, number]);
}
