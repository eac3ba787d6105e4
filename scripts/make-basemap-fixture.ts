/**
 * Writes the small PMTiles v3 archives the basemap tests open (tests/fixtures/basemap/), with a tiny
 * deterministic writer that follows the spec (github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md):
 * a 127-byte header, a gzipped root directory (varint, delta-encoded), gzipped JSON metadata, tile data.
 * The vector tiles are Mapbox Vector Tiles (protobuf) encoded here too, with Protomaps basemap layer
 * names (roads, water, landuse, buildings). Read back with the `pmtiles` reader before writing.
 *
 * The streets are SYNTHETIC — a made-up grid near 福田 labelled "合成测试路 / Synthetic test road" — not
 * real streets (no street data with a usable licence is at hand). Run: npx tsx scripts/make-basemap-fixture.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync, gzipSync } from 'node:zlib';
import { PMTiles, zxyToTileId, type RangeResponse, type Source } from 'pmtiles';

const OUT = 'tests/fixtures/basemap';

// ── protobuf ─────────────────────────────────────────────────────────────────────────────────────
class Pbf {
  private bytes: number[] = [];
  varint(n: number): this {
    let v = n;
    while (v >= 0x80) {
      this.bytes.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    this.bytes.push(v);
    return this;
  }
  key(field: number, wire: 0 | 1 | 2 | 5): this {
    return this.varint((field << 3) | wire);
  }
  uint(field: number, n: number): this {
    return this.key(field, 0).varint(n);
  }
  raw(field: number, data: Uint8Array): this {
    this.key(field, 2).varint(data.length);
    for (const b of data) this.bytes.push(b);
    return this;
  }
  string(field: number, s: string): this {
    return this.raw(field, new TextEncoder().encode(s));
  }
  packed(field: number, values: number[]): this {
    const inner = new Pbf();
    for (const v of values) inner.varint(v);
    return this.raw(field, inner.finish());
  }
  double(field: number, n: number): this {
    this.key(field, 1);
    const b = Buffer.alloc(8);
    b.writeDoubleLE(n);
    for (const x of b) this.bytes.push(x);
    return this;
  }
  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

// ── Mapbox Vector Tile encoding ──────────────────────────────────────────────────────────────────
type Props = Record<string, string | number>;
interface Feature {
  type: 'line' | 'polygon';
  coords: [number, number][]; // lon/lat; polygons: one closed outer ring
  props: Props;
}
const EXTENT = 4096;

function lonLatToWorld(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  return [((lon + 180) / 360) * n, ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n];
}

const zigzag = (n: number) => (n << 1) ^ (n >> 31);

function geometry(f: Feature, z: number, x: number, y: number): number[] {
  let pts = f.coords.map(([lon, lat]) => {
    const [wx, wy] = lonLatToWorld(lon, lat, z);
    return [Math.round((wx - x) * EXTENT), Math.round((wy - y) * EXTENT)] as [number, number];
  });
  if (f.type === 'polygon') {
    pts = pts.slice(0, -1); // the closing point is implied by ClosePath
    // Exterior rings have positive area in tile coordinates (y down), i.e. clockwise on screen.
    const area = pts.reduce((s, [x1, y1], i) => {
      const [x2, y2] = pts[(i + 1) % pts.length]!;
      return s + x1 * y2 - x2 * y1;
    }, 0);
    if (area < 0) pts.reverse();
  }
  const out: number[] = [];
  let cx = 0;
  let cy = 0;
  pts.forEach(([px, py], i) => {
    if (i === 0) out.push((1 & 7) | (1 << 3));
    if (i === 1) out.push((2 & 7) | ((pts.length - 1) << 3));
    out.push(zigzag(px - cx), zigzag(py - cy));
    cx = px;
    cy = py;
  });
  if (f.type === 'polygon') out.push((7 & 7) | (1 << 3));
  return out;
}

function encodeLayer(name: string, features: Feature[], z: number, x: number, y: number): Uint8Array {
  const keys: string[] = [];
  const values: (string | number)[] = [];
  const index = <T>(list: T[], v: T) => (list.includes(v) ? list.indexOf(v) : list.push(v) - 1);
  const layer = new Pbf().uint(15, 2).string(1, name);
  features.forEach((f, i) => {
    const tags = Object.entries(f.props).flatMap(([k, v]) => [index(keys, k), index(values, v)]);
    const feat = new Pbf().uint(1, i + 1).packed(2, tags).uint(3, f.type === 'line' ? 2 : 3).packed(4, geometry(f, z, x, y));
    layer.raw(2, feat.finish());
  });
  for (const k of keys) layer.string(3, k);
  for (const v of values) layer.raw(4, (typeof v === 'string' ? new Pbf().string(1, v) : new Pbf().double(3, v)).finish());
  return layer.uint(5, EXTENT).finish();
}

function encodeTile(layers: Record<string, Feature[]>, z: number, x: number, y: number): Uint8Array {
  const tile = new Pbf();
  for (const [name, features] of Object.entries(layers)) if (features.length) tile.raw(3, encodeLayer(name, features, z, x, y));
  return tile.finish();
}

// ── PNG (raster fixture) ─────────────────────────────────────────────────────────────────────────
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function png(size: number, pixel: (x: number, y: number) => [number, number, number]): Uint8Array {
  const rows: number[] = [];
  for (let y = 0; y < size; y++) {
    rows.push(0);
    for (let x = 0; x < size; x++) rows.push(...pixel(x, y));
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ── PMTiles v3 ───────────────────────────────────────────────────────────────────────────────────
/** gzip with a fixed header (mtime 0, OS "unknown"), so the bytes are the same on every machine. */
function gzip(data: Uint8Array): Uint8Array {
  const out = gzipSync(data, { level: 9 });
  out[9] = 0xff;
  return out;
}

function varints(values: number[]): number[] {
  const p = new Pbf();
  for (const v of values) p.varint(v);
  return [...p.finish()];
}

interface Archive {
  tiles: { z: number; x: number; y: number; data: Uint8Array }[];
  tileType: 1 | 2; // MVT | PNG
  tileCompression: 1 | 2; // none | gzip
  bounds: [number, number, number, number];
  metadata: Record<string, unknown>;
}

function writePmtiles(a: Archive): Uint8Array {
  const tiles = a.tiles
    .map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), z: t.z, data: a.tileCompression === 2 ? gzip(t.data) : t.data }))
    .sort((p, q) => p.id - q.id);
  let offset = 0;
  const entries = tiles.map((t) => {
    const e = { id: t.id, offset, length: t.data.length };
    offset += t.data.length;
    return e;
  });
  const dir = Uint8Array.from([
    ...varints([entries.length]),
    ...varints(entries.map((e, i) => e.id - (i ? entries[i - 1]!.id : 0))),
    ...varints(entries.map(() => 1)), // run lengths
    ...varints(entries.map((e) => e.length)),
    ...varints(entries.map((e, i) => (i && e.offset === entries[i - 1]!.offset + entries[i - 1]!.length ? 0 : e.offset + 1))),
  ]);
  const root = gzip(dir);
  const meta = gzip(new TextEncoder().encode(JSON.stringify(a.metadata)));
  const tileData = Buffer.concat(tiles.map((t) => t.data));
  const header = Buffer.alloc(127);
  header.write('PMTiles', 0, 'ascii');
  header[7] = 3;
  const u64 = (pos: number, v: number) => header.writeBigUInt64LE(BigInt(v), pos);
  const rootOffset = 127;
  const metaOffset = rootOffset + root.length;
  const leafOffset = metaOffset + meta.length;
  const dataOffset = leafOffset;
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metaOffset);
  u64(32, meta.length);
  u64(40, leafOffset);
  u64(48, 0);
  u64(56, dataOffset);
  u64(64, tileData.length);
  u64(72, entries.length);
  u64(80, entries.length);
  u64(88, entries.length);
  header[96] = 1; // clustered
  header[97] = 2; // internal compression: gzip
  header[98] = a.tileCompression;
  header[99] = a.tileType;
  const zooms = tiles.map((t) => t.z);
  header[100] = Math.min(...zooms);
  header[101] = Math.max(...zooms);
  const [w, s, e, n] = a.bounds;
  const e7 = (pos: number, v: number) => header.writeInt32LE(Math.round(v * 1e7), pos);
  e7(102, w);
  e7(106, s);
  e7(110, e);
  e7(114, n);
  header[118] = Math.max(...zooms);
  e7(119, (w + e) / 2);
  e7(123, (s + n) / 2);
  return Buffer.concat([header, root, meta, tileData]);
}

/** Reads an archive back with the reference reader: every tile must come out as written. */
async function verify(bytes: Uint8Array, expected: Archive): Promise<void> {
  const source: Source = {
    getKey: () => 'fixture',
    getBytes: async (offset: number, length: number): Promise<RangeResponse> => ({ data: Uint8Array.from(bytes.subarray(offset, offset + length)).buffer }),
  };
  const p = new PMTiles(source);
  const h = await p.getHeader();
  if (h.tileType !== expected.tileType || h.numAddressedTiles !== expected.tiles.length) throw new Error('header does not read back');
  for (const t of expected.tiles) {
    const got = await p.getZxy(t.z, t.x, t.y);
    if (!got || Buffer.compare(Buffer.from(got.data), Buffer.from(t.data)) !== 0) throw new Error(`tile ${t.z}/${t.x}/${t.y} does not read back`);
  }
  const meta = (await p.getMetadata()) as { name?: string };
  if (meta.name !== expected.metadata.name) throw new Error('metadata does not read back');
}

// ── the synthetic streets ────────────────────────────────────────────────────────────────────────
/** A ≈ 3 × 3 km block near 福田 (WGS-84). Nothing here is a real street. */
const BOUNDS: [number, number, number, number] = [114.045, 22.525, 114.075, 22.555];
const [W, S, E, N] = BOUNDS;

function syntheticFeatures(): Record<string, Feature[]> {
  const roads: Feature[] = [];
  const steps = 6;
  for (let i = 0; i <= steps; i++) {
    const lon = W + ((E - W) * i) / steps;
    const lat = S + ((N - S) * i) / steps;
    const major = i % 3 === 0;
    const kind = major ? 'major_road' : 'minor_road';
    roads.push({ type: 'line', coords: [[lon, S], [lon, N]], props: { kind, name: `合成测试${i + 1}路`, 'name:en': `Synthetic Test Road ${i + 1}` } });
    roads.push({ type: 'line', coords: [[W, lat], [E, lat]], props: { kind, name: `合成测试${i + 1}街`, 'name:en': `Synthetic Test Street ${i + 1}` } });
  }
  roads.push({ type: 'line', coords: [[W, S], [E, N]], props: { kind: 'highway', name: '合成测试快速路', 'name:en': 'Synthetic Test Expressway' } });
  const rect = (w: number, s: number, e: number, n: number): [number, number][] => [[w, s], [e, s], [e, n], [w, n], [w, s]];
  const cellW = (E - W) / steps;
  const cellH = (N - S) / steps;
  const buildings: Feature[] = [];
  for (let i = 0; i < steps; i++) {
    for (let j = 0; j < steps; j++) {
      if ((i + j) % 2) continue;
      const w = W + cellW * (i + 0.2);
      const s = S + cellH * (j + 0.2);
      buildings.push({ type: 'polygon', coords: rect(w, s, w + cellW * 0.6, s + cellH * 0.6), props: { kind: 'building', height: 30 + 10 * i } });
    }
  }
  return {
    water: [{ type: 'polygon', coords: rect(W + cellW * 4.1, S + cellH * 0.1, W + cellW * 4.9, S + cellH * 1.9), props: { kind: 'water' } }],
    landuse: [{ type: 'polygon', coords: rect(W + cellW * 1.1, S + cellH * 3.1, W + cellW * 1.9, S + cellH * 4.9), props: { kind: 'park' } }],
    buildings,
    roads,
  };
}

function tilesCovering(z: number): { x: number; y: number }[] {
  const [x0, y0] = lonLatToWorld(W, N, z).map(Math.floor) as [number, number];
  const [x1, y1] = lonLatToWorld(E, S, z).map(Math.floor) as [number, number];
  const out: { x: number; y: number }[] = [];
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push({ x, y });
  return out;
}

const ZOOMS = [12, 13, 14, 15];
const ATTRIBUTION = 'Synthetic test fixture — not real streets · 合成测试数据，并非真实街道';
const features = syntheticFeatures();
const vector: Archive = {
  tileType: 1,
  tileCompression: 2,
  bounds: BOUNDS,
  tiles: ZOOMS.flatMap((z) => tilesCovering(z).map(({ x, y }) => ({ z, x, y, data: encodeTile(features, z, x, y) }))),
  metadata: {
    name: 'synthetic-test-streets',
    description: 'A made-up street grid near Futian for the basemap tests. Not real streets.',
    attribution: ATTRIBUTION,
    vector_layers: Object.keys(features).map((id) => ({ id, fields: { kind: 'String', name: 'String' }, minzoom: 12, maxzoom: 15 })),
  },
};
const raster: Archive = {
  tileType: 2,
  tileCompression: 1,
  bounds: BOUNDS,
  // A checkerboard of two greys with a dark grid line every 64 px (compresses to almost nothing).
  tiles: [12, 13].flatMap((z) =>
    tilesCovering(z).map(({ x, y }) => ({
      z,
      x,
      y,
      data: png(256, (px, py) => (px % 64 < 2 || py % 64 < 2 ? [90, 90, 90] : ((px >> 6) + (py >> 6)) % 2 ? [236, 236, 236] : [200, 200, 200])),
    })),
  ),
  metadata: { name: 'synthetic-test-raster', attribution: ATTRIBUTION, description: 'A grey test pattern. Not real streets.' },
};

mkdirSync(OUT, { recursive: true });
for (const [name, archive] of [['synthetic-streets-vector.pmtiles', vector], ['synthetic-raster.pmtiles', raster]] as const) {
  const bytes = writePmtiles(archive);
  await verify(bytes, archive);
  writeFileSync(`${OUT}/${name}`, bytes);
  console.log(`${OUT}/${name}: ${archive.tiles.length} tiles, ${bytes.length} bytes`);
}
