/**
 * A coordinate cell → degrees. Decimal degrees are the norm; degrees-minutes-seconds
 * (22°32′15″N, 114度3分) are common in survey tables and are converted, since their meaning is
 * unambiguous. Anything else is reported with the exact cell.
 */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DMS = /^([+-]?\d+(?:\.\d+)?)\s*[°度]\s*(?:(\d+(?:\.\d+)?)\s*['′’分]\s*)?(?:(\d+(?:\.\d+)?)\s*(?:["″”秒]|'')\s*)?([NSEW东西南北])?$/i;

export type ParsedCoordinate = { kind: 'decimal' | 'dms'; value: number } | { kind: 'empty' } | { kind: 'invalid' };

export function parseCoordinate(cell: string): ParsedCoordinate {
  const s = cell.trim();
  if (s === '') return { kind: 'empty' };
  if (DECIMAL.test(s)) {
    const value = Number(s);
    return Number.isFinite(value) ? { kind: 'decimal', value } : { kind: 'invalid' };
  }
  const m = DMS.exec(s);
  if (!m) return { kind: 'invalid' };
  const [, d, min = '0', sec = '0', hemi = ''] = m;
  if (Number(min) >= 60 || Number(sec) >= 60) return { kind: 'invalid' };
  const abs = Math.abs(Number(d)) + Number(min) / 60 + Number(sec) / 3600;
  const negative = d!.startsWith('-') || /^[SW西南]$/i.test(hemi);
  return { kind: 'dms', value: negative ? -abs : abs };
}
