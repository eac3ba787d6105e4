/**
 * Reading exported files the way a reader's viewer does: poppler's pdfinfo, pdftotext and pdftoppm
 * (Debian poppler-utils; .ci/run installs it), and PNG dimensions from the file header.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}

export function pdfText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], { encoding: 'utf8' });
}

/** A page rendered by poppler at `dpi`, as grey levels 0 (black) … 255 (white), row by row. */
export interface Raster {
  width: number;
  height: number;
  dpi: number;
  grey: Uint8Array;
}

export function renderPdfPage(file: string, page: number, dpi: number): Raster {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-pdf-'));
  execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-gray', file, join(dir, 'p')]);
  const bytes = readFileSync(join(dir, readdirSync(dir)[0]!));
  // PGM (P5): "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 50).toString('latin1'))!;
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, dpi, grey: bytes.subarray(header[0].length, header[0].length + width * height) };
}

/** Statistics of a rectangle given in millimetres from the page's top-left corner. */
export function areaStats(r: Raster, mm: { x: number; y: number; w: number; h: number }): { ink: number; variance: number } {
  const k = r.dpi / 25.4;
  const [x0, y0, x1, y1] = [mm.x, mm.y, mm.x + mm.w, mm.y + mm.h].map((v) => Math.round(v * k));
  let n = 0, sum = 0, sq = 0, ink = 0;
  for (let y = y0!; y < y1!; y++) {
    for (let x = x0!; x < x1!; x++) {
      const v = r.grey[y * r.width + x]!;
      n++;
      sum += v;
      sq += v * v;
      if (v < 128) ink++;
    }
  }
  const mean = sum / n;
  return { ink: ink / n, variance: sq / n - mean * mean };
}

/**
 * A PNG (8-bit RGB or RGBA, not interlaced: what a canvas writes) decoded to grey levels, so its areas
 * can be measured like a rendered PDF page. `dpi` is the resolution it was exported at.
 */
export function readPng(file: string, dpi: number): Raster {
  const b = readFileSync(file);
  const width = b.readUInt32BE(16);
  const height = b.readUInt32BE(20);
  const [depth, type, interlace] = [b[24], b[25], b[28]];
  if (depth !== 8 || (type !== 2 && type !== 6) || interlace !== 0) throw new Error(`unsupported PNG: depth ${depth}, type ${type}`);
  const chunks: Buffer[] = [];
  for (let at = 8; at < b.length; ) {
    const len = b.readUInt32BE(at);
    if (b.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(b.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const bpp = type === 6 ? 4 : 3;
  const stride = width * bpp;
  let prev = new Uint8Array(stride);
  const grey = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? cur[i - bpp]! : 0;
      const up = prev[i]!;
      const c = i >= bpp ? prev[i - bpp]! : 0;
      let pred = 0;
      if (f === 1) pred = a;
      else if (f === 2) pred = up;
      else if (f === 3) pred = (a + up) >> 1;
      else if (f === 4) {
        const p = a + up - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - up), Math.abs(p - c)];
        pred = pa <= pb && pa <= pc ? a : pb <= pc ? up : c;
      }
      cur[i] = (line[i]! + pred) & 255;
    }
    for (let x = 0; x < width; x++) {
      const o = x * bpp;
      grey[y * width + x] = Math.round(0.299 * cur[o]! + 0.587 * cur[o + 1]! + 0.114 * cur[o + 2]!);
    }
    prev = cur;
  }
  return { width, height, dpi, grey };
}
