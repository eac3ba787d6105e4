/**
 * App state: plain data only (no map objects, no class instances), so it can be serialised into the
 * URL hash and inspected in tests. The map adapter reads it through buildStyle().
 */
import { create } from 'zustand';
import type { Status } from '../data/place-schema.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/index.ts';
import { defaultStatuses, defaultVisible, type CameraRequest, type MapData, type Toggle, type View } from '../state-types.ts';

// Shared with src/map through src/state-types.ts; re-exported for the app's own modules.
export { ALL_TOGGLES, defaultStatuses, defaultVisible, type CameraRequest, type MapData, type Toggle, type View } from '../state-types.ts';

/** Futian–Luohu core at a zoom where the whole city's west-east spread is in view on a laptop. */
export const DEFAULT_VIEW: View = { lon: 114.06, lat: 22.6, zoom: 9.6 };

/** A message for the user; `key` is an i18n key, rendered in an element with role="alert". */
export interface Alert {
  id: number;
  key: string;
  params?: Record<string, string | number>;
  level: 'error' | 'warning' | 'info';
}

export type SidePanel = 'layers' | 'analysis' | 'scenarios' | 'datasets' | 'present' | 'targets';

/** A district or 街道 chosen on the map or in a table (ids as in the geodata). */
export interface SelectedArea {
  kind: 'district' | 'jiedao';
  id: string;
}

export interface AppState {
  lang: Lang;
  view: View;
  visible: Record<Toggle, boolean>;
  statuses: Record<Status, boolean>;
  selectedId: string | null;
  hoverId: string | null;
  selectedArea: SelectedArea | null;
  /** "Show only this district / 街道": a real filter on the map's places and zones. */
  areaOnly: SelectedArea | null;
  panel: SidePanel;
  data: MapData | null;
  alerts: Alert[];
  camera: CameraRequest | null;
}

export const initialState = (): AppState => ({
  lang: DEFAULT_LANG,
  view: DEFAULT_VIEW,
  visible: defaultVisible(),
  statuses: defaultStatuses(),
  selectedId: null,
  hoverId: null,
  selectedArea: null,
  areaOnly: null,
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
  selectArea: (selectedArea: SelectedArea | null) => useAppStore.setState({ selectedArea }),
  showOnlyArea: (areaOnly: SelectedArea | null) => useAppStore.setState({ areaOnly }),
  setPanel: (panel: SidePanel) => useAppStore.setState({ panel }),
  /** A slide's layers, statuses and highlight in one change. */
  showLayers: (p: Pick<AppState, 'visible' | 'statuses' | 'selectedId'>) => useAppStore.setState(p),
  setData: (data: MapData) => useAppStore.setState({ data }),
  alert: (key: string, params?: Alert['params'], level: Alert['level'] = 'error') =>
    useAppStore.setState((s) => ({ alerts: [...s.alerts, { id: ++alertSeq, key, params, level }] })),
  dismissAlert: (id: number) => useAppStore.setState((s) => ({ alerts: s.alerts.filter((a) => a.id !== id) })),
  flyTo: (view: View) => useAppStore.setState({ camera: { kind: 'view', view, nonce: ++cameraSeq } }),
  fitBounds: (bounds: [number, number, number, number]) =>
    useAppStore.setState({ camera: { kind: 'bounds', bounds, nonce: ++cameraSeq } }),
};
