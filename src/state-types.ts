/**
 * Plain data types shared by the app state (src/app) and the map (src/map), so the map never needs to
 * import the app: the loaded geodata, the map view, which layers and statuses are switched on, and
 * camera requests. No logic beyond the defaults.
 */
import type { FeatureCollection } from 'geojson';
import type { AreaIndex } from './data/area-index.ts';
import { PLACE_LAYERS, STATUSES, type PlaceLayer, type Status } from './data/place-schema.ts';
import { BASE_TOGGLES, PLAN_SHAPE_TOGGLES, type BaseToggle, type PlanShapeToggle } from './map/ids.ts';

/** The shipped geodata the map draws and the analysis reads, loaded once by `loadGeodata`. */
export interface MapData {
  context: FeatureCollection;
  districts: FeatureCollection;
  districtLabels: FeatureCollection;
  metroLines: FeatureCollection;
  metroStations: FeatureCollection;
  places: FeatureCollection;
  /** The plan's zones (polygons) and axes (lines): geodata/zones.geojson, axes.geojson. */
  zones?: FeatureCollection;
  axes?: FeatureCollection;
  /** Which 街道 holds each place and zone, with each 街道's extent (geodata/area-index.json). */
  areaIndex?: AreaIndex;
  /** Same-origin URL of the 74 街道 polygons: MapLibre fetches and parses them in its worker. */
  jiedaoUrl?: string;
}

/** A district or 街道 (ids as in the geodata). */
export interface AreaRef {
  kind: 'district' | 'jiedao';
  id: string;
}

export interface View {
  lon: number;
  lat: number;
  zoom: number;
}

export type Toggle = PlaceLayer | PlanShapeToggle | BaseToggle;
export const ALL_TOGGLES: Toggle[] = [...PLACE_LAYERS, ...PLAN_SHAPE_TOGGLES, ...BASE_TOGGLES];

export const defaultVisible = (): Record<Toggle, boolean> =>
  Object.fromEntries(ALL_TOGGLES.map((t) => [t, t !== 'ecommerce_base'])) as Record<Toggle, boolean>;

export const defaultStatuses = (): Record<Status, boolean> =>
  Object.fromEntries(STATUSES.map((s) => [s, true])) as Record<Status, boolean>;

/** An intent for the map to move; `nonce` makes repeated requests to the same place distinct. */
export type CameraRequest =
  | { kind: 'view'; view: View; nonce: number }
  | { kind: 'bounds'; bounds: [number, number, number, number]; nonce: number };
