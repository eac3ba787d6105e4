/**
 * The plan's 18 target indicators (表1), as shipped in geodata/plan/indicators.json, and what a
 * recorded actual value means against them. Pure: no React, no storage.
 */
import { z } from 'zod';
import doc from '../../geodata/plan/indicators.json';
import { ACTUAL_LIMITS, isoDate, type IndicatorActual } from '../io/indicator-actual.ts';
import type { Issue } from '../io/issue.ts';

/** The four groups of 表1, in the table's order. */
export const INDICATOR_CATEGORIES = ['国际消费中心城市', '国际贸易中心城市', '国际会展之都', '国际投资与合作交流高地'] as const;

export const indicatorSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  category_zh: z.enum(INDICATOR_CATEGORIES),
  name_zh: z.string().min(2),
  name_en: z.string().min(2),
  unit: z.string().min(1),
  /** null where 表1 prints "—". */
  base_2020: z.number().nullable(),
  /** A number, or a range kept as printed ("3-5"). */
  target_2025: z.union([z.number(), z.string().regex(/^\d+(\.\d+)?-\d+(\.\d+)?$/)]),
  /** Bracketed in 表1: the target is a 2021–2025 five-year total. */
  cumulative: z.boolean(),
  plan_ref: z.string().regex(/^表1-\d+$/),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const indicatorFileSchema = z.strictObject({
  source: z.string(),
  notes: z.array(z.string()),
  indicators: z.array(indicatorSchema).length(18),
});

export const INDICATORS: Indicator[] = indicatorFileSchema.parse(doc).indicators;
export const INDICATOR_NOTES: string[] = doc.notes;

/** The target as numbers: a single value, or the two ends of a printed range. */
export function targetRange(i: Indicator): { lo: number; hi: number } {
  if (typeof i.target_2025 === 'number') return { lo: i.target_2025, hi: i.target_2025 };
  const [lo, hi] = i.target_2025.split('-').map(Number) as [number, number];
  return { lo, hi };
}

/**
 * How far the plan asks to move: target − 2020 for a yearly level with a baseline; the whole target
 * for a five-year total or where there is no baseline. For a range, the lower end counts.
 */
export function changeNeeded(i: Indicator): number {
  const { lo } = targetRange(i);
  return i.cumulative || i.base_2020 === null ? lo : round(lo - i.base_2020);
}

export interface Progress {
  /** Share of the way from the starting point to the (lower) target, 0 = start, 1 = reached. */
  share: number;
  reached: boolean;
  /** For a range target: the actual lies between its ends. */
  withinRange: boolean;
  /** What the share is measured from: the 2020 value, or zero (five-year totals, no baseline). */
  from: number;
}

/**
 * Progress of an actual value towards the target. A yearly level is measured from 2020 to 2025;
 * a five-year total (or an indicator without a 2020 value) from zero, so the actual must then be the
 * cumulative figure since 2021 (the card says so).
 */
export function progressOf(i: Indicator, actual: number): Progress {
  const { lo, hi } = targetRange(i);
  const from = i.cumulative || i.base_2020 === null ? 0 : i.base_2020;
  const span = lo - from;
  const share = span === 0 ? (actual >= lo ? 1 : 0) : (actual - from) / span;
  return { share, reached: actual >= lo, withinRange: lo !== hi && actual >= lo && actual <= hi, from };
}

/**
 * The card's form text → a value, or named errors (i18n keys in `plan`). Sanity bounds, not forecasts:
 * a negative figure, a share above 100 %, a date before the plan period (2021) or in the future, or a
 * figure more than ten times the larger of the 2020 value and the 2025 target (a unit slip — 元 typed
 * for 亿元 — is a factor of 10⁴–10⁸) is refused with the reason.
 */
export interface ActualForm {
  value: string;
  date: string;
  source: string;
}

export type ActualResult = { ok: true; value: IndicatorActual } | { ok: false; errors: Issue[] };

/** Parses a number as planners type it: full-width digits, thousands separators, a trailing %. */
function parseNumber(text: string): number | null {
  const t = text
    .trim()
    .replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '')
    .replace(/%$/, '');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** `today` as YYYY-MM-DD (the caller's clock, so tests are fixed). */
export function validateActual(i: Indicator, form: ActualForm, today: string): ActualResult {
  const errors: Issue[] = [];
  const value = parseNumber(form.value);
  if (value === null) errors.push({ code: 'actual.notNumber', params: { value: form.value.slice(0, 40) } });
  else if (value < 0) errors.push({ code: 'actual.negative', params: { value } });
  else if (i.unit === '%' && value > 100) errors.push({ code: 'actual.overHundred', params: { value } });
  else {
    const scale = Math.max(targetRange(i).hi, i.base_2020 ?? 0);
    const bound = scale * ACTUAL_LIMITS.absurdFactor;
    if (value > bound) errors.push({ code: 'actual.absurd', params: { value, bound, unit: i.unit } });
  }
  const date = form.date.trim();
  if (!isoDate.safeParse(date).success) errors.push({ code: 'actual.badDate', params: { date: date.slice(0, 20) } });
  else if (date < ACTUAL_LIMITS.earliest) errors.push({ code: 'actual.dateBeforePlan', params: { date, earliest: ACTUAL_LIMITS.earliest } });
  else if (date > today) errors.push({ code: 'actual.dateFuture', params: { date } });
  const source = form.source.trim();
  if (!source) errors.push({ code: 'actual.sourceRequired', params: {} });
  else if (source.length > ACTUAL_LIMITS.source || /[\n\r]/.test(source)) errors.push({ code: 'actual.sourceTooLong', params: { limit: ACTUAL_LIMITS.source } });
  if (errors.length || value === null) return { ok: false, errors };
  return { ok: true, value: { indicatorId: i.id, value, date, source } };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;
