/**
 * WOFF 1.0 → the TrueType/OpenType file it wraps. HarfBuzz's subsetter reads sfnt only, and the app
 * ships Noto Sans SC as @fontsource WOFF files: WOFF 1.0 is each sfnt table zlib-compressed, so the
 * original file comes back with an inflate per table (fflate) and a rebuilt table directory — no
 * Brotli, no glyph transforms (those are WOFF2). Pure; runs in the browser when an export starts.
 */
import { unzlibSync } from 'fflate';

export class FontFormatError extends Error {}

const pad4 = (n: number) => (n + 3) & ~3;

export function woffToSfnt(woff: Uint8Array): Uint8Array {
  if (woff.byteLength < 44) throw new FontFormatError('file too short for WOFF');
  const dv = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (dv.getUint32(0) !== 0x774f4646) throw new FontFormatError('not a WOFF 1.0 file');
  const flavor = dv.getUint32(4);
  const n = dv.getUint16(12);
  if (44 + n * 20 > woff.byteLength) throw new FontFormatError('table directory runs past the end');
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < n; i++) {
    const o = 44 + i * 20;
    const offset = dv.getUint32(o + 4);
    const compLength = dv.getUint32(o + 8);
    const origLength = dv.getUint32(o + 12);
    if (offset + compLength > woff.byteLength) throw new FontFormatError('table runs past the end');
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? unzlibSync(raw) : raw;
    if (data.byteLength !== origLength) throw new FontFormatError('table has the wrong length once inflated');
    tables.push({ tag: dv.getUint32(o), checksum: dv.getUint32(o + 16), data });
  }
  const size = tables.reduce((s, t) => s + pad4(t.data.byteLength), 12 + 16 * n);
  const out = new Uint8Array(size);
  const ov = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(Math.max(1, n)));
  const searchRange = 16 * 2 ** entrySelector;
  ov.setUint32(0, flavor);
  ov.setUint16(4, n);
  ov.setUint16(6, searchRange);
  ov.setUint16(8, entrySelector);
  ov.setUint16(10, n * 16 - searchRange);
  let at = 12 + 16 * n;
  tables.forEach((t, i) => {
    const r = 12 + 16 * i;
    ov.setUint32(r, t.tag);
    ov.setUint32(r + 4, t.checksum);
    ov.setUint32(r + 8, at);
    ov.setUint32(r + 12, t.data.byteLength);
    out.set(t.data, at);
    at += pad4(t.data.byteLength);
  });
  return out;
}
