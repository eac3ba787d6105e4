import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fontkit from '@pdf-lib/fontkit';
import { FontFormatError, woffToSfnt } from './woff.ts';
import { createSubsetter } from './hb-subset.ts';

const file = (name: string) => new Uint8Array(readFileSync(`node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-${name}-400-normal.woff`));
const wasm = () => new Uint8Array(readFileSync('node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm'));

describe('fonts for the PDF', () => {
  it('unwraps a WOFF 1.0 file into a TrueType font that a font parser reads', () => {
    const sfnt = woffToSfnt(file('latin'));
    expect(new DataView(sfnt.buffer).getUint32(0)).toBe(0x00010000);
    const font = fontkit.create(sfnt);
    expect(font.hasGlyphForCodePoint('A'.codePointAt(0)!)).toBe(true);
    expect(font.numGlyphs).toBeGreaterThan(200);
  });

  it('refuses what is not WOFF 1.0', () => {
    expect(() => woffToSfnt(new Uint8Array(100))).toThrow(FontFormatError);
    expect(() => woffToSfnt(new Uint8Array(readFileSync('node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-latin-400-normal.woff2')))).toThrow(FontFormatError);
  });

  it('subsets the shipped Chinese font to exactly the characters a page draws', async () => {
    const subset = await createSubsetter(wasm());
    const full = woffToSfnt(file('chinese-simplified'));
    const text = '深圳商业布局图 A3 1:50,000';
    const out = subset(full, [...text].map((c) => c.codePointAt(0)!));
    const font = fontkit.create(out);
    for (const ch of text) expect(font.hasGlyphForCodePoint(ch.codePointAt(0)!), ch).toBe(true);
    expect(font.hasGlyphForCodePoint('福'.codePointAt(0)!)).toBe(false);
    expect(out.byteLength).toBeLessThan(full.byteLength / 50);
    // The glyphs keep their outlines (a dropped glyph would have an empty path).
    expect(font.glyphForCodePoint('深'.codePointAt(0)!).path.toSVG().length).toBeGreaterThan(100);
  });
});
