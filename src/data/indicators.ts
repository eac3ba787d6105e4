/**
 * The plan's 18 target indicators (表1), as shipped in geodata/plan/indicators.json, and what a
 * recorded actual value means against them. Pure: no React, no storage.
 */
import { z } from 'zod';
import doc from '../../geodata/plan/indicators.json';

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

const round = (n: number) => Math.round(n * 1e6) / 1e6;
