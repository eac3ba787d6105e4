/**
 * Legend swatches as plain drawing primitives, so the canvas (PNG) and the PDF draw them alike: a fill
 * is a square with the layer's colour, opacity and outline; a line is one stroke (several colours, e.g.
 * the metro lines, as stacked strokes); a circle is a dot with its outline (and a rank number for
 * suggested sites); a plan icon stays an icon (both renderers draw icons.ts' own picture).
 */
import type { PlaceLayer, Status } from '../data/place-schema.ts';
import type { Prim } from './compose-page.ts';

export type Basic =
  | { t: 'text'; x: number; y: number; text: string; size: number; colour: string; align?: 'left' | 'center' | 'right' }
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill?: string; stroke?: string; width?: number; opacity?: number; dash?: boolean }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number; opacity?: number; dash?: boolean }
  | { t: 'path'; points: [number, number][]; fill?: string; stroke?: string; width?: number }
  | { t: 'circle'; cx: number; cy: number; r: number; fill: string; stroke: string; width: number }
  | { t: 'map'; x: number; y: number; w: number; h: number }
  | { t: 'icon'; x: number; y: number; w: number; h: number; layer: PlaceLayer; status: Status };

/** Millimetres per CSS pixel: line widths in the style are CSS pixels. */
const MM_PER_PX = 25.4 / 96;

export function toBasic(prims: readonly Prim[]): Basic[] {
  const out: Basic[] = [];
  for (const p of prims) {
    if (p.t !== 'swatch') {
      out.push(p);
      continue;
    }
    const { x, y, w, h, swatch: s } = p;
    if (s.kind === 'icon') out.push({ t: 'icon', x, y, w, h, layer: s.layer, status: s.status });
    else if (s.kind === 'fill') {
      out.push({ t: 'rect', x, y, w, h, fill: s.fill, opacity: s.opacity });
      if (s.stroke) out.push({ t: 'rect', x, y, w, h, stroke: s.stroke, width: 0.25, dash: s.dash });
    } else if (s.kind === 'line') {
      const colours = s.colours.length > 4 ? [0, 1, 2, 3].map((i) => s.colours[Math.round((i * (s.colours.length - 1)) / 3)]!) : s.colours;
      const width = Math.max(0.2, Math.min(h / (colours.length + 1), s.width * MM_PER_PX));
      colours.forEach((c, i) => {
        const cy = y + (h * (i + 1)) / (colours.length + 1);
        out.push({ t: 'line', x1: x, y1: cy, x2: x + w, y2: cy, stroke: c, width, opacity: s.opacity, dash: s.dash });
      });
    } else {
      const r = Math.min(w, h) * (s.text ? 0.45 : 0.3);
      out.push({ t: 'circle', cx: x + w / 2, cy: y + h / 2, r, fill: s.fill, stroke: s.stroke, width: 0.3 });
      if (s.text) out.push({ t: 'text', x: x + w / 2, y: y + h / 2 + r * 0.55, text: s.text, size: (r * 2 * 72) / 25.4 * 0.75, colour: '#ffffff', align: 'center' });
    }
  }
  return out;
}
