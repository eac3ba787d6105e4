import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, validateParams } from './params.ts';

const codes = (r: ReturnType<typeof validateParams>) => (r.ok ? [] : r.errors.map((e) => `${e.field}:${e.code}`));

describe('validateParams', () => {
  it('accepts the defaults and normalises minutes to a sorted set', () => {
    const r = validateParams({ ...DEFAULT_PARAMS, minutes: [15, 5, 15] });
    expect(r).toEqual({ ok: true, value: { ...DEFAULT_PARAMS, minutes: [5, 15] } });
    expect(validateParams({ minutes: 10 })).toMatchObject({ ok: true, value: { minutes: [10] } });
  });

  it('returns one message per bad field, with the range, and never clamps', () => {
    const r = validateParams({
      speedKmh: 7, detourFactor: Number.NaN, corridorWidthM: '800', suggestK: 2.5, minutes: [5, 20], radiusMode: 'run',
    });
    expect(codes(r).sort()).toEqual([
      'corridorWidthM:errors.notANumber',
      'detourFactor:errors.notANumber',
      'minutes:errors.badMinutes',
      'radiusMode:errors.badRadiusMode',
      'speedKmh:errors.outOfRange',
      'suggestK:errors.notAnInteger',
    ]);
    expect(r.ok ? null : r.errors.find((e) => e.field === 'speedKmh')?.params).toEqual({ min: 3, max: 6, value: 7 });
  });

  it('checks every range at both ends', () => {
    for (const [field, bad] of [
      ['speedKmh', 2.9], ['speedKmh', 6.1], ['detourFactor', 0.99], ['detourFactor', 1.61],
      ['corridorWidthM', 99], ['corridorWidthM', 2001], ['suggestK', 0], ['suggestK', 51], ['speedKmh', Infinity],
    ] as const) {
      expect(codes(validateParams({ [field]: bad })), `${field}=${bad}`).toEqual([`${field}:errors.outOfRange`]);
    }
    expect(validateParams({ speedKmh: 3, detourFactor: 1.6, corridorWidthM: 2000, suggestK: 50 }).ok).toBe(true);
  });

  it('checks the candidate area', () => {
    expect(codes(validateParams({ minutes: [] }))).toEqual(['minutes:errors.noMinutes']);
    expect(codes(validateParams({ candidateArea: { kind: 'district', districtId: 'atlantis' } }))).toEqual([
      'candidateArea:errors.unknownDistrict',
    ]);
    expect(codes(validateParams({ candidateArea: { kind: 'corridor', lineIds: [] } }))).toEqual(['candidateArea:errors.noLines']);
    expect(codes(validateParams({ candidateArea: { kind: 'corridor', lineIds: ['4', '99'] } }, { lineIds: ['4'] }))).toEqual([
      'candidateArea:errors.unknownLine',
    ]);
    expect(codes(validateParams({ candidateArea: 'everywhere' }))).toEqual(['candidateArea:errors.badCandidateArea']);
    expect(validateParams({ candidateArea: { kind: 'district', districtId: 'futian' } }).ok).toBe(true);
    expect(validateParams({ candidateArea: { kind: 'jiedao', jiedaoId: 'baoan-xinan' } }, { jiedaoIds: ['baoan-xinan'] }).ok).toBe(true);
    expect(codes(validateParams({ candidateArea: { kind: 'jiedao', jiedaoId: 'baoan-atlantis' } }, { jiedaoIds: ['baoan-xinan'] }))).toEqual([
      'candidateArea:errors.unknownJiedao',
    ]);
    expect(validateParams({ radiusMode: 'straight' }).ok).toBe(true);
  });
});
