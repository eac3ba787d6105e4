/**
 * Reads 表1 (the 18 target indicators) straight from the plan text in seeds/. The table is stored as
 * tab-prefixed cells, one per line, rows separated by blank lines:
 *   \t<category or empty>  \t<序号>  \t<指标>  \t<2020年现状值>  \t<2025年目标值>
 * Pure: text in, rows out. Used by the data test that checks geodata/plan/indicators.json.
 */

export interface TableCell {
  /** The cell as printed, trimmed: "8664.8亿元", "[700家]", "—", "3-5个". */
  raw: string;
  /** The number or range as printed ("8664.8", "3-5"), or null for a dash. */
  value: string | null;
  unit: string;
  /** Printed in square brackets: a five-year total (备注 1). */
  bracketed: boolean;
}

export interface TableRow {
  category: string;
  seq: number;
  name: string;
  base: TableCell;
  target: TableCell;
}

const DASHES = new Set(['—', '-', '–', '－', '']);

export function parseCell(raw: string): TableCell {
  const text = raw.trim();
  if (DASHES.has(text)) return { raw: text, value: null, unit: '', bracketed: false };
  const bracketed = text.startsWith('[') && text.endsWith(']');
  const inner = bracketed ? text.slice(1, -1) : text;
  const m = /^(\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?)(.*)$/.exec(inner);
  if (!m) throw new Error(`表1: cannot read the cell «${raw}»`);
  return { raw: text, value: m[1]!, unit: m[2]!.trim(), bracketed };
}

/** The rows of 表1, in order. Throws with the offending text if the layout is not what it expects. */
export function readTable1(seed: string): TableRow[] {
  const lines = seed.split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith('表1'));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('备注'));
  if (start < 0 || end < 0) throw new Error('表1 not found in the plan text');
  const blocks: string[][] = [[]];
  for (const line of lines.slice(start + 1, end)) {
    if (line.trim() === '' && !line.startsWith('\t')) blocks.push([]);
    else if (line.startsWith('\t')) blocks.at(-1)!.push(line.slice(1));
    else blocks.at(-1)!.push(line); // continuation of a header cell ("2020年\n现状值")
  }
  const rows: TableRow[] = [];
  let category = '';
  for (const cells of blocks.slice(1)) {
    if (cells.length === 0) continue;
    if (cells.length !== 5) throw new Error(`表1: a row with ${cells.length} cells: ${cells.join(' | ')}`);
    const [cat, seq, name, base, target] = cells as [string, string, string, string, string];
    if (cat.trim()) category = cat.trim();
    rows.push({ category, seq: Number(seq), name: name.trim(), base: parseCell(base), target: parseCell(target) });
  }
  return rows;
}
