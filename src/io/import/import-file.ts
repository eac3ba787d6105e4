/**
 * importFile: one entry point for every supported file. Pure and synchronous: bytes in, proposals
 * or located issues out; nothing is stored. It never throws: a bug surfaces as `import.unexpected`.
 */
import { echo, issue, type Issue } from '../issue.ts';
import { newId } from '../id.ts';
import { decode } from './decode.ts';
import { detectFormat, extensionOf } from './detect-format.ts';
import { parseCsv } from './csv.ts';
import { parseGeoJson } from './geojson.ts';
import { parseKml } from './kml.ts';
import { IMPORT_LIMITS } from './limits.ts';
import { sniff } from './sniff.ts';
import { toProposals } from './to-proposals.ts';
import type { Format, ImportOptions, ImportResult, ParseResult } from './types.ts';
import { formatSize, openZip } from './unzip.ts';

const fail = (...errors: Issue[]): ImportResult => ({ ok: false, errors });

function toBytes(input: ArrayBuffer | ArrayBufferView): Uint8Array {
  return ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
}

/** Counts proposals a geometry will become, before validating it, to reject oversized files early. */
function partCount(g: unknown): number {
  if (!g || typeof g !== 'object') return 1;
  const { type, coordinates, geometries } = g as Record<string, unknown>;
  if (typeof type === 'string' && type.startsWith('Multi') && Array.isArray(coordinates)) return coordinates.length;
  if (type === 'GeometryCollection' && Array.isArray(geometries)) return geometries.length;
  return 1;
}

export function importFile(name: string, input: ArrayBuffer | ArrayBufferView | string, opts: ImportOptions = {}): ImportResult {
  try {
    return run(name, input, opts);
  } catch (e) {
    return fail(issue('import.unexpected', { value: echo(e instanceof Error ? e.message : e) }));
  }
}

function run(name: string, input: ArrayBuffer | ArrayBufferView | string, opts: ImportOptions): ImportResult {
  const maxBytes = opts.maxBytes ?? IMPORT_LIMITS.maxBytes;
  const maxFeatures = opts.maxFeatures ?? IMPORT_LIMITS.maxFeatures;
  const size =
    typeof input === 'string' ? (input.length > maxBytes ? input.length : new TextEncoder().encode(input).length) : toBytes(input).length;
  if (size > maxBytes) return fail(issue('import.fileTooLarge', { size: formatSize(size), limit: formatSize(maxBytes) }));
  if (size === 0) return fail(issue('import.emptyFile'));

  let format: Format | undefined;
  let content: Uint8Array | string = typeof input === 'string' ? input : toBytes(input);
  if (typeof content !== 'string') {
    const kind = sniff(content);
    if (kind === 'zip') {
      const z = openZip(content, maxBytes);
      if (!z.ok) return fail(...z.errors);
      content = z.kml;
      format = 'kmz';
    } else if (kind === 'shapefile') return fail(issue('import.shapefileNotSupported'));
    else if (kind === 'ole') return fail(issue('import.excelNotSupported'));
    else if (kind === 'binary') return fail(issue('import.binaryFile', { value: echo(extensionOf(name) || '?') }));
  }
  const decoded = decode(content);
  if (!decoded.ok) return fail(...decoded.errors);
  const text = decoded.text;
  if (text.trim() === '') return fail(issue('import.emptyFile'));

  const textFormat = format === 'kmz' ? 'kml' : detectFormat(name, text);
  let parsed: ParseResult;
  if (textFormat === 'geojson') parsed = parseGeoJson(text);
  else if (textFormat === 'csv') parsed = parseCsv(text);
  else if (textFormat === 'kml') parsed = parseKml(text, opts.parseXml);
  else return fail(issue('import.unknownFormat', { value: echo(extensionOf(name) || name) }));
  if (!parsed.ok) return fail(...parsed.errors);

  const count = parsed.features.reduce((n, f) => n + partCount(f.geometry), 0);
  if (count > maxFeatures) return fail(issue('import.tooManyFeatures', { count, limit: maxFeatures }));

  const result = toProposals({
    fileName: name,
    format: format ?? textFormat,
    features: parsed.features,
    warnings: [...decoded.warnings, ...parsed.warnings],
    dropped: parsed.dropped,
    crsHints: parsed.crsHints,
    makeId: opts.makeId ?? newId,
    now: opts.now?.() ?? new Date().toISOString(),
  });
  return result.ok
    ? { ...result, warnings: capIssues(result.warnings), dropped: capIssues(result.dropped) }
    : { ok: false, errors: capIssues(result.errors) };
}

/** Keeps lists readable: a 5,000-row file with one systematic error need not list 5,000 lines. */
export function capIssues(list: Issue[], max: number = IMPORT_LIMITS.maxIssues): Issue[] {
  return list.length <= max ? list : [...list.slice(0, max), issue('import.moreIssues', { count: list.length - max })];
}
