/**
 * Analysis parameters and their validation.
 *
 * Planners type numbers into forms, so bad input is expected, not exceptional: every problem comes
 * back as an error with an i18n code (namespace `analysis`, e.g. t(`analysis:${code}`, params)),
 * one per field, and nothing is clamped — a silently clamped 8 km/h would give numbers the planner
 * did not ask for. A field left undefined takes its default (DEFAULT_PARAMS).
 */
import { DISTRICT_IDS } from '../data/place-schema.ts';

export const MINUTES = [5, 10, 15] as const;
export type Minutes = (typeof MINUTES)[number];
/**
 * 'standard' (default): GB 50180's walking distance (300 / 500 / 1,000 m) ÷ the detour factor, as a
 * straight-line radius (231 / 385 / 769 m at 1.3). 'straight': the walking distances used as
 * straight-line radii (overstates what a walk reaches). 'walk': speed × time ÷ detour factor.
 */
export type RadiusMode = 'standard' | 'straight' | 'walk';
export const RADIUS_MODES: readonly RadiusMode[] = ['standard', 'straight', 'walk'];

export type CandidateArea =
  | { kind: 'uncovered' }
  | { kind: 'district'; districtId: string }
  | { kind: 'jiedao'; jiedaoId: string }
  | { kind: 'corridor'; lineIds: string[] };

export interface AnalysisParams {
  /** Life circles to compute, ascending, no duplicates. */
  minutes: Minutes[];
  radiusMode: RadiusMode;
  speedKmh: number;
  detourFactor: number;
  corridorWidthM: number;
  suggestK: number;
  candidateArea: CandidateArea;
}

/** What a form may hand over: anything, field by field. */
export type AnalysisParamsInput = { [K in keyof AnalysisParams]?: unknown } | AnalysisParams;

export const LIMITS = {
  speedKmh: { min: 3, max: 6 },
  detourFactor: { min: 1, max: 1.6 },
  corridorWidthM: { min: 100, max: 2000 },
  suggestK: { min: 1, max: 50 },
} as const;

export const DEFAULT_PARAMS: AnalysisParams = {
  minutes: [5, 10, 15],
  radiusMode: 'standard',
  speedKmh: 4.5,
  detourFactor: 1.3,
  corridorWidthM: 500,
  suggestK: 10,
  candidateArea: { kind: 'uncovered' },
};

export interface ParamError {
  field: string;
  code: string;
  params?: Record<string, number | string>;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: ParamError[] };

export function validateParams(
  p: AnalysisParamsInput,
  ctx: { lineIds?: readonly string[]; jiedaoIds?: readonly string[] } = {},
): Validated<AnalysisParams> {
  const input = p as Record<string, unknown>;
  const errors: ParamError[] = [];
  const get = <K extends keyof AnalysisParams>(k: K): unknown => (input[k] === undefined ? DEFAULT_PARAMS[k] : input[k]);

  const number = (field: keyof typeof LIMITS, integer = false): number => {
    const v = get(field);
    const { min, max } = LIMITS[field];
    if (typeof v !== 'number' || Number.isNaN(v)) errors.push({ field, code: 'errors.notANumber' });
    else if (integer && !Number.isInteger(v)) errors.push({ field, code: 'errors.notAnInteger', params: { value: v } });
    else if (v < min || v > max) errors.push({ field, code: 'errors.outOfRange', params: { min, max, value: v } });
    return v as number;
  };

  const rawMinutes = get('minutes');
  const list = Array.isArray(rawMinutes) ? rawMinutes : [rawMinutes];
  if (list.length === 0) errors.push({ field: 'minutes', code: 'errors.noMinutes' });
  for (const m of list) {
    if (!(MINUTES as readonly unknown[]).includes(m)) {
      errors.push({ field: 'minutes', code: 'errors.badMinutes', params: { value: String(m), allowed: MINUTES.join('/') } });
    }
  }
  const radiusMode = get('radiusMode');
  if (!(RADIUS_MODES as readonly unknown[]).includes(radiusMode)) {
    errors.push({ field: 'radiusMode', code: 'errors.badRadiusMode', params: { value: String(radiusMode) } });
  }
  const value: AnalysisParams = {
    minutes: [...new Set(list as Minutes[])].sort((a, b) => a - b),
    radiusMode: radiusMode as RadiusMode,
    speedKmh: number('speedKmh'),
    detourFactor: number('detourFactor'),
    corridorWidthM: number('corridorWidthM'),
    suggestK: number('suggestK', true),
    candidateArea: get('candidateArea') as CandidateArea,
  };
  errors.push(...validateCandidateArea(value.candidateArea, ctx.lineIds, ctx.jiedaoIds));
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

function validateCandidateArea(a: unknown, lineIds?: readonly string[], jiedaoIds?: readonly string[]): ParamError[] {
  const field = 'candidateArea';
  const area = a as Partial<Record<string, unknown>> | null;
  if (!area || typeof area !== 'object') return [{ field, code: 'errors.badCandidateArea' }];
  if (area.kind === 'uncovered') return [];
  if (area.kind === 'district') {
    const id = area.districtId;
    return (DISTRICT_IDS as readonly unknown[]).includes(id)
      ? []
      : [{ field, code: 'errors.unknownDistrict', params: { value: String(id) } }];
  }
  if (area.kind === 'jiedao') {
    const id = area.jiedaoId;
    return typeof id === 'string' && (jiedaoIds === undefined || jiedaoIds.includes(id))
      ? []
      : [{ field, code: 'errors.unknownJiedao', params: { value: String(id) } }];
  }
  if (area.kind === 'corridor') {
    const ids = area.lineIds;
    if (!Array.isArray(ids) || ids.length === 0) return [{ field, code: 'errors.noLines' }];
    return ids
      .filter((id) => typeof id !== 'string' || (lineIds !== undefined && !lineIds.includes(id)))
      .map((id) => ({ field, code: 'errors.unknownLine', params: { value: String(id) } }));
  }
  return [{ field, code: 'errors.badCandidateArea' }];
}
