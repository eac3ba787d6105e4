/**
 * The app's service worker controller. App starts it when the map's first complete view is on screen,
 * so precaching ~7 MB never competes with the first paint.
 */
import { useEffect, useMemo } from 'react';
import { createOfflineController, type OfflineController } from './offline.ts';

export function useOfflineApp(): OfflineController {
  const controller = useMemo(() => createOfflineController(), []);
  useEffect(() => () => controller.stop(), [controller]);
  return controller;
}
