/**
 * The map for a printed page, drawn off screen: a hidden container sized to the page's map frame in
 * CSS pixels and a MapLibre map with pixelRatio = dpi / 96, so its canvas has exactly the pixels the
 * frame needs at the chosen dpi while labels, icons and line widths keep their on-screen size in CSS
 * pixels (1/96 inch on paper). It draws the live map's own style (MapAdapter.printableStyle), waits
 * until everything is drawn ('idle'), copies the pixels and says which layers have something in the
 * frame (for the legend). One map per page; removed at once. Knows no store.
 */
import { Map as MLMap, type StyleSpecification } from 'maplibre-gl';
import { renderAllIcons } from './icons.ts';

export interface PrintMapRequest {
  style: StyleSpecification;
  /** Frame size in CSS pixels. */
  width: number;
  height: number;
  pixelRatio: number;
  center: { lon: number; lat: number };
  zoom: number;
}

export interface PrintMap {
  canvas: HTMLCanvasElement;
  /** Ids of layers with at least one feature drawn inside the frame. */
  layersInFrame: Set<string>;
}

export type PrintMapFailure = 'webgl' | 'tooLarge' | 'contextLost' | 'cancelled' | 'timeout';
export class PrintMapError extends Error {
  constructor(readonly reason: PrintMapFailure, message: string = reason) {
    super(message);
  }
}

/** The largest canvas side WebGL can draw here (texture, renderbuffer and viewport limits), or 0 without WebGL. */
export function maxCanvasSide(): number {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return 0;
  const dims = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  const side = Math.min(gl.getParameter(gl.MAX_TEXTURE_SIZE) as number, gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number, dims[0]!, dims[1]!);
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return side;
}

export function renderPrintMap(req: PrintMapRequest, signal?: AbortSignal, timeoutMs = 180_000): Promise<PrintMap> {
  const pxW = Math.round(req.width * req.pixelRatio);
  const pxH = Math.round(req.height * req.pixelRatio);
  const limit = maxCanvasSide();
  if (!limit) return Promise.reject(new PrintMapError('webgl'));
  if (pxW > limit || pxH > limit) return Promise.reject(new PrintMapError('tooLarge', `${pxW} × ${pxH} > ${limit}`));

  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.dataset.testid = 'print-map';
  Object.assign(box.style, { position: 'fixed', left: '-100000px', top: '0', width: `${req.width}px`, height: `${req.height}px`, pointerEvents: 'none' });
  document.body.appendChild(box);

  return new Promise<PrintMap>((resolve, reject) => {
    let map: MLMap | null = null;
    let timer = 0;
    const done = (err: Error | null, value?: PrintMap) => {
      window.clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      map?.remove();
      box.remove();
      if (err) reject(err);
      else resolve(value!);
    };
    const onAbort = () => done(new PrintMapError('cancelled'));
    if (signal?.aborted) return done(new PrintMapError('cancelled'));
    signal?.addEventListener('abort', onAbort);
    timer = window.setTimeout(() => done(new PrintMapError('timeout')), timeoutMs);
    try {
      map = new MLMap({
        container: box,
        style: req.style,
        center: [req.center.lon, req.center.lat],
        zoom: req.zoom,
        pixelRatio: req.pixelRatio,
        maxCanvasSize: [limit, limit],
        interactive: false,
        attributionControl: false,
        fadeDuration: 0,
        canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
      });
    } catch (e) {
      return done(new PrintMapError('webgl', e instanceof Error ? e.message : String(e)));
    }
    const m = map;
    const icons = new Map(renderAllIcons(req.pixelRatio).map((i) => [i.id, i.image]));
    m.on('styleimagemissing', (e: { id: string }) => {
      const image = icons.get(e.id);
      if (image && !m.hasImage(e.id)) m.addImage(e.id, image, { pixelRatio: req.pixelRatio });
    });
    m.on('webglcontextlost', () => done(new PrintMapError('contextLost')));
    m.once('idle', () => {
      const source = m.getCanvas();
      // The container's CSS size is whole pixels, so the canvas may differ from the request by a pixel
      // or two (it is scaled into the frame); much smaller means MapLibre clamped it: too large here.
      if (source.width < pxW * 0.98 || source.height < pxH * 0.98) return done(new PrintMapError('tooLarge', `${source.width} × ${source.height}`));
      const canvas = document.createElement('canvas');
      canvas.width = pxW;
      canvas.height = pxH;
      const ctx = canvas.getContext('2d');
      if (!ctx) return done(new PrintMapError('tooLarge'));
      ctx.drawImage(source, 0, 0, pxW, pxH);
      const layersInFrame = new Set(m.queryRenderedFeatures().map((f) => f.layer.id));
      done(null, { canvas, layersInFrame });
    });
  });
}
