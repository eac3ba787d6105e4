/** The datasets shown on the map, as the overlay's input (memoised on the store's own objects). */
import { useMemo } from 'react';
import type { DatasetLayerInput } from '../map/outlets-overlay.ts';
import { useDatasetStore } from './dataset-store.ts';

export function useDatasetLayers(): DatasetLayerInput[] {
  const shown = useDatasetStore((s) => s.shown);
  const loaded = useDatasetStore((s) => s.loaded);
  return useMemo(
    () => shown.flatMap((id) => {
      const l = loaded[id];
      return l ? [{ id, url: l.url, kind: l.meta.kind }] : [];
    }),
    [shown, loaded],
  );
}
