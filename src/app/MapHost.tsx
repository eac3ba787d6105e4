/** Connects the map (src/map/MapView, which knows no store) to the app store: state in, actions out. */
import { useShallow } from 'zustand/react/shallow';
import { MapView, type MapViewProps } from '../map/MapView.tsx';
import { useLiveMap } from './live-map.ts';
import { actions, useAppStore } from './store.ts';
import { useBasemapStore } from './basemap-store.ts';

type Props = Omit<MapViewProps, 'state' | 'initialView' | 'onViewChange' | 'onSelect' | 'onHover' | 'onAlert' | 'onAreaClick'>;

export function MapHost(props: Props) {
  const state = useAppStore(
    useShallow((s) => ({ lang: s.lang, visible: s.visible, statuses: s.statuses, selectedId: s.selectedId, hoverId: s.hoverId, data: s.data, camera: s.camera, selectedArea: s.selectedArea, areaOnly: s.areaOnly })),
  );
  const liveMapRef = useLiveMap();
  const basemap = useBasemapStore((s) => s.spec);
  return (
    <MapView
      {...props}
      onAdapter={(a) => (liveMapRef.current = a)}
      state={{ ...state, basemap }}
      initialView={useAppStore.getState().view}
      onViewChange={actions.setView}
      onSelect={actions.select}
      onHover={actions.hover}
      onAreaClick={actions.selectArea}
      onAlert={(key, params) => actions.alert(key, params)}
    />
  );
}
