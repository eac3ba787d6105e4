/** React host for the map adapter: state in, clicks/hovers/view out. */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PLACE_LAYERS } from '../data/place-schema.ts';
import { actions, useAppStore } from '../app/store.ts';
import { buildStyle } from './build-style.ts';
import { LAYER, placeLayerId } from './ids.ts';
import { MapAdapter } from './map-adapter.ts';
import type { OverlayStyle } from './overlay-style.ts';
import { DrawController, type DrawCallbacks, type DrawTool } from './draw-controller.ts';
import type { Proposal } from '../io/proposal.ts';

export interface MapViewProps {
  overlays?: OverlayStyle;
  /** Clicks on the map that hit no place or station (e.g. the nearest-service probe). */
  onBackgroundClick?: (lon: number, lat: number) => void;
  /** Extra interactive layers (proposals, suggested sites). */
  extraInteractive?: string[];
  /** A click on one of the scenario's proposals (layers named proposals-*). */
  onProposalClick?: (id: string) => void;
  /** Drawing and editing proposals (terra-draw). */
  draw?: { tool: DrawTool; proposals: readonly Proposal[]; callbacks: DrawCallbacks };
}

const BASE_INTERACTIVE = [...PLACE_LAYERS.map(placeLayerId), LAYER.metroStations];

declare global {
  interface Window {
    /** For end-to-end tests and debugging: the live adapter. */
    __atlas?: MapAdapter;
  }
}

export function MapView({ overlays, onBackgroundClick, onProposalClick, extraInteractive = [], draw }: MapViewProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const adapter = useRef<MapAdapter | null>(null);
  const drawer = useRef<DrawController | null>(null);
  const drawCallbacks = useRef<DrawCallbacks | null>(null);
  const lang = useAppStore((s) => s.lang);
  const visible = useAppStore((s) => s.visible);
  const statuses = useAppStore((s) => s.statuses);
  const selectedId = useAppStore((s) => s.selectedId);
  const hoverId = useAppStore((s) => s.hoverId);
  const data = useAppStore((s) => s.data);
  const camera = useAppStore((s) => s.camera);
  const callbacks = useRef({ onBackgroundClick, onProposalClick, interactive: [...BASE_INTERACTIVE, ...extraInteractive] });
  useEffect(() => {
    callbacks.current = { onBackgroundClick, onProposalClick, interactive: [...BASE_INTERACTIVE, ...extraInteractive] };
    drawCallbacks.current = draw?.callbacks ?? null;
  });

  const attribution = useMemo(
    () => ['plan', 'districts', 'jiedao', 'stations', 'tracks', 'lines', 'census', 'worldpop'].map((k) => t(`attribution.${k}`)),
    [t],
  );

  useEffect(() => {
    if (!container.current) return;
    let a: MapAdapter;
    try {
      a = new MapAdapter(container.current, {
        view: useAppStore.getState().view,
        attribution,
        interactiveLayers: () => callbacks.current.interactive,
        onViewChange: actions.setView,
        onClick: (f, ll) => {
          if (f?.layer.startsWith('proposals-')) {
            actions.select(null);
            callbacks.current.onProposalClick?.(f.id);
          } else if (f) actions.select(f.id);
          else {
            actions.select(null);
            callbacks.current.onBackgroundClick?.(ll.lon, ll.lat);
          }
        },
        onHover: (f) => actions.hover(f?.id ?? null),
        onError: (message) => actions.alert('errors.map', { message }),
      });
    } catch {
      actions.alert('errors.noWebgl');
      return;
    }
    adapter.current = a;
    window.__atlas = a;
    return () => {
      drawer.current?.destroy();
      drawer.current = null;
      a.destroy();
      adapter.current = null;
      delete window.__atlas;
    };
    // The map is created once; attribution text follows the language on the next mount only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!data || !adapter.current) return;
    adapter.current.setStyle(buildStyle({ lang, visible, statuses, selectedId, hoverId, data, overlays }));
  }, [lang, visible, statuses, selectedId, hoverId, data, overlays]);

  const tool = draw?.tool ?? 'none';
  const drawProposals = draw?.proposals;
  useEffect(() => {
    const a = adapter.current;
    if (!a) return;
    a.clicksSuspended = tool !== 'none';
    a.whenReady(() => {
      if (!drawer.current && tool === 'none') return;
      drawer.current ??= new DrawController(a.map, {
        onCreated: (g) => drawCallbacks.current?.onCreated(g),
        onEdited: (id, g) => drawCallbacks.current?.onEdited(id, g),
        onSelected: (id) => drawCallbacks.current?.onSelected(id),
      });
      drawer.current.setTool(tool, drawProposals ?? []);
    });
  }, [tool, drawProposals]);

  useEffect(() => {
    if (!camera || !adapter.current) return;
    if (camera.kind === 'view') adapter.current.flyTo(camera.view);
    else adapter.current.fitBounds(camera.bounds);
  }, [camera]);

  return <div ref={container} className="map" data-testid="map" role="region" aria-label={t('appTitle')} />;
}
