/**
 * Recognises common non-text files by their first bytes, so a planner who drops an Excel sheet or
 * a shapefile is told what to do instead of seeing "not valid JSON".
 */
export type Sniffed = 'zip' | 'shapefile' | 'ole' | 'binary' | 'text';

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

export function sniff(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0x00, 0x00, 0x27, 0x0a])) return 'shapefile'; // .shp file code 9994
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'ole'; // legacy .xls/.doc
  // UTF-16 text has NUL bytes but announces itself with a byte-order mark.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text';
  const head = bytes.subarray(0, 4096);
  return head.includes(0) ? 'binary' : 'text';
}
