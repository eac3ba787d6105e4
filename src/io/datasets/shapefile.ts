/**
 * Zipped shapefiles (.shp + .dbf, with .prj and .cpg when present) → a table with geometries, using
 * shpjs's record parsers (loaded on first use) and proj4 for CGCS2000 Gauss–Krüger zones (prj.ts).
 * We read the .prj ourselves instead of letting shpjs hand it to proj4, so a CRS we cannot place
 * honestly is refused by name rather than silently mis-projected.
 *
 * Missing .prj: coordinates that are degrees inside Shenzhen are taken as WGS-84, and the planner is
 * told so; metres without a .prj are refused (a Gauss–Krüger zone, Xi'an 1980 or a local grid cannot
 * be told apart, and a wrong guess moves every outlet by up to hundreds of metres).
 * DBF text: the .cpg decides; without one, a DBF marked GBK (language driver 0x4D/0x7A), or one whose
 * text is not valid UTF-8, is read as GB18030 — Chinese GIS software writes GBK.
 */
import { echo, issue, type Issue } from '../issue.ts';
import { inShenzhen } from '../import/location.ts';
import { DATASET_LIMITS } from './dataset.ts';
import { classifyPrj } from './prj.ts';
import { propertiesToRows, type ReadResult } from './source.ts';

const dec = new TextDecoder();

/** The .shp header's bounding box [xmin, ymin, xmax, ymax]. */
export function shpBbox(shp: Uint8Array): [number, number, number, number] {
  const v = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  return [v.getFloat64(36, true), v.getFloat64(44, true), v.getFloat64(52, true), v.getFloat64(60, true)];
}

function dbfEncoding(dbf: Uint8Array, cpg: Uint8Array | undefined, warnings: Issue[]): string {
  if (cpg) return dec.decode(cpg).trim() || 'utf-8';
  const ldid = dbf[29];
  if (ldid === 0x4d || ldid === 0x7a) return 'gb18030';
  const v = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const headerLen = dbf.length >= 12 ? v.getUint16(8, true) : 0;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf.subarray(headerLen > 32 ? 32 : 0));
    return 'utf-8';
  } catch {
    warnings.push(issue('import.encodingGb18030'));
    return 'gb18030';
  }
}

type Pos = number[];
function mapCoords(g: unknown, f: (p: Pos) => Pos): unknown {
  if (!g || typeof g !== 'object') return g;
  const geom = g as { type: string; coordinates?: unknown; geometries?: unknown[] };
  const deep = (c: unknown): unknown => (Array.isArray(c) && typeof c[0] === 'number' ? f(c as Pos) : Array.isArray(c) ? c.map(deep) : c);
  if (geom.type === 'GeometryCollection') return { ...geom, geometries: (geom.geometries ?? []).map((x) => mapCoords(x, f)) };
  return { ...geom, coordinates: deep(geom.coordinates) };
}

export async function readShapefile(files: Record<string, Uint8Array>, zipName: string): Promise<ReadResult> {
  const entries = Object.keys(files).filter((k) => !k.includes('__MACOSX'));
  const shps = entries.filter((k) => /\.shp$/i.test(k)).sort((a, b) => files[b]!.length - files[a]!.length);
  const shpName = shps[0];
  if (!shpName) return { ok: false, errors: [issue('dataset.zipNoData', { value: echo(zipName) })] };
  const base = shpName.slice(0, -4).toLowerCase();
  const sibling = (ext: string) => {
    const k = entries.find((e) => e.toLowerCase() === `${base}.${ext}`);
    return k === undefined ? undefined : files[k];
  };
  const shp = files[shpName]!;
  const dbf = sibling('dbf');
  const prjBytes = sibling('prj');
  const warnings: Issue[] = [];
  if (shps.length > 1) warnings.push(issue('dataset.shpLayers', { layer: echo(shpName), count: shps.length }));
  if (shp.length < 100) return { ok: false, errors: [issue('dataset.shpCorrupt', { value: echo(shpName) })] };

  let project: ((p: Pos) => Pos) | undefined;
  let crs: 'wgs84' | 'cgcs2000' | 'cgcs2000-gk' = 'wgs84';
  const prjFile = `${shpName.slice(0, -4)}.prj`;
  if (prjBytes) {
    const wkt = dec.decode(prjBytes);
    const d = classifyPrj(wkt);
    if (d.kind === 'refused') return { ok: false, errors: [issue('dataset.prjRefused', { file: echo(prjFile), value: echo(d.name) })] };
    if (d.kind === 'geographic') crs = d.crs;
    else {
      const { default: proj4 } = await import('proj4');
      const conv = proj4(d.proj4, 'WGS84');
      project = (p) => conv.forward([p[0]!, p[1]!]);
      crs = 'cgcs2000-gk';
      warnings.push(issue('dataset.reprojected', { value: echo(d.name), zone: d.zone }));
    }
  } else {
    const [x0, y0, x1, y1] = shpBbox(shp);
    if (![x0, y0, x1, y1].every(Number.isFinite) || !inShenzhen([(x0 + x1) / 2, (y0 + y1) / 2]) || Math.abs(x1 - x0) > 5) {
      return { ok: false, errors: [issue('dataset.prjMissing', { file: echo(prjFile) })] };
    }
    warnings.push(issue('dataset.prjAssumedWgs84', { file: echo(prjFile) }));
  }

  const shpjs = await import('shpjs');
  let geometries: unknown[];
  try {
    geometries = shpjs.parseShp(shp) as unknown[];
  } catch {
    return { ok: false, errors: [issue('dataset.shpCorrupt', { value: echo(shpName) })] };
  }
  if (geometries.length > DATASET_LIMITS.maxRows) {
    return { ok: false, errors: [issue('dataset.tooManyRows', { count: geometries.length, limit: DATASET_LIMITS.maxRows })] };
  }
  let props: unknown[] = [];
  if (dbf) {
    try {
      props = shpjs.parseDbf(dbf, dbfEncoding(dbf, sibling('cpg'), warnings)) as unknown[];
    } catch {
      warnings.push(issue('dataset.dbfUnreadable', { value: echo(`${base}.dbf`) }));
    }
  } else warnings.push(issue('dataset.dbfMissing', { value: echo(`${base}.dbf`) }));
  const { headers, rows } = propertiesToRows(
    geometries.map((_, i) => props[i] ?? {}),
    DATASET_LIMITS.maxColumns + 10,
  );
  const geometry = project ? geometries.map((g) => mapCoords(g, project)) : geometries;
  return {
    ok: true,
    table: {
      format: 'shapefile',
      headers,
      rows,
      origin: geometries.map((_, i) => i + 1),
      originKind: 'feature',
      geometry,
      total: geometries.length,
      warnings,
      dropped: [],
      crsHints: [...headers, zipName],
      crs,
    },
  };
}
