/**
 * Importing a dataset, in three steps the UI shows: read (file → table, mapping guessed), build
 * (mapping → columns, with every skipped row and correction reported — repeated when the planner
 * changes the mapping or the coordinate system), save (one IndexedDB transaction). The importer keeps
 * the table between steps; it lives in the import worker (import-worker.ts), is plain TS, and is
 * tested in Node.
 */
import { unzipSync } from 'fflate';
import { echo, issue, type Issue } from '../issue.ts';
import { newId } from '../id.ts';
import { suspectCrs } from '../import/crs.ts';
import { decode } from '../import/decode.ts';
import { detectFormat, extensionOf } from '../import/detect-format.ts';
import { sniff } from '../import/sniff.ts';
import { formatSize } from '../import/unzip.ts';
import type { AtlasDb, StoreResult } from '../storage/db.ts';
import { saveDataset } from '../storage/datasets.ts';
import type { TradeOverrides } from '../../analysis/trades.ts';
import { buildDataset, type BuildReport, type ConvertFrom } from './build.ts';
import { detectMapping } from './columns.ts';
import { DATASET_LIMITS, DATASET_VERSION, type ColumnMapping, type DatasetData, type DatasetKind, type DatasetMeta, type SourceCrs } from './dataset.ts';
import { parseDelimited } from './delimited.ts';
import { readGeoJson, readKml } from './geo.ts';
import { readShapefile } from './shapefile.ts';
import type { Progress, ReadResult, SourceTable } from './source.ts';
import { readXlsx } from './xlsx.ts';

export interface Preview {
  fileName: string;
  bytes: number;
  format: SourceTable['format'];
  headers: string[];
  /** The first rows as the file has them, for the mapping editor. */
  sample: string[][];
  mapping: ColumnMapping;
  kind: DatasetKind;
  from: ConvertFrom;
  /** What the file says about its coordinates: evidence for GCJ-02/BD-09, or a .prj already applied. */
  detected: { crs: 'wgs84' | 'gcj02-suspected' | 'bd09-suspected'; evidence?: string; sourceCrs?: SourceCrs };
  warnings: Issue[];
  report: BuildReport;
}

export type ImportStep = { ok: true; preview: Preview } | { ok: false; errors: Issue[] };

const fail = (...errors: Issue[]): { ok: false; errors: Issue[] } => ({ ok: false, errors });

/** Zip archives: a shapefile, an XLSX workbook (itself a zip) or a KMZ. Sizes checked before inflating. */
async function readZip(bytes: Uint8Array, name: string): Promise<ReadResult> {
  const names: string[] = [];
  let inflated = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        inflated += f.originalSize;
        return /\.(shp|dbf|prj|cpg|kml)$/i.test(f.name) && inflated <= DATASET_LIMITS.maxBytes * 4;
      },
    });
  } catch {
    return fail(issue('import.zipCorrupt'));
  }
  if (inflated > DATASET_LIMITS.maxBytes * 4) return fail(issue('import.fileTooLarge', { size: formatSize(inflated), limit: formatSize(DATASET_LIMITS.maxBytes * 4) }));
  if (names.some((n) => n.startsWith('xl/'))) return readXlsx(bytes);
  if (names.some((n) => /\.shp$/i.test(n))) return readShapefile(files, name);
  const kml = Object.keys(files).find((n) => /(^|\/)doc\.kml$/i.test(n)) ?? Object.keys(files).find((n) => /\.kml$/i.test(n));
  if (kml) {
    const d = decode(files[kml]!);
    return d.ok ? readKml(d.text, name, 'kmz') : fail(...d.errors);
  }
  return fail(issue('dataset.zipNoData', { value: echo(name) }));
}

export async function readSource(name: string, bytes: Uint8Array, onProgress?: Progress): Promise<ReadResult> {
  if (bytes.length > DATASET_LIMITS.maxBytes) return fail(issue('dataset.fileTooLarge', { size: formatSize(bytes.length), limit: formatSize(DATASET_LIMITS.maxBytes) }));
  if (bytes.length === 0) return fail(issue('import.emptyFile'));
  const kind = sniff(bytes);
  if (kind === 'zip') return readZip(bytes, name);
  if (kind === 'ole') return readXlsx(bytes); // legacy .xls: SheetJS reads it too
  if (kind === 'shapefile') return fail(issue('dataset.shpNotZipped'));
  if (kind === 'binary') return fail(issue('import.binaryFile', { value: echo(extensionOf(name) || '?') }));
  const decoded = decode(bytes);
  if (!decoded.ok) return fail(...decoded.errors);
  const text = decoded.text;
  if (text.trim() === '') return fail(issue('import.emptyFile'));
  const format = detectFormat(name, text);
  let r: ReadResult;
  if (format === 'geojson') r = readGeoJson(text, name);
  else if (format === 'kml') r = await readKml(text, name, 'kml');
  else if (format === 'csv') {
    const t = parseDelimited(text, { fileName: name, maxRows: DATASET_LIMITS.maxRows, onProgress: (d, n) => onProgress?.(d, n) });
    if (t.total > DATASET_LIMITS.maxRows) return fail(issue('dataset.tooManyRows', { count: t.total, limit: DATASET_LIMITS.maxRows }));
    if (!t.header) return fail(issue('import.emptyFile'));
    if (t.rows.length === 0 && t.unclosedQuotes.length === 0) return fail(issue('import.csvNoRows'));
    const width = t.header.cells.length;
    const seen = new Map<string, number>();
    const headers = t.header.cells.map((h, i) => {
      const base = h.trim() || `column_${i + 1}`;
      const k = (seen.get(base) ?? 0) + 1;
      seen.set(base, k);
      return k === 1 ? base : `${base}_${k}`;
    });
    r = {
      ok: true,
      table: {
        format: 'csv',
        headers,
        rows: t.rows.map((x) => (x.cells.length === width ? x.cells : headers.map((_, j) => x.cells[j] ?? ''))),
        origin: t.rows.map((x) => x.line),
        originKind: 'line',
        total: t.total,
        warnings: [],
        dropped: t.unclosedQuotes.map((line) => issue('dataset.unclosedQuote', { line })),
        crsHints: [...headers, name],
      },
    };
  } else return fail(issue('import.unknownFormat', { value: echo(extensionOf(name) || name) }));
  if (r.ok) r.table.warnings.unshift(...decoded.warnings);
  return r;
}

/** The importer's memory between steps (one file at a time). */
export class DatasetImporter {
  private table: SourceTable | null = null;
  private built: { data: DatasetData; preview: Preview } | null = null;
  private source: { name: string; bytes: number } | null = null;

  async read(name: string, input: Uint8Array | ArrayBuffer, onProgress?: Progress): Promise<ImportStep> {
    this.table = null;
    this.built = null;
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    let r: ReadResult;
    try {
      r = await readSource(name, bytes, onProgress);
    } catch (e) {
      return fail(issue('import.unexpected', { value: echo(e instanceof Error ? e.message : e) }));
    }
    if (!r.ok) return r;
    const t = r.table;
    if (t.rows.length === 0 && t.dropped.length === 0) return fail(issue('dataset.noRows'));
    if (t.total > DATASET_LIMITS.maxRows) return fail(issue('dataset.tooManyRows', { count: t.total, limit: DATASET_LIMITS.maxRows }));
    this.table = t;
    this.source = { name, bytes: bytes.length };
    const mapping = detectMapping(t.headers, t.geometry !== undefined);
    const kind: DatasetKind = mapping.population !== undefined && mapping.category.length === 0 ? 'population' : 'outlets';
    const detected = this.detectCrs(mapping);
    const from: ConvertFrom = detected.crs === 'gcj02-suspected' ? 'gcj02' : detected.crs === 'bd09-suspected' ? 'bd09' : 'wgs84';
    return this.build({ mapping, kind, from }, onProgress);
  }

  /** Re-build with the planner's mapping, kind or coordinate system (the file is not read again). */
  build(opts: { mapping: ColumnMapping; kind: DatasetKind; from: ConvertFrom }, onProgress?: Progress): ImportStep {
    const t = this.table;
    if (!t || !this.source) return fail(issue('dataset.nothingToSave'));
    const hasCoords = t.geometry !== undefined || opts.mapping.location !== undefined || (opts.mapping.lon !== undefined && opts.mapping.lat !== undefined);
    if (!hasCoords) return fail(issue('import.csvNoCoordinateColumns', { columns: echo(t.headers.join(', ')) }));
    const { data, report } = buildDataset(t, { ...opts, onProgress });
    const preview: Preview = {
      fileName: this.source.name,
      bytes: this.source.bytes,
      format: t.format,
      headers: t.headers,
      sample: t.rows.slice(0, 5),
      mapping: opts.mapping,
      kind: opts.kind,
      from: opts.from,
      detected: this.detectCrs(opts.mapping),
      warnings: t.warnings,
      report,
    };
    this.built = { data, preview };
    return { ok: true, preview };
  }

  private detectCrs(mapping: ColumnMapping): Preview['detected'] {
    const t = this.table!;
    if (t.crs) return { crs: 'wgs84', sourceCrs: t.crs };
    if (mapping.preset === 'amap') return { crs: 'gcj02-suspected', evidence: [mapping.name, ...mapping.category].filter(Boolean).join(', ') };
    if (mapping.preset === 'baidu') return { crs: 'bd09-suspected', evidence: [mapping.name, ...mapping.category, mapping.lon, mapping.lat].filter(Boolean).join(', ') };
    const s = suspectCrs([...t.crsHints]);
    return s.evidence ? { crs: s.crs, evidence: s.evidence } : { crs: s.crs };
  }

  /** Stores the last build as a new dataset. The importer keeps it, so a failed save can be retried. */
  async save(db: AtlasDb, name: string, tradeOverrides: TradeOverrides = {}, now = new Date().toISOString(), id = newId('d')): Promise<StoreResult<DatasetMeta>> {
    const b = this.built;
    if (!b || !this.source) return { ok: false, error: issue('dataset.nothingToSave') };
    const p = b.preview;
    const sourceCrs: SourceCrs = p.detected.sourceCrs ?? (p.from === 'wgs84' ? 'wgs84' : p.from);
    const meta: DatasetMeta = {
      id,
      name: name.trim().slice(0, DATASET_LIMITS.nameLength) || this.source.name.slice(0, DATASET_LIMITS.nameLength),
      kind: p.kind,
      count: p.report.count,
      ...(p.report.totalPopulation !== undefined && p.kind === 'population' ? { totalPopulation: p.report.totalPopulation } : {}),
      geometry: p.report.geometry,
      source: {
        fileName: this.source.name.slice(0, 260),
        format: p.format,
        bytes: this.source.bytes,
        crs: sourceCrs,
        rows: p.report.total,
        skipped: p.report.skippedCount,
        mapping: p.mapping,
      },
      tradeOverrides: { ...tradeOverrides },
      created: now,
      updated: now,
      version: DATASET_VERSION,
    };
    if (meta.count === 0) return { ok: false, error: issue('dataset.noValidRows', { count: p.report.skippedCount }) };
    const r = await saveDataset(db, meta, { ...b.data, id });
    if (r.ok) this.clear();
    return r;
  }

  clear(): void {
    this.table = null;
    this.built = null;
    this.source = null;
  }
}
