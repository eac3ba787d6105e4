/**
 * The one imperative wrapper around MapLibre. It owns the Map, registers the generated icons, applies
 * style changes by difference at most once per animation frame, and reports clicks, hovers and view
 * changes as plain data. Nothing else in the app touches maplibre-gl.
 */
import {
  addProtocol,
  AttributionControl,
  Map as MLMap,
  NavigationControl,
  removeProtocol,
  ScaleControl,
  setWorkerUrl,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { applyStyle } from './apply-style.ts';
import { renderAllIcons } from './icons.ts';
import { SHIPPED_FONT, SHIPPED_FONT_FACES } from './font-faces.ts';

setWorkerUrl(workerUrl);

export interface PickedFeature {
  id: string;
  layer: string;
  properties: Record<string, unknown>;
}

export interface AdapterOptions {
  view: { lon: number; lat: number; zoom: number };
  attribution: string[];
  /** Layers whose features can be clicked and hovered. */
  interactiveLayers: () => string[];
  /** Layers picked by a click that hits nothing interactive (e.g. a district), with no hover or pointer. */
  passiveLayers?: () => string[];
  /** After a move ends (the URL hash, the app's view). */
  onViewChange: (v: { lon: number; lat: number; zoom: number }) => void;
  /** On every frame of a move (keeping two maps in step). */
  onMove?: (v: { lon: number; lat: number; zoom: number }) => void;
  onClick: (f: PickedFeature | null, lngLat: { lon: number; lat: number }) => void;
  onHover: (f: PickedFeature | null) => void;
  onError: (message: string) => void;
  /** The map has drawn its first complete view (with the shipped data). */
  onFirstIdle?: () => void;
  /** Errors of one source (e.g. basemap tiles that cannot be loaded offline); others go to onError. */
  onSourceError?: (sourceId: string, message: string) => boolean;
}

/** Performance mark set when the map's first complete view is on screen. */
export const FIRST_VIEW_MARK = 'atlas:first-view';

/** Registers a custom tile URL scheme (e.g. pmtiles://) for every map on the page. */
export function registerTileProtocol(scheme: string, load: Parameters<typeof addProtocol>[1]): void {
  removeProtocol(scheme);
  addProtocol(scheme, load);
}

/** Starts empty (buildStyle's layers are applied by difference once loaded) but with the shipped font declared. */
const INITIAL_STYLE: StyleSpecification = { version: 8, sources: {}, layers: [], 'font-faces': { [SHIPPED_FONT]: SHIPPED_FONT_FACES } };

export class MapAdapter {
  readonly map: MLMap;
  private current: StyleSpecification | null = null;
  private pending: StyleSpecification | null = null;
  private frame = 0;
  private loaded = false;
  /** While a drawing tool is active, clicks belong to terra-draw, not to place selection. */
  clicksSuspended = false;
  private readyCallbacks: (() => void)[] = [];

  constructor(container: HTMLElement, private readonly opts: AdapterOptions) {
    this.map = new MLMap({
      container,
      style: INITIAL_STYLE,
      center: [opts.view.lon, opts.view.lat],
      zoom: opts.view.zoom,
      minZoom: 6,
      maxZoom: 18,
      attributionControl: false,
      // Keep panning around the Pearl River Delta; nothing else is in the shipped data.
      maxBounds: [[112.0, 21.3], [116.8, 24.0]],
      dragRotate: false,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
    this.map.addControl(new AttributionControl({ compact: true, customAttribution: opts.attribution }), 'bottom-right');
    // Start with the attribution folded: it stays one click away without covering the map.
    this.map.once('render', () => container.querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show'));
    this.map.on('load', () => {
      for (const { id, image } of renderAllIcons(window.devicePixelRatio || 1)) {
        if (!this.map.hasImage(id)) this.map.addImage(id, image, { pixelRatio: window.devicePixelRatio || 1 });
      }
      this.loaded = true;
      this.flush();
      // 'idle' after the first style with data: everything of the first view is on screen.
      const waitForData = () => {
        if (this.current?.layers.length) {
          performance.mark(FIRST_VIEW_MARK); // what loaded before this is the first load (tests, devtools)
          opts.onFirstIdle?.();
        }
        else this.map.once('idle', waitForData);
      };
      this.map.once('idle', waitForData);
      for (const cb of this.readyCallbacks.splice(0)) cb();
    });
    this.map.on('error', (e) => {
      const message = String(e.error?.message ?? 'map error');
      const sourceId = (e as { sourceId?: unknown }).sourceId;
      if (typeof sourceId === 'string' && opts.onSourceError?.(sourceId, message)) return;
      opts.onError(message);
    });
    const view = () => ({ lon: this.map.getCenter().lng, lat: this.map.getCenter().lat, zoom: this.map.getZoom() });
    this.map.on('moveend', () => opts.onViewChange(view()));
    if (opts.onMove) this.map.on('move', () => opts.onMove!(view()));
    this.map.on('click', (e) => {
      if (!this.clicksSuspended) opts.onClick(this.pick(e.point) ?? this.pickPassive(e.point), { lon: e.lngLat.lng, lat: e.lngLat.lat });
    });
    this.map.on('mousemove', (e) => {
      if (this.clicksSuspended) return;
      const f = this.pick(e.point);
      this.map.getCanvas().style.cursor = f ? 'pointer' : '';
      opts.onHover(f);
    });
    this.map.on('mouseout', () => opts.onHover(null));
  }

  /** Run once the map has loaded (immediately if it has). */
  whenReady(cb: () => void): void {
    if (this.loaded) cb();
    else this.readyCallbacks.push(cb);
  }

  /** Queue a style; the latest one wins and is applied on the next animation frame. */
  setStyle(style: StyleSpecification): void {
    this.pending = style;
    if (this.loaded && !this.frame) this.frame = requestAnimationFrame(() => this.flush());
  }

  private flush(): void {
    this.frame = 0;
    if (!this.loaded || !this.pending) return;
    const next = this.pending;
    this.pending = null;
    try {
      applyStyle(this.map, this.current, next);
      this.current = next;
    } catch (e) {
      this.opts.onError(e instanceof Error ? e.message : String(e));
    }
  }

  private pick(point: { x: number; y: number }): PickedFeature | null {
    if (!this.loaded) return null;
    const layers = this.opts.interactiveLayers().filter((id) => this.map.getLayer(id));
    if (!layers.length) return null;
    const box: [[number, number], [number, number]] = [[point.x - 4, point.y - 4], [point.x + 4, point.y + 4]];
    const f = this.map.queryRenderedFeatures(box, { layers })[0];
    const id = f?.properties?.id;
    return f && typeof id === 'string' ? { id, layer: f.layer.id, properties: f.properties } : null;
  }

  /**
   * The style the map draws now (the latest queued one if a change is pending), with the shipped font
   * declared: what a printed page draws (print-map.ts). Null before the first style.
   */
  printableStyle(): StyleSpecification | null {
    const style = this.pending ?? this.current;
    return style ? { ...style, 'font-faces': style['font-faces'] ?? INITIAL_STYLE['font-faces'] } : null;
  }

  /** The map's size on screen in CSS pixels. */
  size(): { width: number; height: number } {
    const c = this.map.getContainer();
    return { width: c.clientWidth, height: c.clientHeight };
  }

  /** The topmost passive feature exactly under the point (no slack: area edges must not blur). */
  private pickPassive(point: { x: number; y: number }): PickedFeature | null {
    if (!this.loaded) return null;
    const layers = (this.opts.passiveLayers?.() ?? []).filter((id) => this.map.getLayer(id));
    if (!layers.length) return null;
    const f = this.map.queryRenderedFeatures([point.x, point.y], { layers })[0];
    const id = f?.properties?.id;
    return f && typeof id === 'string' ? { id, layer: f.layer.id, properties: f.properties } : null;
  }

  flyTo(v: { lon: number; lat: number; zoom: number }): void {
    this.map.flyTo({ center: [v.lon, v.lat], zoom: v.zoom, essential: true, duration: 800 });
  }

  fitBounds(b: [number, number, number, number]): void {
    this.map.fitBounds([[b[0], b[1]], [b[2], b[3]]], { padding: 40, duration: 800 });
  }

  /** Apply a view without animation (hash changes, reloads). */
  jumpTo(v: { lon: number; lat: number; zoom: number }): void {
    this.map.jumpTo({ center: [v.lon, v.lat], zoom: v.zoom });
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.map.remove();
  }
}
