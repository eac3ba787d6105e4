/**
 * CSV/TSV text → point features, one per row, via papaparse (delimiter auto-detected).
 * Every problem names its line in the file (quoted cells may span lines, so lines are counted
 * from papaparse's cursor, not from the row index). Bad rows are dropped, good rows kept.
 */
import Papa from 'papaparse';
import { echo, issue, type Issue } from '../issue.ts';
import { findCoordinateColumns } from './coordinate-columns.ts';
import { parseCoordinate } from './parse-coordinate.ts';
import type { ParseResult, RawFeature } from './types.ts';

/** Counts lines up to increasing offsets without rescanning the text each time. */
function lineCounter(text: string) {
  let pos = 0;
  let line = 1;
  return (offset: number) => {
    for (; pos < offset; pos++) if (text.charCodeAt(pos) === 10) line++;
    return line;
  };
}

function uniqueHeaders(row: string[]): string[] {
  const seen = new Map<string, number>();
  return row.map((h, i) => {
    const base = h.trim() || `column_${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  });
}

export function parseCsv(text: string): ParseResult {
  const rows: { cells: string[]; line: number; quoteError: boolean }[] = [];
  const lineAt = lineCounter(text);
  let start = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (r) => {
      while (start < text.length && /\s/.test(text[start]!)) start++; // skipped blank lines
      const quoteError = r.errors.some((e) => e.code === 'MissingQuotes');
      rows.push({ cells: r.data, line: lineAt(start), quoteError });
      start = r.meta.cursor;
    },
  });
  const [head, ...body] = rows;
  if (!head) return { ok: false, errors: [issue('import.emptyFile')] };
  const headers = uniqueHeaders(head.cells);
  const cols = findCoordinateColumns(headers);
  if (!cols) return { ok: false, errors: [issue('import.csvNoCoordinateColumns', { columns: echo(headers.join(', ')) })] };
  if (body.length === 0) return { ok: false, errors: [issue('import.csvNoRows')] };

  const lonIdx = headers.indexOf(cols.lon);
  const latIdx = headers.indexOf(cols.lat);
  const features: RawFeature[] = [];
  const warnings: Issue[] = [];
  const dropped: Issue[] = [];
  body.forEach(({ cells, line, quoteError }, i) => {
    const at = { line }; // CSV-only codes: their messages always say "第 N 行" (no context variant)
    if (quoteError) return void dropped.push(issue('import.csvUnclosedQuote', at));
    if (cells.length !== headers.length) {
      warnings.push(issue('import.csvFieldCount', { ...at, expected: headers.length, actual: cells.length }));
    }
    const coords: number[] = [];
    for (const [idx, field] of [[lonIdx, cols.lon], [latIdx, cols.lat]] as const) {
      const cell = cells[idx] ?? '';
      const c = parseCoordinate(cell);
      if (c.kind === 'empty') return void dropped.push(issue('import.csvMissingCoordinate', { ...at, field }));
      if (c.kind === 'invalid') return void dropped.push(issue('import.csvNotNumber', { ...at, field, value: echo(cell) }));
      if (c.kind === 'dms') warnings.push(issue('import.dmsConverted', { ...at, field, value: echo(cell) }));
      coords.push(c.value);
    }
    // Null prototype: a header called "__proto__" must stay an ordinary key.
    const properties: Record<string, unknown> = Object.create(null);
    headers.forEach((h, j) => {
      if (j !== lonIdx && j !== latIdx && j < cells.length) properties[h] = cells[j];
    });
    features.push({
      origin: { feature: i + 1, line },
      id: properties.id,
      geometry: { type: 'Point', coordinates: coords },
      properties,
    });
  });
  return { ok: true, features, warnings, dropped, crsHints: headers };
}
