/**
 * The app's service worker controller. App starts it when the map's first complete view is on screen,
 * so precaching ~7 MB never competes with the first paint.
 */
import { useEffect, useMemo } from 'react';
import { createOfflineController, type OfflineController } from './offline.ts';
import { actions } from './store.ts';

export function useOfflineApp(): OfflineController {
  const controller = useMemo(
    () =>
      createOfflineController({
        onError: (e) => actions.alert('offline:registerFailed', { message: e instanceof Error ? e.message : String(e) }, 'warning'),
      }),
    [],
  );
  useEffect(() => () => controller.stop(), [controller]);
  return controller;
}
