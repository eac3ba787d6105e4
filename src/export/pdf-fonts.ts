/**
 * The PDF's font: the shipped Noto Sans SC (its @fontsource "chinese-simplified" WOFF 1.0 file, which
 * also holds Latin letters and digits), unwrapped to TrueType and subset by HarfBuzz to the characters
 * the pages draw. Both files come from the app's own origin and are fetched only when a PDF export
 * starts (this module is itself loaded on demand).
 */
import fontUrl from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff?url';
import wasmUrl from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
import { createSubsetter } from './hb-subset.ts';
import { woffToSfnt } from './woff.ts';

async function bytes(url: string, signal?: AbortSignal): Promise<Uint8Array> {
  const r = await fetch(url, { signal });
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return new Uint8Array(await r.arrayBuffer());
}

/** A TrueType font with exactly the glyphs of `text` (plus the digits and the ellipsis). */
export async function subsetPageFont(text: string, signal?: AbortSignal): Promise<Uint8Array> {
  const [woff, wasm] = await Promise.all([bytes(fontUrl, signal), bytes(wasmUrl, signal)]);
  const subset = await createSubsetter(wasm);
  const chars = new Set([...`${text}0123456789…`].map((c) => c.codePointAt(0)!));
  return subset(woffToSfnt(woff), chars);
}
