/**
 * The plan's goals for 2025, 2030 and 2035 (第二章第三节) and its 2020 baseline figures (第一章第一节),
 * as shipped in geodata/plan/goals.json. Each carries the verbatim passage it rests on (tested).
 */
import { z } from 'zod';
import doc from '../../geodata/plan/goals.json';

const goalSchema = z.strictObject({
  id: z.string(),
  year: z.union([z.literal(2025), z.literal(2030), z.literal(2035)]),
  plan_ref: z.string(),
  title_zh: z.string(),
  title_en: z.string(),
  quote: z.string(),
  summary_en: z.string(),
});
const baselineSchema = z.strictObject({
  id: z.string(),
  plan_ref: z.string(),
  label_zh: z.string(),
  label_en: z.string(),
  /** The figure as printed in the quote. */
  value: z.string(),
  unit_zh: z.string(),
  unit_en: z.string(),
  quote: z.string(),
});
export const goalsFileSchema = z.strictObject({ source: z.string(), goals: z.array(goalSchema), baseline: z.array(baselineSchema) });
export type Goal = z.infer<typeof goalSchema>;
export type BaselineFigure = z.infer<typeof baselineSchema>;

const parsed = goalsFileSchema.parse(doc);
export const GOALS: Goal[] = parsed.goals;
export const BASELINE: BaselineFigure[] = parsed.baseline;
