/**
 * App state: plain data only (no map objects, no class instances), so it can be serialised into the
 * URL hash and inspected in tests. The map adapter reads it through buildStyle().
 */
import { create } from 'zustand';
import { PLACE_LAYERS, STATUSES, type PlaceLayer, type Status } from '../data/place-schema.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/index.ts';
import { BASE_TOGGLES, type BaseToggle } from '../map/ids.ts';
import type { MapData } from '../map/build-style.ts';

export type Toggle = PlaceLayer | BaseToggle;
export const ALL_TOGGLES: Toggle[] = [...PLACE_LAYERS, ...BASE_TOGGLES];

export interface View {
  lon: number;
  lat: number;
  zoom: number;
}

/** Futian–Luohu core at a zoom where the whole city's west-east spread is in view on a laptop. */
export const DEFAULT_VIEW: View = { lon: 114.06, lat: 22.6, zoom: 9.6 };

/** A message for the user; `key` is an i18n key, rendered in an element with role="alert". */
export interface Alert {
  id: number;
  key: string;
  params?: Record<string, string | number>;
  level: 'error' | 'warning' | 'info';
}

/** An intent for the map to move; `nonce` makes repeated requests to the same place distinct. */
export type CameraRequest =
  | { kind: 'view'; view: View; nonce: number }
  | { kind: 'bounds'; bounds: [number, number, number, number]; nonce: number };

export type SidePanel = 'layers' | 'analysis' | 'scenarios';

export interface AppState {
  lang: Lang;
  view: View;
  visible: Record<Toggle, boolean>;
  statuses: Record<Status, boolean>;
  selectedId: string | null;
  hoverId: string | null;
  panel: SidePanel;
  data: MapData | null;
  alerts: Alert[];
  camera: CameraRequest | null;
}

export const defaultVisible = (): Record<Toggle, boolean> =>
  Object.fromEntries(ALL_TOGGLES.map((t) => [t, t !== 'ecommerce_base'])) as Record<Toggle, boolean>;

export const defaultStatuses = (): Record<Status, boolean> =>
  Object.fromEntries(STATUSES.map((s) => [s, true])) as Record<Status, boolean>;

export const initialState = (): AppState => ({
  lang: DEFAULT_LANG,
  view: DEFAULT_VIEW,
  visible: defaultVisible(),
  statuses: defaultStatuses(),
  selectedId: null,
  hoverId: null,
  panel: 'layers',
  data: null,
  alerts: [],
  camera: null,
});

let alertSeq = 0;
let cameraSeq = 0;

export const useAppStore = create<AppState>()(() => initialState());

/** Actions are plain functions over the store (easy to call from tests, drivers and handlers). */
export const actions = {
  setLang: (lang: Lang) => useAppStore.setState({ lang }),
  setView: (view: View) => useAppStore.setState({ view }),
  toggle: (t: Toggle, on?: boolean) =>
    useAppStore.setState((s) => ({ visible: { ...s.visible, [t]: on ?? !s.visible[t] } })),
  toggleStatus: (st: Status, on?: boolean) =>
    useAppStore.setState((s) => ({ statuses: { ...s.statuses, [st]: on ?? !s.statuses[st] } })),
  select: (id: string | null) => useAppStore.setState({ selectedId: id }),
  hover: (id: string | null) => {
    if (useAppStore.getState().hoverId !== id) useAppStore.setState({ hoverId: id });
  },
  setPanel: (panel: SidePanel) => useAppStore.setState({ panel }),
  setData: (data: MapData) => useAppStore.setState({ data }),
  alert: (key: string, params?: Alert['params'], level: Alert['level'] = 'error') =>
    useAppStore.setState((s) => ({ alerts: [...s.alerts, { id: ++alertSeq, key, params, level }] })),
  dismissAlert: (id: number) => useAppStore.setState((s) => ({ alerts: s.alerts.filter((a) => a.id !== id) })),
  flyTo: (view: View) => useAppStore.setState({ camera: { kind: 'view', view, nonce: ++cameraSeq } }),
  fitBounds: (bounds: [number, number, number, number]) =>
    useAppStore.setState({ camera: { kind: 'bounds', bounds, nonce: ++cameraSeq } }),
};
