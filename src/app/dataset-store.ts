/**
 * Datasets in the app: the stored list (metadata only), the import in progress (phase, progress,
 * preview), and what is loaded for the map and the analysis (typed arrays from the dataset worker,
 * a blob URL for the map layer). Plain data; datasets.ts holds the actions.
 */
import { create } from 'zustand';
import type { Issue } from '../io/issue.ts';
import { DATASET_VERSION, type DatasetMeta } from '../io/datasets/dataset.ts';
import type { Preview } from '../io/datasets/import-dataset.ts';
import type { DatasetPoints } from '../io/datasets/views.ts';

/** The shipped OpenStreetMap sample, offered as a dataset of its own (never stored, never deleted). */
export const BUILTIN_OSM_ID = 'builtin-osm';
export const BUILTIN_OSM_META: Omit<DatasetMeta, 'count' | 'source' | 'geometry'> = {
  id: BUILTIN_OSM_ID,
  name: 'OpenStreetMap 商业网点样本（不完整）',
  kind: 'outlets',
  tradeOverrides: {},
  created: '2026-05-21T00:00:00.000Z',
  updated: '2026-05-21T00:00:00.000Z',
  version: DATASET_VERSION,
};
export const BUILTIN_OSM_COUNT = 1175;

export interface LoadedDataset {
  /** Blob URL of the map layer's GeoJSON. */
  url: string;
  points: DatasetPoints;
  byArea?: { ids: string[]; counts: number[][] };
  meta: DatasetMeta;
}

export interface DatasetState {
  ready: boolean;
  /** Stored datasets, newest first. */
  datasets: DatasetMeta[];
  import: {
    fileName: string;
    phase: 'reading' | 'building' | 'saving';
    done: number;
    total: number;
  } | null;
  preview: Preview | null;
  /** Datasets drawn on the map. */
  shown: string[];
  loaded: Record<string, LoadedDataset>;
  /** 街道 names by id (from the shipped 街道 file), for counts per 街道. */
  areaNames: Record<string, { name_zh: string; name_en: string; district: string }>;
}

export const datasetInitialState = (): DatasetState => ({
  ready: false,
  datasets: [],
  import: null,
  preview: null,
  shown: [],
  loaded: {},
  areaNames: {},
});

export const useDatasetStore = create<DatasetState>()(() => datasetInitialState());

export type { Issue };
