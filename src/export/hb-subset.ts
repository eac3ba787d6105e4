/**
 * Font subsetting with HarfBuzz's hb-subset compiled to WebAssembly (harfbuzzjs' harfbuzz-subset.wasm,
 * no imports), called through its C API. A PDF then embeds only the glyphs its pages draw — whole, as
 * pdf-lib + fontkit's own subsetter silently drops CJK glyphs (see the toolchain notes).
 * Pure apart from WebAssembly: the caller fetches the wasm bytes (same origin, on export only).
 */
interface HbExports {
  memory: WebAssembly.Memory;
  malloc(n: number): number;
  free(p: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(b: number): void;
  hb_blob_get_data(b: number, length: number): number;
  hb_blob_get_length(b: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(f: number): void;
  hb_face_reference_blob(f: number): number;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(i: number): void;
  hb_subset_input_unicode_set(i: number): number;
  hb_set_add(s: number, cp: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

export type Subsetter = (font: Uint8Array, codePoints: Iterable<number>) => Uint8Array;

const HB_MEMORY_MODE_WRITABLE = 2;

export async function createSubsetter(wasm: Uint8Array): Promise<Subsetter> {
  const { instance } = await WebAssembly.instantiate(wasm as Uint8Array<ArrayBuffer>, {});
  const hb = instance.exports as unknown as HbExports;
  return (font, codePoints) => {
    const ptr = hb.malloc(font.byteLength);
    new Uint8Array(hb.memory.buffer).set(font, ptr);
    const blob = hb.hb_blob_create(ptr, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    const input = hb.hb_subset_input_create_or_fail();
    const set = hb.hb_subset_input_unicode_set(input);
    for (const cp of codePoints) hb.hb_set_add(set, cp);
    const subset = hb.hb_subset_or_fail(face, input);
    hb.hb_subset_input_destroy(input);
    try {
      if (!subset) throw new Error('hb-subset failed');
      const result = hb.hb_face_reference_blob(subset);
      const length = hb.hb_blob_get_length(result);
      const data = hb.hb_blob_get_data(result, 0);
      // Copy out before anything else touches wasm memory (it may grow and detach the buffer).
      const out = new Uint8Array(hb.memory.buffer, data, length).slice();
      hb.hb_blob_destroy(result);
      hb.hb_face_destroy(subset);
      if (!length) throw new Error('hb-subset returned an empty font');
      return out;
    } finally {
      hb.hb_face_destroy(face);
      hb.free(ptr);
    }
  };
}
