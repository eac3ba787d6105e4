/**
 * A planner's later actual value for one of the plan's 18 indicators (表1): the figure, the date it
 * refers to and where it comes from. Stored in the scenario record (`indicatorActuals`, record v4),
 * so it travels with scenario files and share links. One value per indicator: recording again
 * replaces it (the card shows the latest figure the planner trusts, not a series).
 *
 * No plan data here (the scenario schema imports this file at start-up): checking a typed value against
 * its indicator is `validateActual` in src/data/indicators.ts.
 */
import { z } from 'zod';

export const ACTUAL_LIMITS = { source: 200, absurdFactor: 10, earliest: '2021-01-01' } as const;

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'bad date');

export const indicatorActualSchema = z.strictObject({
  indicatorId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(64),
  value: z.number().finite(),
  date: isoDate,
  // eslint-disable-next-line no-control-regex
  source: z.string().trim().min(1).max(ACTUAL_LIMITS.source).regex(/^[^\u0000-\u001f\u007f]*$/),
});
export type IndicatorActual = z.infer<typeof indicatorActualSchema>;

export const indicatorActualsSchema = z
  .array(indicatorActualSchema)
  .max(100)
  .refine((a) => new Set(a.map((x) => x.indicatorId)).size === a.length, 'one value per indicator');

/** The list with `a` in place of any earlier value for the same indicator, in the table's order. */
export function withActual(list: readonly IndicatorActual[], a: IndicatorActual, order: readonly string[]): IndicatorActual[] {
  const rest = list.filter((x) => x.indicatorId !== a.indicatorId);
  return [...rest, a].sort((x, y) => order.indexOf(x.indicatorId) - order.indexOf(y.indicatorId));
}

/**
 * Values from a scenario file merged into a scenario's own: for an indicator both have, the later
 * date wins (equal dates: the scenario's own value stays). Returns the merged list and how many came from the file.
 */
export function mergeActuals(own: readonly IndicatorActual[], incoming: readonly IndicatorActual[], order: readonly string[]): { list: IndicatorActual[]; taken: number } {
  let list = [...own];
  let taken = 0;
  for (const a of incoming) {
    const mine = list.find((x) => x.indicatorId === a.indicatorId);
    if (mine && mine.date >= a.date) continue;
    list = withActual(list, a, order);
    taken += 1;
  }
  return { list, taken };
}

/** The `indicatorActuals` of a scenario file's `scenario` member: null when absent, `dropped` when invalid. */
export function readScenarioFileActuals(text: string): { actuals: IndicatorActual[] } | { dropped: number } | null {
  if (!text.includes('"indicatorActuals"')) return null;
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return null;
  }
  const raw = (doc as { scenario?: { indicatorActuals?: unknown } } | null)?.scenario?.indicatorActuals;
  if (!Array.isArray(raw) || raw.length === 0) return null;
  const r = indicatorActualsSchema.safeParse(raw);
  return r.success ? { actuals: r.data } : { dropped: raw.length };
}
