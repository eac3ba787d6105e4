/**
 * The optional street basemap (plain data). `spec` is what the map draws, derived by the basemap
 * controller from the choice and the sources at hand — null (nothing) by default.
 */
import { create } from 'zustand';
import type { BasemapChoice } from '../io/basemap/device-store.ts';
import type { BasemapKind } from '../io/basemap/read-archive.ts';
import type { BasemapSpec } from '../map/basemap-style.ts';

export interface BasemapFileInfo {
  name: string;
  size: number;
  kind: BasemapKind;
  format: string;
  minZoom: number;
  maxZoom: number;
  attribution: string;
  /** Kept on this machine (OPFS) for the next visit; false when the browser cannot store it. */
  remembered: boolean;
}

export interface BasemapServerInfo {
  /** Shown to the planner: the tile server's origin and credit line. */
  origin: string;
  attribution: string;
}

export interface BasemapState {
  choice: BasemapChoice;
  file: BasemapFileInfo | null;
  server: BasemapServerInfo | null;
  spec: BasemapSpec | null;
  /** Reading or copying a file. */
  busy: boolean;
}

export const initialBasemapState = (): BasemapState => ({ choice: 'none', file: null, server: null, spec: null, busy: false });

export const useBasemapStore = create<BasemapState>(initialBasemapState);
