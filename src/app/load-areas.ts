/**
 * The 74 街道 polygons (geodata/jiedao.geojson, ≈ 0.6 MB), fetched from the app's own origin the first
 * time the analysis needs them — not at start-up, so the first map paint does not wait for them.
 */
import type { FeatureCollection } from 'geojson';
import jiedaoUrl from '../../geodata/jiedao.geojson?url';
import { asFeatureCollection, GeodataError } from '../data/load-geodata.ts';

export async function loadJiedaoShapes(fetchFn: typeof fetch = fetch): Promise<FeatureCollection> {
  let res: Response;
  try {
    res = await fetchFn(jiedaoUrl);
  } catch {
    throw new GeodataError('jiedao.geojson', 'could not be read');
  }
  if (!res.ok) throw new GeodataError('jiedao.geojson', `HTTP ${res.status}`);
  return asFeatureCollection('jiedao.geojson', await res.json());
}
