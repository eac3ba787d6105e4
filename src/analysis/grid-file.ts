/**
 * The land grid as a compact binary file (geodata/land-grid.bin), written by `npm run build:data` and
 * read by the worker (fetched from the app's own origin) and by the command line (read from disk).
 * Decoding is a few typed-array views plus one pass to derive reach, land areas and the point index.
 *
 * Layout (little-endian): "SZLG", u32 version, u32 header length, the header as UTF-8 JSON (padded
 * to 8 bytes), then the sections the header lists, each 8-byte aligned:
 *   cellHi, cellLo u32 · lonE7, latE7 i32 (1e-7°) · areaM2 f64 · pop u32 · popSource u8 · jiedaoOf u8 · whole u8 ·
 *   ringStart i32 (size + 1) · vertStart i32 (rings + 1) · verts i16 (x, y in 1/20 m, local frame)
 */
import { assembleGrid, districtInfos, type DistrictRecord, type JiedaoInfo, type LandGrid } from './land-grid.ts';

const MAGIC = 0x474c5a53; // "SZLG"
export const GRID_FILE_VERSION = 1;
/** Vertex quantum: 5 cm, so ±1.6 km fits an Int16 (a unit spans < 500 m). */
const VERT_SCALE = 20;

export interface GridFileMeta {
  /** What the population rests on, in words, for the UI and the CLI. */
  populationModel?: Record<string, unknown>;
}

interface Header {
  res: number;
  size: number;
  rings: number;
  verts: number;
  jiedao: Omit<JiedaoInfo, 'district'>[];
  districts: DistrictRecord[];
  meta: GridFileMeta;
  sections: Record<string, [offset: number, bytes: number]>;
}

type Section = [name: string, data: ArrayBufferView];

export function encodeGrid(grid: LandGrid, meta: GridFileMeta = {}): Uint8Array {
  const verts = new Int16Array(grid.verts.length);
  for (let i = 0; i < verts.length; i++) {
    const q = Math.round(grid.verts[i]! * VERT_SCALE);
    if (q < -32768 || q > 32767) throw new Error('a unit vertex is more than 1.6 km from its sample point');
    verts[i] = q;
  }
  const sections: Section[] = [
    ['cellHi', grid.cellHi], ['cellLo', grid.cellLo],
    ['lonE7', Int32Array.from(grid.lon, (x) => Math.round(x * 1e7))], ['latE7', Int32Array.from(grid.lat, (x) => Math.round(x * 1e7))],
    ['areaM2', Float64Array.from(grid.areaKm2, (x) => x * 1e6)],
    ['pop', Uint32Array.from(grid.pop)], ['popSource', grid.popSource], ['jiedaoOf', grid.jiedaoOf], ['whole', grid.whole],
    ['ringStart', grid.ringStart], ['vertStart', grid.vertStart], ['verts', verts],
  ];
  const header: Header = {
    res: grid.res, size: grid.size, rings: grid.vertStart.length - 1, verts: grid.verts.length / 2,
    jiedao: grid.jiedao.map(({ district: _d, ...j }) => ({ ...j, landKm2: round(j.landKm2, 6) })),
    districts: grid.districts.map((d) => ({ id: d.id, name_zh: d.name_zh, name_en: d.name_en, population_2020: d.population, approximate: d.approximate })),
    meta, sections: {},
  };
  // Offsets depend on the header's length, which depends on the offsets: lay out twice.
  for (let pass = 0; pass < 2; pass++) {
    let offset = pad8(12 + new TextEncoder().encode(JSON.stringify(header)).length + 16);
    for (const [name, data] of sections) {
      header.sections[name] = [offset, data.byteLength];
      offset = pad8(offset + data.byteLength);
    }
  }
  const headBytes = new TextEncoder().encode(JSON.stringify(header));
  const first = Math.min(...Object.values(header.sections).map((s) => s[0]));
  if (12 + headBytes.length > first) throw new Error('grid header layout');
  const last = sections[sections.length - 1]!;
  const total = pad8(header.sections[last[0]]![0] + last[1].byteLength);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, GRID_FILE_VERSION, true);
  view.setUint32(8, headBytes.length, true);
  out.set(headBytes, 12);
  out.fill(0x20, 12 + headBytes.length, first); // JSON-safe padding (spaces)
  for (const [name, data] of sections) out.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), header.sections[name]![0]);
  return out;
}

export class GridFileError extends Error {}

export function decodeGrid(buffer: ArrayBuffer | Uint8Array): LandGrid & { meta: GridFileMeta } {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  // Typed views need 8-byte alignment of the underlying buffer: copy if a caller handed us a slice.
  const buf = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  if (buf.byteLength < 12) throw new GridFileError('land grid file is too short');
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new GridFileError('not a land grid file');
  const version = view.getUint32(4, true);
  if (version !== GRID_FILE_VERSION) throw new GridFileError(`land grid file version ${version}, expected ${GRID_FILE_VERSION}`);
  const headLen = view.getUint32(8, true);
  let h: Header;
  try {
    h = JSON.parse(new TextDecoder().decode(buf.subarray(12, 12 + headLen))) as Header;
  } catch {
    throw new GridFileError('land grid file header is damaged');
  }
  const sec = <T>(name: string, Ctor: { new (b: ArrayBuffer, o: number, n: number): T; BYTES_PER_ELEMENT: number }): T => {
    const s = h.sections[name];
    if (!s || s[0] + s[1] > buf.byteLength) throw new GridFileError(`land grid file: section ${name} missing or cut off`);
    return new Ctor(buf.buffer as ArrayBuffer, buf.byteOffset + s[0], s[1] / Ctor.BYTES_PER_ELEMENT);
  };
  const q = sec('verts', Int16Array);
  const verts = scaled(q, 1 / VERT_SCALE);
  const dIndex = new Map(h.districts.map((d, i) => [d.id, i]));
  const jiedao: JiedaoInfo[] = h.jiedao.map((j) => ({ ...j, district: dIndex.get(j.districtId)! }));
  const grid = assembleGrid({
    res: h.res,
    jiedao,
    districts: districtInfos(h.districts, jiedao),
    cellHi: sec('cellHi', Uint32Array),
    cellLo: sec('cellLo', Uint32Array),
    lon: scaled(sec('lonE7', Int32Array), 1e-7),
    lat: scaled(sec('latE7', Int32Array), 1e-7),
    areaKm2: scaled(sec('areaM2', Float64Array), 1e-6),
    pop: scaled(sec('pop', Uint32Array), 1),
    popSource: sec('popSource', Uint8Array),
    jiedaoOf: sec('jiedaoOf', Uint8Array),
    whole: sec('whole', Uint8Array),
    ringStart: sec('ringStart', Int32Array),
    vertStart: sec('vertStart', Int32Array),
    verts,
  });
  return { ...grid, meta: h.meta };
}

function scaled(a: ArrayLike<number>, k: number): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! * k;
  return out;
}

const pad8 = (n: number) => Math.ceil(n / 8) * 8;
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
