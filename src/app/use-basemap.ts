/** The app's street basemap controller: created once, restored from this machine at start. */
import { useEffect, useMemo } from 'react';
import { createBasemapController, type BasemapController } from './basemap.ts';
import { actions } from './store.ts';

export function useBasemap(): BasemapController {
  const controller = useMemo(() => createBasemapController({ alert: actions.alert }), []);
  useEffect(() => {
    void controller.init();
  }, [controller]);
  return controller;
}
