/**
 * A printed page as a display list, in millimetres from the top-left corner: the same list is drawn on
 * a canvas (PNG) and written with pdf-lib (PDF, real text), so both exports have the same layout.
 * Pure: text is measured by a function the renderer passes in (the canvas or the PDF font), so a long
 * title or a long credit line wraps or shrinks the same way in both.
 */
import type { Box, PageLayout } from './page-layout.ts';
import type { Swatch } from './legend.ts';
import type { ScaleBar } from './scale-bar.ts';

export type Prim =
  | { t: 'text'; x: number; y: number; text: string; size: number; colour: string; align?: 'left' | 'center' | 'right' }
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill?: string; stroke?: string; width?: number }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }
  | { t: 'path'; points: [number, number][]; fill?: string; stroke?: string; width?: number }
  | { t: 'map'; x: number; y: number; w: number; h: number }
  | { t: 'swatch'; x: number; y: number; w: number; h: number; swatch: Swatch };

/** Width in millimetres of `text` at `size` points. */
export type Measure = (text: string, size: number) => number;

export interface PageContent {
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: { label: string; swatches: Swatch[] }[];
  /** Scale bar with its length in millimetres, and the "1 : N" text. */
  scale: { bar: ScaleBar; ratio: string };
  north: string;
  results: { title: string; header: string[]; rows: string[][] } | { title: string; bars: { label: string; value: number }[]; unit: string } | null;
  credits: string[];
  footer: string;
  /** The line that stands for entries or rows that do not fit, e.g. "另有 12 项未列出". */
  more: (n: number) => string;
}

const PT = 25.4 / 72; // millimetres per point
const INK = '#222222';
const GREY = '#666666';

/** Greedy wrapping: CJK breaks between any two characters, Latin at spaces. */
export function wrap(text: string, size: number, width: number, measure: Measure): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    const next = line + tok;
    if (line && measure(next.trimEnd(), size) > width) {
      lines.push(line.trimEnd());
      line = /^\s+$/.test(tok) ? '' : tok;
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The largest size ≤ `size` (down to `min`) at which `text` fits `width`; past that, cut with an ellipsis. */
export function fit(text: string, size: number, min: number, width: number, measure: Measure): { text: string; size: number } {
  for (let s = size; s >= min; s -= 0.5) if (measure(text, s) <= width) return { text, size: s };
  let cut = text;
  while (cut.length > 1 && measure(`${cut}…`, min) > width) cut = cut.slice(0, -1);
  return { text: `${cut}…`, size: min };
}

function northArrow(box: Box, k: number, label: string): Prim[] {
  const w = 7 * k;
  const cx = box.x + box.w - 6 * k - w / 2;
  const top = box.y + 5 * k;
  const h = 11 * k;
  return [
    { t: 'rect', x: cx - w / 2 - 1.5 * k, y: top - 1.5 * k, w: w + 3 * k, h: h + 8 * k, fill: '#ffffff' },
    { t: 'path', points: [[cx, top], [cx + w / 2, top + h], [cx, top + h * 0.72]], fill: INK },
    { t: 'path', points: [[cx, top], [cx - w / 2, top + h], [cx, top + h * 0.72]], fill: '#ffffff', stroke: INK, width: 0.3 * k },
    { t: 'text', x: cx, y: top + h + 5 * k, text: label, size: 9 * k, colour: INK, align: 'center' },
  ];
}

function scaleBox(box: Box, k: number, scale: PageContent['scale']): Prim[] {
  const { bar, ratio } = scale;
  const x = box.x + 5 * k;
  const y = box.y + box.h - 7 * k;
  const h = 1.6 * k;
  const out: Prim[] = [{ t: 'rect', x: x - 2.5 * k, y: y - 6.5 * k, w: bar.length + 16 * k, h: 12 * k, fill: '#ffffff' }];
  for (let i = 0; i < bar.ticks.length - 1; i++) {
    out.push({ t: 'rect', x: x + bar.ticks[i]!, y, w: bar.ticks[i + 1]! - bar.ticks[i]!, h, fill: i % 2 ? '#ffffff' : INK, stroke: INK, width: 0.25 * k });
  }
  out.push(
    { t: 'text', x, y: y - 1.2 * k, text: '0', size: 7 * k, colour: INK, align: 'center' },
    { t: 'text', x: x + bar.length, y: y - 1.2 * k, text: bar.label, size: 7 * k, colour: INK, align: 'left' },
    { t: 'text', x, y: y + h + 3.2 * k, text: ratio, size: 6.5 * k, colour: GREY, align: 'left' },
  );
  return out;
}

/**
 * The legend: one column at full size; if that does not hold every entry, two columns with rows shrunk
 * down to 3.8 mm; whatever still does not fit is counted on the last line, never silently dropped.
 */
function legendBox(box: Box, k: number, c: PageContent, measure: Measure): Prim[] {
  const out: Prim[] = [{ t: 'text', x: box.x, y: box.y + 4 * k, text: c.legendTitle, size: 10 * k, colour: INK }];
  const top = box.y + 8 * k;
  const avail = box.y + box.h - top;
  const n = c.legend.length;
  const full = 5.2 * k;
  const cols = n * full <= avail ? 1 : 2;
  const row = Math.max(3.8 * k, Math.min(full, avail / Math.ceil(n / cols)));
  const perCol = Math.max(1, Math.floor(avail / row + 1e-9));
  const capacity = perCol * cols;
  const shown = n <= capacity ? c.legend : c.legend.slice(0, capacity - 1);
  const sw = Math.min(4.2 * k, row - 1 * k);
  const size = 7.5 * k * (row / full);
  const gap = 3 * k;
  const colW = (box.w - gap * (cols - 1)) / cols;
  const at = (i: number) => ({ x: box.x + Math.floor(i / perCol) * (colW + gap), y: top + (i % perCol) * row });
  shown.forEach((item, i) => {
    const { x, y } = at(i);
    const swW = item.swatches.length * (sw + 0.8 * k);
    item.swatches.forEach((s, j) => out.push({ t: 'swatch', x: x + j * (sw + 0.8 * k), y, w: sw, h: sw, swatch: s }));
    const label = fit(item.label, size, Math.min(6 * k, size), colW - swW - 1.5 * k, measure);
    out.push({ t: 'text', x: x + swW + 1.5 * k, y: y + sw * 0.8, text: label.text, size: label.size, colour: INK });
  });
  if (shown.length < n) {
    const { x, y } = at(shown.length);
    out.push({ t: 'text', x, y: y + sw * 0.8, text: fit(c.more(n - shown.length), size, Math.min(6 * k, size), colW, measure).text, size, colour: GREY });
  }
  return out;
}

function resultsBox(box: Box, k: number, r: NonNullable<PageContent['results']>, more: PageContent['more'], measure: Measure): Prim[] {
  const out: Prim[] = [{ t: 'text', x: box.x, y: box.y + 4 * k, text: fit(r.title, 9 * k, 7 * k, box.w, measure).text, size: 9 * k, colour: INK }];
  let y = box.y + 8 * k;
  if ('rows' in r) {
    const cols = r.header.length;
    const first = box.w * 0.34;
    const colW = (box.w - first) / Math.max(1, cols - 1);
    const xOf = (i: number) => (i === 0 ? box.x : box.x + first + colW * i);
    const line = 4 * k;
    const cell = (text: string, i: number, y0: number, colour: string): Prim => {
      const f = fit(text, 6.5 * k, 5 * k, (i === 0 ? first : colW) - 0.5 * k, measure);
      return { t: 'text', x: i === 0 ? box.x : xOf(i), y: y0 + 3 * k, text: f.text, size: f.size, colour, align: i === 0 ? 'left' : 'right' };
    };
    r.header.forEach((h, i) => out.push(cell(h, i, y, GREY)));
    y += line;
    out.push({ t: 'line', x1: box.x, y1: y, x2: box.x + box.w, y2: y, stroke: INK, width: 0.2 * k });
    // Rows that do not fit are counted on the last line (the table in the app and its CSV have them all).
    const fits = Math.max(0, Math.floor((box.y + box.h - y) / line + 1e-9));
    const rows = r.rows.length <= fits ? r.rows : r.rows.slice(0, Math.max(0, fits - 1));
    for (const cells of rows) {
      cells.forEach((text, i) => out.push(cell(text, i, y, INK)));
      y += line;
    }
    if (rows.length < r.rows.length && fits > 0) {
      out.push({ t: 'text', x: box.x, y: y + 3 * k, text: fit(more(r.rows.length - rows.length), 6.5 * k, 5 * k, box.w, measure).text, size: 6.5 * k, colour: GREY });
    }
    return out;
  }
  const labelW = box.w * 0.3;
  const barW = box.w - labelW - 10 * k;
  const line = Math.min(4.5 * k, (box.y + box.h - y) / Math.max(1, r.bars.length));
  for (const b of r.bars) {
    out.push({ t: 'text', x: box.x, y: y + line * 0.7, text: fit(b.label, 6.5 * k, 5 * k, labelW - k, measure).text, size: 6.5 * k, colour: INK });
    out.push({ t: 'rect', x: box.x + labelW, y: y + line * 0.15, w: Math.max(0, Math.min(1, b.value)) * barW, h: line * 0.7, fill: '#2e7d32' });
    out.push({ t: 'text', x: box.x + labelW + barW + 9.5 * k, y: y + line * 0.7, text: `${(b.value * 100).toFixed(1)}${r.unit}`, size: 6 * k, colour: INK, align: 'right' });
    y += line;
  }
  return out;
}

export function composePage(layout: PageLayout, c: PageContent, measure: Measure): Prim[] {
  const k = layout.scale;
  const { title: tb, map, credits } = layout;
  const title = fit(c.title, 18 * k, 11 * k, tb.w, measure);
  const out: Prim[] = [
    { t: 'text', x: tb.x, y: tb.y + title.size * PT * 0.9, text: title.text, size: title.size, colour: INK },
    { t: 'text', x: tb.x, y: tb.y + tb.h - 1 * k, text: fit(c.subtitle, 9.5 * k, 7 * k, tb.w, measure).text, size: 9.5 * k, colour: GREY },
    { t: 'map', x: map.x, y: map.y, w: map.w, h: map.h },
    { t: 'rect', x: map.x, y: map.y, w: map.w, h: map.h, stroke: INK, width: 0.35 * k },
    ...northArrow(map, k, c.north),
    ...scaleBox(map, k, c.scale),
    ...legendBox(layout.legend, k, c, measure),
    ...(c.results ? resultsBox(layout.results, k, c.results, c.more, measure) : []),
  ];
  const lines = c.credits.flatMap((line) => wrap(line, 6 * k, credits.w, measure));
  const lineH = 6 * k * PT * 1.25;
  const shown = lines.slice(0, Math.max(1, Math.floor(credits.h / lineH)));
  shown.forEach((l, i) => out.push({ t: 'text', x: credits.x, y: credits.y + lineH * (i + 1) - lineH * 0.25, text: l, size: 6 * k, colour: GREY }));
  out.push({ t: 'text', x: layout.width - layout.title.x, y: layout.height - 4 * k, text: c.footer, size: 6 * k, colour: GREY, align: 'right' });
  return out;
}

/** Every character the page will draw (the PDF subsets its font to exactly these, plus digits). */
export const pageText = (prims: readonly Prim[]): string =>
  [...new Set(prims.flatMap((p) => (p.t === 'text' ? [...p.text] : [])))].join('');
