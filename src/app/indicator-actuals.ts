/**
 * Actions on the planner's indicator values: stored in the active scenario (one undo step, autosaved
 * with it; a scenario is created first if there is none), so they travel with scenario files and links.
 */
import { INDICATORS } from '../data/indicators.ts';
import { withActual, type IndicatorActual } from '../io/indicator-actual.ts';
import { editDeck } from './scenarios.ts';

const ORDER = INDICATORS.map((i) => i.id);

export function recordActual(a: IndicatorActual, defaultScenarioName: string): boolean {
  return !!editDeck((s, now) => ({ ok: true, value: { ...s, indicatorActuals: withActual(s.indicatorActuals ?? [], a, ORDER), updated: now } }), defaultScenarioName);
}

export function clearActual(indicatorId: string, defaultScenarioName: string): void {
  editDeck((s, now) => {
    const list = s.indicatorActuals ?? [];
    return list.some((x) => x.indicatorId === indicatorId) ? { ok: true, value: { ...s, indicatorActuals: list.filter((x) => x.indicatorId !== indicatorId), updated: now } } : { ok: true, value: s };
  }, defaultScenarioName);
}
