/**
 * What every reader hands to the dataset builder: a table of text cells with one origin per row
 * (its line in a CSV/XLSX, or its feature number in GeoJSON/KML/shapefiles) and, for geographic
 * formats, the row's geometry. Plain arrays: this lives in the import worker only.
 */
import type { Issue } from '../issue.ts';
import type { DatasetFormat, SourceCrs } from './dataset.ts';

export interface SourceTable {
  format: DatasetFormat;
  headers: string[];
  rows: string[][];
  origin: number[];
  /** 'line' for tables, 'feature' for geographic formats (how skipped rows are named). */
  originKind: 'line' | 'feature';
  /** Per row, for geographic formats: a GeoJSON geometry as the file had it (checked by the builder). */
  geometry?: unknown[];
  /** Rows the file had, including rows dropped while reading. */
  total: number;
  /** File-level notes (encoding, assumed CRS, layers). */
  warnings: Issue[];
  /** Rows dropped while reading (an unclosed quote), each with its line. */
  dropped: Issue[];
  /** Texts that may name the coordinate system (headers, a crs member, the .prj). */
  crsHints: string[];
  /** Set when the reader already knows the CRS (a shapefile's .prj) and reprojected to degrees. */
  crs?: SourceCrs;
}

export type ReadResult = { ok: true; table: SourceTable } | { ok: false; errors: Issue[] };

export type Progress = (done: number, total: number) => void;

/** Property values of GeoJSON/KML/DBF rows as cell text. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  try {
    return JSON.stringify(v) ?? '';
  } catch {
    return String(v);
  }
}

/** Feature properties → headers (union of keys, in first-seen order) and rows of cell text. */
export function propertiesToRows(props: unknown[], maxColumns: number): { headers: string[]; rows: string[][] } {
  const index = new Map<string, number>();
  for (const p of props) {
    if (!p || typeof p !== 'object') continue;
    for (const k of Object.keys(p)) if (!index.has(k) && index.size < maxColumns && !['__proto__', 'constructor', 'prototype'].includes(k)) index.set(k, index.size);
  }
  const headers = [...index.keys()];
  const rows = props.map((p) => {
    const row = new Array<string>(headers.length).fill('');
    if (p && typeof p === 'object') for (const [k, v] of Object.entries(p)) {
      const j = index.get(k);
      if (j !== undefined) row[j] = cellText(v);
    }
    return row;
  });
  return { headers, rows };
}
