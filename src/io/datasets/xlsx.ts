/**
 * XLSX workbooks → a table, with SheetJS (@e965/xlsx: the official SheetJS 0.20.3 build republished on
 * the npm registry, whose own `xlsx` package stopped at 0.18.5 with two known vulnerabilities fixed
 * since). Loaded with import() on first use, inside the import worker only.
 *
 * The first sheet with data is read; the header is its first non-empty row; line numbers are Excel's
 * row numbers. Cells are read raw (a coordinate formatted "0.00" keeps all its decimals).
 */
import { issue } from '../issue.ts';
import { DATASET_LIMITS } from './dataset.ts';
import type { ReadResult } from './source.ts';
import { cellText } from './source.ts';

export async function readXlsx(bytes: Uint8Array, maxRows: number = DATASET_LIMITS.maxRows): Promise<ReadResult> {
  const XLSX = await import('@e965/xlsx');
  let wb: ReturnType<typeof XLSX.read>;
  try {
    // Two rows over the limit are enough to know it is exceeded; !fullref keeps the true size.
    wb = XLSX.read(bytes, { type: 'array', dense: true, cellHTML: false, cellFormula: false, cellStyles: false, sheetRows: maxRows + 2 });
  } catch (e) {
    return { ok: false, errors: [issue('dataset.xlsxUnreadable', { value: e instanceof Error ? e.message.slice(0, 80) : 'xlsx' })] };
  }
  const withData = wb.SheetNames.filter((n) => wb.Sheets[n]?.['!ref']);
  const sheetName = withData[0];
  if (sheetName === undefined) return { ok: false, errors: [issue('dataset.noRows')] };
  const ws = wb.Sheets[sheetName]!;
  const range = XLSX.utils.decode_range(ws['!ref']!);
  const full = XLSX.utils.decode_range(ws['!fullref'] ?? ws['!ref']!);
  const grid = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: '', blankrows: true });
  const warnings = withData.length > 1 ? [issue('dataset.xlsxSheet', { sheet: sheetName, count: withData.length })] : [];
  let headerAt = grid.findIndex((r) => r.some((c) => cellText(c).trim() !== ''));
  if (headerAt < 0) return { ok: false, errors: [issue('dataset.noRows')] };
  const headers = grid[headerAt]!.map((c, i) => cellText(c).trim() || `column_${i + 1}`);
  const rows: string[][] = [];
  const origin: number[] = [];
  for (let i = headerAt + 1; i < grid.length; i++) {
    const r = grid[i]!;
    if (!r.some((c) => cellText(c).trim() !== '')) continue;
    rows.push(headers.map((_, j) => cellText(r[j])));
    origin.push(range.s.r + i + 1);
  }
  headerAt += range.s.r;
  const total = Math.max(rows.length, full.e.r - headerAt);
  return { ok: true, table: { format: 'xlsx', headers, rows, origin, originKind: 'line', total, warnings, dropped: [], crsHints: [...headers, sheetName] } };
}
