/**
 * React host for the map adapter: state in (props), clicks/hovers/view out (callbacks). It knows no
 * store; src/app/MapHost.tsx connects it to the app's.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLACE_LAYERS } from '../data/place-schema.ts';
import type { CameraRequest, View } from '../state-types.ts';
import { buildStyle, type StyleInput } from './build-style.ts';
import { AREA_HIT_LAYERS, LAYER, PROPOSAL_SOURCE, placeLayerId } from './ids.ts';
import type { AreaRef } from '../state-types.ts';
import { MapAdapter } from './map-adapter.ts';
import type { OverlayStyle } from './overlay-style.ts';
import type { DrawCallbacks, DrawController, DrawTool } from './draw-controller.ts';
import type { Proposal } from '../io/proposal.ts';

/** What the map draws: the style input (without overlays) and the latest camera request. */
export type MapViewState = Omit<StyleInput, 'data' | 'overlays'> & { data: StyleInput['data'] | null; camera: CameraRequest | null };

export interface MapViewProps {
  state: MapViewState;
  /** Where the map opens (later moves come as camera requests). */
  initialView: View;
  onViewChange: (view: View) => void;
  /** A click on a plan place or station (its id), or on nothing (null). */
  onSelect: (id: string | null) => void;
  onHover: (id: string | null) => void;
  /** A message for the user: an i18n key of the common namespace, with its parameters. */
  onAlert: (key: string, params?: Record<string, string>) => void;
  overlays?: OverlayStyle;
  /** Clicks on the map that hit no place or station (e.g. the nearest-service probe). */
  onBackgroundClick?: (lon: number, lat: number) => void;
  /** Such a click on a district or 街道 (null: outside them, e.g. at sea). */
  onAreaClick?: (area: AreaRef | null) => void;
  /** Extra interactive layers (proposals, suggested sites). */
  extraInteractive?: string[];
  /** A click on one of the scenario's proposals (layers named proposals-*). */
  onProposalClick?: (id: string) => void;
  /** The adapter once the map exists, null when it is gone (print export draws its style). */
  onAdapter?: (adapter: MapAdapter | null) => void;
  /** Drawing and editing proposals (terra-draw). */
  draw?: { tool: DrawTool; proposals: readonly Proposal[]; callbacks: DrawCallbacks };
  /** A source's tiles failed to load (e.g. the street basemap offline); return true if handled, else it is a map error. */
  onSourceError?: (sourceId: string, message: string) => boolean;
  /** The first complete view is on screen (used to start background work such as offline caching). */
  onFirstIdle?: () => void;
}

let drawing: Promise<typeof import('./draw-controller.ts')> | null = null;
const loadDrawing = () => {
  drawing ??= import('./draw-controller.ts');
  drawing.catch(() => (drawing = null)); // a failed load (offline) may be retried
  return drawing;
};

const BASE_INTERACTIVE = [...PLACE_LAYERS.map(placeLayerId), LAYER.metroStations, LAYER.zoneFill, LAYER.axisLine];
const AREA_LAYERS = Object.keys(AREA_HIT_LAYERS);
const PROPOSAL_LAYER_PREFIX = `${PROPOSAL_SOURCE}-`;

declare global {
  interface Window {
    /** For end-to-end tests and debugging: the live adapter. */
    __atlas?: MapAdapter;
  }
}

export function MapView(props: MapViewProps) {
  const { state, overlays, extraInteractive = [], draw } = props;
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const adapter = useRef<MapAdapter | null>(null);
  const drawer = useRef<DrawController | null>(null);
  const drawCallbacks = useRef<DrawCallbacks | null>(null);
  const { lang, visible, statuses, selectedId, hoverId, data, camera, basemap, selectedArea, areaOnly } = state;
  const callbacks = useRef({ props, interactive: [...BASE_INTERACTIVE, ...extraInteractive] });
  useEffect(() => {
    callbacks.current = { props, interactive: [...BASE_INTERACTIVE, ...extraInteractive] };
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
      const cb = () => callbacks.current.props;
      a = new MapAdapter(container.current, {
        view: props.initialView,
        attribution,
        interactiveLayers: () => callbacks.current.interactive,
        passiveLayers: () => AREA_LAYERS,
        onViewChange: (v) => cb().onViewChange(v),
        onClick: (f, ll) => {
          if (f?.layer.startsWith(PROPOSAL_LAYER_PREFIX)) {
            cb().onSelect(null);
            cb().onProposalClick?.(f.id);
          } else if (f && !AREA_HIT_LAYERS[f.layer]) cb().onSelect(f.id);
          else {
            cb().onSelect(null);
            cb().onAreaClick?.(f ? { kind: AREA_HIT_LAYERS[f.layer]!, id: f.id } : null);
            cb().onBackgroundClick?.(ll.lon, ll.lat);
          }
        },
        onHover: (f) => cb().onHover(f?.id ?? null),
        onError: (message) => cb().onAlert('errors.map', { message }),
        onSourceError: (sourceId, message) => cb().onSourceError?.(sourceId, message) ?? false,
        onFirstIdle: () => cb().onFirstIdle?.(),
      });
    } catch {
      props.onAlert('errors.noWebgl');
      return;
    }
    adapter.current = a;
    window.__atlas = a;
    props.onAdapter?.(a);
    return () => {
      props.onAdapter?.(null);
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
    adapter.current.setStyle(buildStyle({ lang, visible, statuses, selectedId, hoverId, data, overlays, basemap, selectedArea, areaOnly }));
  }, [lang, visible, statuses, selectedId, hoverId, data, overlays, basemap, selectedArea, areaOnly]);

  const tool = draw?.tool ?? 'none';
  const drawProposals = draw?.proposals;
  /** The tool terra-draw has actually taken up (its code loads on first use): shown as data-draw-tool. */
  const [activeTool, setActiveTool] = useState<DrawTool>('none');
  useEffect(() => {
    const a = adapter.current;
    if (!a) return;
    a.clicksSuspended = tool !== 'none';
    a.whenReady(() => {
      if (!drawer.current && tool === 'none') return;
      // Drawing code (terra-draw) is loaded when a tool is first chosen; calls resolve in order, so the latest tool wins.
      void loadDrawing().then(({ DrawController }) => {
        if (adapter.current !== a) return; // the map was removed meanwhile
        drawer.current ??= new DrawController(a.map, {
          onCreated: (g) => drawCallbacks.current?.onCreated(g),
          onEdited: (id, g) => drawCallbacks.current?.onEdited(id, g),
          onSelected: (id) => drawCallbacks.current?.onSelected(id),
        });
        drawer.current.setTool(tool, drawProposals ?? []);
        setActiveTool(tool);
      }, (e: unknown) => props.onAlert('errors.map', { message: e instanceof Error ? e.message : String(e) }));
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tool, drawProposals]);

  useEffect(() => {
    if (!camera || !adapter.current) return;
    if (camera.kind === 'view') adapter.current.flyTo(camera.view);
    else adapter.current.fitBounds(camera.bounds);
  }, [camera]);

  return <div ref={container} className="map" data-testid="map" data-draw-tool={activeTool} role="region" aria-label={t('appTitle')} />;
}
