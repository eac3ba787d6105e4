/**
 * A CJK font shipped with the app (Noto Sans SC, OFL, via @fontsource), so Chinese labels render on a
 * machine with no CJK font and no network. Split into ~100 files by Unicode range; MapLibre and the
 * browser fetch (from our own origin) only the files whose characters are actually drawn.
 */
import css from '@fontsource/noto-sans-sc/400.css?raw';

// Every file 400.css names; not the 1.1 MB single-file variant, which it never uses.
const files = import.meta.glob<string>(
  ['/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.woff2', '!**/noto-sans-sc-chinese-simplified-400-normal.woff2'],
  { query: '?url', import: 'default', eager: true },
);

export const SHIPPED_FONT = 'Noto Sans SC';

export interface FontFace {
  url: string;
  'unicode-range': string[];
}

/** Reads the @font-face rules of a fontsource CSS file: woff2 file name → its Unicode ranges. */
export function parseFontFaceCss(text: string, urlFor: (file: string) => string | undefined): FontFace[] {
  const out: FontFace[] = [];
  for (const rule of text.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([\w-]+\.woff2)\)/.exec(rule)?.[1];
    const ranges = /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
    const url = file ? urlFor(file) : undefined;
    if (url && ranges) out.push({ url, 'unicode-range': ranges.split(',').map((r) => r.trim()) });
  }
  return out;
}

const byName = new Map(Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));
export const SHIPPED_FONT_FACES: FontFace[] = parseFontFaceCss(css, (f) => byName.get(f));

/** Lets the page's own text fall back to the shipped font when the machine has no CJK font. */
export function registerShippedFontForPage(): void {
  if (typeof document === 'undefined' || !('fonts' in document) || typeof FontFace === 'undefined') return;
  for (const f of SHIPPED_FONT_FACES) {
    const face = new window.FontFace(SHIPPED_FONT, `url(${f.url}) format('woff2')`, { unicodeRange: f['unicode-range'].join(','), display: 'swap' });
    document.fonts.add(face);
  }
}
