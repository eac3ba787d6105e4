/**
 * Shared by the command lines (`npm run -s coverage`, `npm run -s suggest`): arguments, the node file,
 * the committed land grid, CSV. Errors a user can make are CliError: the entry prints the message
 * on stderr and exits with code 2, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Geometry, Position } from 'geojson';
import { decodeGrid, GridFileError } from '../../src/analysis/grid-file.ts';
import type { LandGrid } from '../../src/analysis/land-grid.ts';
import { samplesAlong } from '../../src/analysis/line-samples.ts';
import type { CoverageNode } from '../../src/analysis/coverage.ts';

export class CliError extends Error {}

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_GRID = join(ROOT, 'geodata', 'land-grid.bin');

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** `--name value` pairs; every option must be known and given once, with a value. */
export function parseArgs(argv: readonly string[], known: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) throw new CliError(`unexpected argument "${a}"`);
    const name = a.slice(2);
    if (!known.includes(name)) throw new CliError(`unknown option --${name} (options: ${known.map((k) => `--${k}`).join(', ')})`);
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new CliError(`--${name} needs a value`);
    if (out.has(name)) throw new CliError(`--${name} given twice`);
    out.set(name, v);
    i++;
  }
  return out;
}

export function requireArg(args: Map<string, string>, name: string): string {
  const v = args.get(name);
  if (v === undefined) throw new CliError(`--${name} is required`);
  return v;
}

export function numberArg(raw: string, name: string, min: number, max: number, integer = false): number {
  const v = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(v)) throw new CliError(`--${name} must be a number, got "${raw}"`);
  if (integer && !Number.isInteger(v)) throw new CliError(`--${name} must be a whole number, got ${raw}`);
  if (v < min || v > max) throw new CliError(`--${name} must be between ${min} and ${max}, got ${raw}`);
  return v;
}

export function loadGrid(path = DEFAULT_GRID): LandGrid {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new CliError(`cannot read the land grid ${path} (run npm run build:data)`);
  }
  try {
    return decodeGrid(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    if (e instanceof GridFileError) throw new CliError(`${path}: ${e.message}`);
    throw e;
  }
}

/**
 * Service nodes from a GeoJSON file: Point and MultiPoint as they are, LineString and MultiLineString
 * every 250 m along (as the app samples a drawn street). Polygons are areas, not service points:
 * skipped with a note on stderr.
 */
export function readNodes(path: string, io: Io): CoverageNode[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`cannot read ${path}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliError(`${path} is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const geometries: { g: Geometry; where: string }[] = [];
  const obj = json as { type?: unknown; features?: unknown; geometry?: unknown };
  if (obj?.type === 'FeatureCollection' && Array.isArray(obj.features)) {
    obj.features.forEach((f: { type?: unknown; geometry?: Geometry | null }, i: number) => {
      if (f?.type !== 'Feature') throw new CliError(`${path}: features[${i}] is not a GeoJSON Feature`);
      if (f.geometry) geometries.push({ g: f.geometry, where: `features[${i}]` });
    });
  } else if (obj?.type === 'Feature') {
    if (obj.geometry) geometries.push({ g: obj.geometry as Geometry, where: 'the feature' });
  } else if (typeof obj?.type === 'string' && 'coordinates' in (obj as object)) {
    geometries.push({ g: obj as Geometry, where: 'the geometry' });
  } else {
    throw new CliError(`${path} is not GeoJSON (expected a FeatureCollection, a Feature or a geometry)`);
  }
  const nodes: CoverageNode[] = [];
  let skipped = 0;
  const point = (p: unknown, where: string): Position => {
    const c = p as number[];
    if (!Array.isArray(c) || c.length < 2 || !Number.isFinite(c[0]) || !Number.isFinite(c[1]) || Math.abs(c[0]!) > 180 || Math.abs(c[1]!) > 90) {
      throw new CliError(`${path}: ${where} has an invalid coordinate ${JSON.stringify(p)} (expected [lon, lat] in WGS-84)`);
    }
    return [c[0]!, c[1]!];
  };
  const add = (p: Position) => nodes.push({ id: `n${nodes.length}`, lon: p[0]!, lat: p[1]! });
  const line = (coords: unknown, where: string) => {
    if (!Array.isArray(coords) || coords.length < 2) throw new CliError(`${path}: ${where} is a line with fewer than 2 points`);
    samplesAlong(coords.map((c) => point(c, where))).forEach(add);
  };
  const visit = (g: Geometry, where: string) => {
    switch (g.type) {
      case 'Point': add(point(g.coordinates, where)); break;
      case 'MultiPoint': for (const c of g.coordinates) add(point(c, where)); break;
      case 'LineString': line(g.coordinates, where); break;
      case 'MultiLineString': for (const l of g.coordinates) line(l, where); break;
      case 'GeometryCollection': for (const x of g.geometries) visit(x, where); break;
      case 'Polygon': case 'MultiPolygon': skipped++; break;
      default: throw new CliError(`${path}: ${where} has an unknown geometry type ${JSON.stringify((g as { type: unknown }).type)}`);
    }
  };
  for (const { g, where } of geometries) {
    if (!g || typeof g !== 'object' || !('type' in g)) throw new CliError(`${path}: ${where} has no valid geometry`);
    visit(g, where);
  }
  if (skipped) io.err(`note: ${skipped} polygon feature(s) skipped — areas are not service points`);
  if (nodes.length === 0 && geometries.length > 0 && skipped === geometries.length) throw new CliError(`${path} has no Point or LineString features`);
  return nodes;
}

const cell = (v: string | number) => {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
export const csvRow = (values: readonly (string | number)[]) => values.map(cell).join(',');

/**
 * A reader that stops early (`… | head`) closes the pipe: stop quietly with exit code 0, as Unix tools
 * do, instead of Node's unhandled 'error' stack trace. Any other write error stays an error.
 */
export function quietOnClosedPipe(stream: NodeJS.WritableStream = process.stdout, exit: (code: number) => void = process.exit): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    exit(0);
  });
}

/** Run a command: CliError → message on stderr, exit code 2. */
export function main(run: (argv: string[], io: Io) => void, argv = process.argv.slice(2)): void {
  quietOnClosedPipe();
  const io: Io = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) };
  try {
    run(argv, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`error: ${e.message}`);
      process.exitCode = 2;
      return;
    }
    io.err(`internal error: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
