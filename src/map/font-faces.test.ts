import { describe, expect, it } from 'vitest';
import { SHIPPED_FONT_FACES, parseFontFaceCss } from './font-faces.ts';

describe('shipped CJK font', () => {
  it('declares every Noto Sans SC file with its Unicode ranges', () => {
    expect(SHIPPED_FONT_FACES.length).toBeGreaterThan(90);
    // Latin letters too (the English interface and labels), not only the numbered CJK ranges.
    expect(SHIPPED_FONT_FACES.filter((f) => f['unicode-range'].includes('U+0000-00FF'))).toHaveLength(1);
    const covers = (cp: number) =>
      SHIPPED_FONT_FACES.some((f) =>
        f['unicode-range'].some((r) => {
          const [a, b] = r.replace(/U\+/i, '').split('-').map((x) => parseInt(x, 16));
          return cp >= a! && cp <= (b ?? a!);
        }),
      );
    for (const ch of '深圳商业布局图华强北罗湖口岸') expect(covers(ch.codePointAt(0)!), ch).toBe(true);
    for (const f of SHIPPED_FONT_FACES) expect(f.url).not.toMatch(/^https?:/);
  });
  it('skips rules without a woff2 file', () => {
    const faces = parseFontFaceCss('@font-face { src: url(./files/a.woff); unicode-range: U+0-FF; }', () => 'x');
    expect(faces).toEqual([]);
  });
});
