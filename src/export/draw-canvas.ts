/**
 * Draws a composed page on a 2D canvas (the PNG export): millimetres → pixels at the chosen dpi, the
 * map frame filled with the off-screen map's pixels, text in the shipped Noto Sans SC.
 */
import { drawPlaceIcon, iconPixels } from '../map/icons.ts';
import { SHIPPED_FONT } from '../map/font-faces.ts';
import type { Basic } from './swatch-prims.ts';

const PT_TO_MM = 25.4 / 72;
export const canvasFont = (px: number) => `${px}px "${SHIPPED_FONT}", "Noto Sans CJK SC", sans-serif`;

export function drawPage(ctx: CanvasRenderingContext2D, prims: readonly Basic[], dpi: number, map: CanvasImageSource | null): void {
  const k = dpi / 25.4; // pixels per millimetre
  ctx.save();
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  for (const p of prims) {
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
    switch (p.t) {
      case 'map':
        if (map) ctx.drawImage(map, p.x * k, p.y * k, p.w * k, p.h * k);
        break;
      case 'rect':
        if (p.fill) {
          ctx.globalAlpha = p.opacity ?? 1;
          ctx.fillStyle = p.fill;
          ctx.fillRect(p.x * k, p.y * k, p.w * k, p.h * k);
          ctx.globalAlpha = 1;
        }
        if (p.stroke) {
          ctx.lineWidth = (p.width ?? 0.25) * k;
          ctx.strokeStyle = p.stroke;
          if (p.dash) ctx.setLineDash([0.8 * k, 0.5 * k]);
          ctx.strokeRect(p.x * k, p.y * k, p.w * k, p.h * k);
        }
        break;
      case 'line':
        ctx.globalAlpha = p.opacity ?? 1;
        ctx.strokeStyle = p.stroke;
        ctx.lineWidth = p.width * k;
        if (p.dash) ctx.setLineDash([0.8 * k, 0.5 * k]);
        ctx.beginPath();
        ctx.moveTo(p.x1 * k, p.y1 * k);
        ctx.lineTo(p.x2 * k, p.y2 * k);
        ctx.stroke();
        break;
      case 'path':
        ctx.beginPath();
        p.points.forEach(([x, y], i) => (i ? ctx.lineTo(x * k, y * k) : ctx.moveTo(x * k, y * k)));
        ctx.closePath();
        if (p.fill) {
          ctx.fillStyle = p.fill;
          ctx.fill();
        }
        if (p.stroke) {
          ctx.strokeStyle = p.stroke;
          ctx.lineWidth = (p.width ?? 0.25) * k;
          ctx.stroke();
        }
        break;
      case 'circle':
        ctx.beginPath();
        ctx.arc(p.cx * k, p.cy * k, p.r * k, 0, Math.PI * 2);
        ctx.fillStyle = p.fill;
        ctx.fill();
        ctx.strokeStyle = p.stroke;
        ctx.lineWidth = p.width * k;
        ctx.stroke();
        break;
      case 'icon': {
        const ratio = (p.w * k) / iconPixels(p.layer, 1);
        const side = iconPixels(p.layer, ratio);
        const c = document.createElement('canvas');
        c.width = c.height = side;
        const ic = c.getContext('2d');
        if (!ic) break;
        drawPlaceIcon(ic, p.layer, p.status, ratio);
        ctx.drawImage(c, p.x * k, p.y * k, p.w * k, p.h * k);
        break;
      }
      case 'text':
        ctx.fillStyle = p.colour;
        ctx.font = canvasFont(p.size * PT_TO_MM * k);
        ctx.textAlign = p.align ?? 'left';
        ctx.textBaseline = 'alphabetic';
        ctx.fillText(p.text, p.x * k, p.y * k);
        break;
    }
  }
  ctx.restore();
}

/** A `Measure` for composePage from the canvas' own font metrics: width in mm of text at `size` points. */
export function canvasMeasure(ctx: CanvasRenderingContext2D): (text: string, size: number) => number {
  return (text, size) => {
    ctx.font = canvasFont(100);
    return (ctx.measureText(text).width / 100) * size * PT_TO_MM;
  };
}
