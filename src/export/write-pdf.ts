/**
 * Writes composed pages into a PDF with pdf-lib: one PDF page per printed page, in points; the map as
 * a raster image at the chosen dpi; every text as real text in the embedded, subset Noto Sans SC (so
 * it can be searched, copied and extracted); frames, scale bar, north arrow and legend swatches as
 * vector graphics; plan icons as small images of the map's own symbols.
 * Loaded only when an export starts (pdf-lib and fontkit come with it).
 */
import { PDFDocument, rgb, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import type { PlaceLayer, Status } from '../data/place-schema.ts';
import type { Basic } from './swatch-prims.ts';

const PT_PER_MM = 72 / 25.4;

export interface PdfPageInput {
  width: number;
  height: number;
  prims: readonly Basic[];
  /** The map frame's pixels, PNG. */
  map: Uint8Array | null;
}

export interface PdfFontInput {
  /** A TrueType font already subset to the pages' characters. */
  bytes: Uint8Array;
  has: (codePoint: number) => boolean;
}

export interface PdfMeta {
  title: string;
  subject: string;
  creator: string;
  language: string;
}

const colour = (hex: string) => {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h.slice(0, 6);
  const n = parseInt(full, 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
};

/** Splits text into runs, each drawn with the first font that has its characters (fallbacks for rare ones). */
export function fontRuns(text: string, has: ((cp: number) => boolean)[]): { font: number; text: string }[] {
  const runs: { font: number; text: string }[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let f = has.findIndex((h) => h(cp));
    if (f < 0) f = 0; // no font has it: the primary's .notdef, as any viewer would show
    const last = runs[runs.length - 1];
    if (last && last.font === f) last.text += ch;
    else runs.push({ font: f, text: ch });
  }
  return runs;
}

export async function writePdf(
  pages: readonly PdfPageInput[],
  fontInputs: readonly PdfFontInput[],
  iconPng: (layer: PlaceLayer, status: Status) => Promise<Uint8Array>,
  meta: PdfMeta,
  onPage?: (done: number) => void | Promise<void>,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.creator);
  doc.setLanguage(meta.language);
  const fonts: PDFFont[] = [];
  for (const f of fontInputs) fonts.push(await doc.embedFont(f.bytes, { subset: false }));
  const has = fontInputs.map((f) => f.has);
  const icons = new Map<string, PDFImage>();
  const icon = async (layer: PlaceLayer, status: Status) => {
    const key = `${layer}/${status}`;
    if (!icons.has(key)) icons.set(key, await doc.embedPng(await iconPng(layer, status)));
    return icons.get(key)!;
  };

  for (const [i, p] of pages.entries()) {
    const page = doc.addPage([p.width * PT_PER_MM, p.height * PT_PER_MM]);
    const H = p.height;
    const X = (mm: number) => mm * PT_PER_MM;
    const Y = (mm: number) => (H - mm) * PT_PER_MM;
    for (const q of p.prims) await drawPrim(page, q, { X, Y, fonts, has, icon, map: p.map, doc });
    await onPage?.(i + 1);
  }
  return doc.save();
}

interface Ctx {
  X: (mm: number) => number;
  Y: (mm: number) => number;
  fonts: PDFFont[];
  has: ((cp: number) => boolean)[];
  icon: (layer: PlaceLayer, status: Status) => Promise<PDFImage>;
  map: Uint8Array | null;
  doc: PDFDocument;
}

async function drawPrim(page: PDFPage, q: Basic, c: Ctx): Promise<void> {
  const { X, Y } = c;
  const dash = (on?: boolean) => (on ? [X(0.8), X(0.5)] : undefined);
  switch (q.t) {
    case 'map':
      if (c.map) page.drawImage(await c.doc.embedPng(c.map), { x: X(q.x), y: Y(q.y + q.h), width: X(q.w), height: X(q.h) });
      break;
    case 'rect':
      page.drawRectangle({
        x: X(q.x), y: Y(q.y + q.h), width: X(q.w), height: X(q.h),
        ...(q.fill ? { color: colour(q.fill), opacity: q.opacity ?? 1 } : {}),
        ...(q.stroke ? { borderColor: colour(q.stroke), borderWidth: X(q.width ?? 0.25), borderDashArray: dash(q.dash) } : { borderWidth: 0 }),
      });
      break;
    case 'line':
      page.drawLine({ start: { x: X(q.x1), y: Y(q.y1) }, end: { x: X(q.x2), y: Y(q.y2) }, thickness: X(q.width), color: colour(q.stroke), opacity: q.opacity ?? 1, dashArray: dash(q.dash) });
      break;
    case 'path': {
      const d = q.points.map(([x, y], i) => `${i ? 'L' : 'M'}${X(x).toFixed(2)},${(X(y)).toFixed(2)}`).join(' ') + ' Z';
      page.drawSvgPath(d, {
        x: 0, y: Y(0),
        ...(q.fill ? { color: colour(q.fill) } : {}),
        ...(q.stroke ? { borderColor: colour(q.stroke), borderWidth: X(q.width ?? 0.25) } : {}),
      });
      break;
    }
    case 'circle':
      page.drawCircle({ x: X(q.cx), y: Y(q.cy), size: X(q.r), color: colour(q.fill), borderColor: colour(q.stroke), borderWidth: X(q.width) });
      break;
    case 'icon':
      page.drawImage(await c.icon(q.layer, q.status), { x: X(q.x), y: Y(q.y + q.h), width: X(q.w), height: X(q.h) });
      break;
    case 'text': {
      const runs = fontRuns(q.text, c.has);
      const widths = runs.map((r) => c.fonts[r.font]!.widthOfTextAtSize(r.text, q.size));
      const total = widths.reduce((a, b) => a + b, 0);
      let x = X(q.x) - (q.align === 'right' ? total : q.align === 'center' ? total / 2 : 0);
      runs.forEach((r, i) => {
        page.drawText(r.text, { x, y: Y(q.y), size: q.size, font: c.fonts[r.font]!, color: colour(q.colour) });
        x += widths[i]!;
      });
      break;
    }
  }
}
