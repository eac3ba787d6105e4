/**
 * Plain data types shared by the app state (src/app) and the map (src/map), so the map never needs to
 * import the app: the loaded geodata, the map view, which layers and statuses are switched on, and
 * camera requests. No logic beyond the defaults.
 */
import type { FeatureCollection } from 'geojson';
import { PLACE_LAYERS, STATUSES, type PlaceLayer, type Status } from './data/place-schema.ts';
import { BASE_TOGGLES, type BaseToggle } from './map/ids.ts';

/** The shipped geodata the map draws and the analysis reads, loaded once by `loadGeodata`. */
export interface MapData {
  context: FeatureCollection;
  districts: FeatureCollection;
  districtLabels: FeatureCollection;
  metroLines: FeatureCollection;
  metroStations: FeatureCollection;
  places: FeatureCollection;
}

export interface View {
  lon: number;
  lat: number;
  zoom: number;
}

export type Toggle = PlaceLayer | BaseToggle;
export const ALL_TOGGLES: Toggle[] = [...PLACE_LAYERS, ...BASE_TOGGLES];

export const defaultVisible = (): Record<Toggle, boolean> =>
  Object.fromEntries(ALL_TOGGLES.map((t) => [t, t !== 'ecommerce_base'])) as Record<Toggle, boolean>;

export const defaultStatuses = (): Record<Status, boolean> =>
  Object.fromEntries(STATUSES.map((s) => [s, true])) as Record<Status, boolean>;

/** An intent for the map to move; `nonce` makes repeated requests to the same place distinct. */
export type CameraRequest =
  | { kind: 'view'; view: View; nonce: number }
  | { kind: 'bounds'; bounds: [number, number, number, number]; nonce: number };
