/**
 * Bytes → text. UTF-8 first (with or without BOM), UTF-16 by BOM, then GB18030: Excel on Chinese
 * Windows saves "CSV" as GBK, which is a subset of GB18030, and planners open CSVs in Excel.
 */
import { issue, type Issue } from '../issue.ts';

export type Decoded = { ok: true; text: string; warnings: Issue[] } | { ok: false; errors: Issue[] };

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined; // invalid sequence, or the runtime lacks this encoding
  }
}

export function decode(input: Uint8Array | string): Decoded {
  if (typeof input === 'string') return { ok: true, text: input.replace(/^\uFEFF/, ''), warnings: [] };
  const b = input;
  if (b[0] === 0xff && b[1] === 0xfe) return fromLabel('utf-16le', b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return fromLabel('utf-16be', b.subarray(2));
  const start = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  const utf8 = tryDecode('utf-8', b.subarray(start));
  if (utf8 !== undefined) return { ok: true, text: utf8, warnings: [] };
  const gb = tryDecode('gb18030', b);
  if (gb !== undefined) return { ok: true, text: gb, warnings: [issue('import.encodingGb18030')] };
  return { ok: false, errors: [issue('import.badEncoding')] };
}

function fromLabel(label: string, bytes: Uint8Array): Decoded {
  const text = tryDecode(label, bytes);
  return text === undefined ? { ok: false, errors: [issue('import.badEncoding')] } : { ok: true, text, warnings: [] };
}
