/**
 * Checks a PMTiles archive before it is used as the street basemap, and says what it holds. Reads only
 * the header, metadata and root directory through a pmtiles `Source` (byte ranges of a File, or HTTP range
 * requests), so a 2 GB file is never read whole. Failures are Issues in the i18n namespace `basemap`
 * (`t('basemap:' + code, params)`). The pmtiles reader is loaded on first use.
 */
import type { Header, Source } from 'pmtiles';
import { echo, issue, type Issue } from '../issue.ts';

export type BasemapKind = 'vector' | 'raster';

export interface ArchiveInfo {
  kind: BasemapKind;
  /** mvt, png, jpeg, webp or avif. */
  format: string;
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north], WGS-84. */
  bounds: [number, number, number, number];
  /** The archive's own name and credit line (plain text; may be empty). */
  name: string;
  attribution: string;
  /** Vector layer names from the metadata (null if it does not list them). */
  vectorLayers: string[] | null;
}

export type ArchiveResult = { ok: true; info: ArchiveInfo } | { ok: false; error: Issue };

/** Shenzhen with 深汕, generously: an archive must overlap it to be of any use here. */
export const SHENZHEN_BBOX: [number, number, number, number] = [113.7, 22.35, 115.5, 23.05];

/** Layer names the muted basemap style draws (Protomaps basemap and OpenMapTiles schemas). */
export const KNOWN_VECTOR_LAYERS = ['roads', 'water', 'buildings', 'landuse', 'landcover', 'transportation', 'transportation_name', 'building', 'park'];

const FORMATS: Record<number, [BasemapKind, string] | undefined> = { 1: ['vector', 'mvt'], 2: ['raster', 'png'], 3: ['raster', 'jpeg'], 4: ['raster', 'webp'], 5: ['raster', 'avif'] };
const COMPRESSION: Record<number, string> = { 0: 'unknown', 1: 'none', 2: 'gzip', 3: 'brotli', 4: 'zstd' };
const HEADER_BYTES = 127;

const fail = (code: string, params: Record<string, string | number> = {}): ArchiveResult => ({ ok: false, error: issue(code, params) });

/** What the first bytes say the file is, when it is not PMTiles (planners often have MBTiles or a zip). */
function otherFormat(head: Uint8Array): string | null {
  const ascii = String.fromCharCode(...head.subarray(0, 16));
  if (ascii.startsWith('SQLite format 3')) return 'MBTiles / SQLite';
  if (head[0] === 0x50 && head[1] === 0x4b) return 'ZIP';
  if (head[0] === 0x89 && ascii.slice(1, 4) === 'PNG') return 'PNG';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (/^\s*[{[]/.test(ascii)) return 'JSON';
  return null;
}

function overlaps(a: [number, number, number, number], b: [number, number, number, number]): boolean {
  return a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
}

function tileAt(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const r = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  const x = Math.floor(((lon + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  return [Math.max(0, Math.min(n - 1, x)), Math.max(0, Math.min(n - 1, y))];
}

/**
 * @param source byte ranges of the archive
 * @param size its length in bytes, if known (a File's size); ranges beyond it mean a truncated file
 */
export async function readArchive(source: Source, size?: number): Promise<ArchiveResult> {
  if (size !== undefined && size < HEADER_BYTES) return fail('errors.notPmtiles', { format: size === 0 ? 'empty' : `${size} bytes` });
  let head: Uint8Array;
  try {
    head = new Uint8Array((await source.getBytes(0, HEADER_BYTES)).data);
  } catch (e) {
    return fail('errors.unreadable', { reason: echo(e instanceof Error ? e.message : e) });
  }
  if (head.length < HEADER_BYTES || String.fromCharCode(...head.subarray(0, 7)) !== 'PMTiles') {
    return fail('errors.notPmtiles', { format: otherFormat(head) ?? '?' });
  }
  if (head[7] !== 3) return fail('errors.oldVersion', { version: head[7] ?? '?' });

  const { PMTiles, bytesToHeader } = await import('pmtiles');
  let header: Header;
  try {
    header = bytesToHeader(head.buffer.slice(head.byteOffset, head.byteOffset + HEADER_BYTES) as ArrayBuffer);
  } catch {
    return fail('errors.corrupt', { part: 'header' });
  }
  const end = Math.max(
    header.rootDirectoryOffset + header.rootDirectoryLength,
    header.jsonMetadataOffset + header.jsonMetadataLength,
    header.tileDataOffset + (header.tileDataLength ?? 0),
  );
  if (size !== undefined && end > size) return fail('errors.truncated', { size, expected: end });
  for (const c of [header.internalCompression, header.tileCompression]) {
    if (c !== 1 && c !== 2) return fail('errors.compression', { compression: COMPRESSION[c] ?? String(c) });
  }
  const format = FORMATS[header.tileType];
  if (!format) return fail('errors.tileType', { type: header.tileType === 6 ? 'MapLibre Tiles (MLT)' : String(header.tileType) });
  const bounds: [number, number, number, number] = [header.minLon, header.minLat, header.maxLon, header.maxLat];
  if (!bounds.every(Number.isFinite) || !overlaps(bounds, SHENZHEN_BBOX)) {
    return fail('errors.outsideShenzhen', { bounds: bounds.map((v) => v.toFixed(2)).join(', ') });
  }

  const archive = new PMTiles(source);
  let metadata: Record<string, unknown> = {};
  try {
    // The root directory: look up one tile in the middle of Shenzhen at the archive's lowest zoom.
    const z = Math.max(header.minZoom, Math.min(header.maxZoom, 10));
    const [x, y] = tileAt((bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, z);
    await archive.getZxy(z, x, y);
    const m = await archive.getMetadata();
    if (m && typeof m === 'object') metadata = m as Record<string, unknown>;
  } catch {
    return fail('errors.corrupt', { part: 'directory' });
  }
  const layers = Array.isArray(metadata.vector_layers)
    ? (metadata.vector_layers as unknown[]).map((l) => (l && typeof l === 'object' ? String((l as { id?: unknown }).id ?? '') : '')).filter(Boolean)
    : null;
  if (format[0] === 'vector' && layers && !layers.some((l) => KNOWN_VECTOR_LAYERS.includes(l))) {
    return fail('errors.unknownLayers', { layers: echo(layers.join(', ')) });
  }
  const text = (v: unknown) => (typeof v === 'string' ? plainText(v) : '');
  return {
    ok: true,
    info: {
      kind: format[0],
      format: format[1],
      minZoom: header.minZoom,
      maxZoom: header.maxZoom,
      bounds,
      name: typeof metadata.name === 'string' ? plainText(metadata.name, 80) : '',
      attribution: text(metadata.attribution),
      vectorLayers: layers,
    },
  };
}

/**
 * Archive metadata often carries HTML (Protomaps: `<a href=…>Protomaps</a> © <a …>OpenStreetMap</a>`).
 * Keep the words, drop the markup: it is shown as text, never as HTML.
 */
export function plainText(s: string, max = 200): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", copy: '©', nbsp: ' ' };
  const t = s
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|[a-z]+);/gi, (m, e: string) => {
      if (!e.startsWith('#')) return entities[e.toLowerCase()] ?? m;
      const n = Number(e.slice(1));
      return n > 31 && n <= 0x10ffff ? String.fromCodePoint(n) : ' ';
    })
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** A pmtiles Source over a Blob/File: reads only the byte ranges asked for. */
export function blobSource(blob: Blob, key: string): Source {
  return {
    getKey: () => key,
    getBytes: async (offset: number, length: number) => ({ data: await blob.slice(offset, offset + length).arrayBuffer() }),
  };
}
