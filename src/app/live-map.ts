/**
 * The main map's adapter, for the few app features that need the map itself rather than its state
 * (print export reads the style it draws). App creates the holder and hands it down by context;
 * MapHost fills it when the map exists.
 */
import { createContext, useContext } from 'react';
import type { MapAdapter } from '../map/map-adapter.ts';

export interface LiveMap {
  current: MapAdapter | null;
}

export const LiveMapContext = createContext<LiveMap>({ current: null });
export const useLiveMap = (): LiveMap => useContext(LiveMapContext);
