/**
 * Draws the place symbols (shape × status) on a 2D canvas context. The map registers them as images
 * and the legend draws the very same pictures, so the legend matches the map exactly.
 */
import { PLACE_LAYERS, STATUSES, type PlaceLayer, type Status } from '../data/place-schema.ts';
import { LAYER_SYMBOLS, STATUS_STYLES, iconId, type Shape } from './symbology.ts';

type Ctx = Pick<
  CanvasRenderingContext2D,
  'beginPath' | 'arc' | 'moveTo' | 'lineTo' | 'closePath' | 'fill' | 'stroke' | 'setLineDash' | 'clearRect'
> & { fillStyle: unknown; strokeStyle: unknown; lineWidth: number };

/** Vertices of a regular polygon (or star) centred at c with radius r. */
function polygon(n: number, c: number, r: number, rotation: number, inner?: number): [number, number][] {
  const pts: [number, number][] = [];
  const count = inner ? n * 2 : n;
  for (let i = 0; i < count; i++) {
    const rr = inner && i % 2 === 1 ? inner : r;
    const a = rotation + (i * 2 * Math.PI) / count;
    pts.push([c + rr * Math.cos(a), c + rr * Math.sin(a)]);
  }
  return pts;
}

function tracePath(ctx: Ctx, shape: Shape, c: number, r: number): void {
  ctx.beginPath();
  if (shape === 'circle') {
    ctx.arc(c, c, r, 0, Math.PI * 2);
    return;
  }
  const up = -Math.PI / 2;
  const pts =
    shape === 'square' ? polygon(4, c, r * 1.2, Math.PI / 4)
    : shape === 'diamond' ? polygon(4, c, r * 1.15, up)
    : shape === 'triangle' ? polygon(3, c * 1.0, r * 1.2, up).map(([x, y]) => [x, y + r * 0.2] as [number, number])
    : shape === 'hexagon' ? polygon(6, c, r * 1.05, 0)
    : shape === 'pentagon' ? polygon(5, c, r * 1.08, up)
    : shape === 'octagon' ? polygon(8, c, r * 1.05, Math.PI / 8)
    : polygon(5, c, r * 1.25, up, r * 0.55); // star
  pts.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
  ctx.closePath();
}

/** Canvas side length in device pixels for a layer's icon. */
export const iconPixels = (layer: PlaceLayer, pixelRatio: number): number =>
  Math.ceil((LAYER_SYMBOLS[layer].size + 6) * pixelRatio);

export function drawPlaceIcon(ctx: Ctx, layer: PlaceLayer, status: Status, pixelRatio: number): void {
  const { shape, colour, size } = LAYER_SYMBOLS[layer];
  const style = STATUS_STYLES[status];
  const side = iconPixels(layer, pixelRatio);
  const c = side / 2;
  const r = (size / 2) * pixelRatio;
  ctx.clearRect(0, 0, side, side);
  // White halo keeps symbols readable on any background.
  tracePath(ctx, shape, c, r + 1.5 * pixelRatio);
  ctx.fillStyle = 'rgba(255,255,255,0.95)';
  ctx.fill();
  tracePath(ctx, shape, c, r);
  if (style.fill !== 'hollow') {
    ctx.fillStyle = colour;
    ctx.fill();
  } else {
    ctx.fillStyle = '#ffffff';
    ctx.fill();
  }
  ctx.lineWidth = (style.fill === 'hollow' ? 2.6 : 1.2) * pixelRatio;
  ctx.strokeStyle = style.fill === 'hollow' ? colour : '#ffffff';
  ctx.setLineDash(style.dashed ? [3 * pixelRatio, 2.2 * pixelRatio] : style.dotted ? [1.2 * pixelRatio, 2 * pixelRatio] : []);
  tracePath(ctx, shape, c, style.fill === 'hollow' ? r - ctx.lineWidth / 2 : r);
  ctx.stroke();
  ctx.setLineDash([]);
  if (style.fill === 'ring') {
    // "To upgrade": a white centre in a solid symbol: there now, changing.
    tracePath(ctx, 'circle', c, r * 0.38);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
  }
}

/** The rings drawn round the selected and the hovered place (a symbol layer, so they follow icon offsets). */
export const HIGHLIGHT_ICON = { selected: 'place-highlight-selected', hover: 'place-highlight-hover' } as const;
const HIGHLIGHT_RADIUS = { selected: 18, hover: 15 } as const;

export function drawHighlight(ctx: Ctx, radius: number, pixelRatio: number): void {
  const side = Math.ceil((radius * 2 + 4) * pixelRatio);
  ctx.clearRect(0, 0, side, side);
  tracePath(ctx, 'circle', side / 2, radius * pixelRatio);
  ctx.fillStyle = 'rgba(255, 213, 79, 0.35)';
  ctx.fill();
  ctx.lineWidth = 3 * pixelRatio;
  ctx.strokeStyle = '#ffd54f';
  ctx.stroke();
}

/** Every (layer, status) icon as ImageData, for map.addImage. Browser only (needs a canvas). */
export function renderAllIcons(pixelRatio: number): { id: string; image: ImageData }[] {
  const out: { id: string; image: ImageData }[] = [];
  for (const layer of PLACE_LAYERS) {
    const side = iconPixels(layer, pixelRatio);
    const canvas = document.createElement('canvas');
    canvas.width = side;
    canvas.height = side;
    const ctx = canvas.getContext('2d');
    if (!ctx) continue;
    for (const status of STATUSES) {
      drawPlaceIcon(ctx, layer, status, pixelRatio);
      out.push({ id: iconId(layer, status), image: ctx.getImageData(0, 0, side, side) });
    }
  }
  for (const kind of ['selected', 'hover'] as const) {
    const side = Math.ceil((HIGHLIGHT_RADIUS[kind] * 2 + 4) * pixelRatio);
    const canvas = document.createElement('canvas');
    canvas.width = side;
    canvas.height = side;
    const ctx = canvas.getContext('2d');
    if (!ctx) continue;
    drawHighlight(ctx, HIGHLIGHT_RADIUS[kind], pixelRatio);
    out.push({ id: HIGHLIGHT_ICON[kind], image: ctx.getImageData(0, 0, side, side) });
  }
  return out;
}
