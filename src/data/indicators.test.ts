/**
 * geodata/plan/indicators.json against 表1 as printed in the plan text (seeds/): every value, unit,
 * bracket and group is read from the seed here, independently of how the JSON was made.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeNeeded, INDICATOR_CATEGORIES, INDICATORS, progressOf, targetRange, type Indicator, validateActual } from './indicators.ts';
import { parseCell, readTable1 } from './plan-table.ts';

const SEED = readFileSync(resolve(__dirname, '../../seeds/000_a61645bc09bce8e2.txt'), 'utf8');
const table = readTable1(SEED);
const byId = (id: string) => INDICATORS.find((i) => i.id === id)!;

describe('表1 read from the plan text', () => {
  it('has 18 rows in four groups, numbered 1–18', () => {
    expect(table.map((r) => r.seq)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect([...new Set(table.map((r) => r.category))]).toEqual([...INDICATOR_CATEGORIES]);
  });
  it('reads cells as printed', () => {
    expect(parseCell('[1500家]')).toEqual({ raw: '[1500家]', value: '1500', unit: '家', bracketed: true });
    expect(parseCell('3-5个')).toEqual({ raw: '3-5个', value: '3-5', unit: '个', bracketed: false });
    expect(parseCell('—').value).toBeNull();
    expect(() => parseCell('约九千亿')).toThrow();
  });
});

describe('geodata/plan/indicators.json', () => {
  it('holds the 18 indicators of 表1 in the table order, each equal to its row', () => {
    expect(INDICATORS).toHaveLength(18);
    const problems: string[] = [];
    table.forEach((row, k) => {
      const i = INDICATORS[k]!;
      const asPrinted = (v: Indicator['base_2020'] | Indicator['target_2025']) => (v === null ? null : String(v));
      const want = {
        category_zh: row.category,
        name_zh: row.name,
        unit: row.target.unit,
        base_2020: row.base.value,
        target_2025: row.target.value,
        cumulative: row.target.bracketed,
        plan_ref: `表1-${row.seq}`,
      };
      const got = { ...i, base_2020: asPrinted(i.base_2020), target_2025: asPrinted(i.target_2025) };
      for (const [key, value] of Object.entries(want)) {
        if (got[key as keyof typeof got] !== value) problems.push(`${row.seq} ${row.name}: ${key} is ${String(got[key as keyof typeof got])}, 表1 prints ${String(value)}`);
      }
      if (row.base.value !== null && row.base.unit !== row.target.unit) problems.push(`${row.seq}: base and target units differ`);
    });
    expect(problems).toEqual([]);
  });

  it('keeps the figures a planner will check', () => {
    expect(byId('retail-sales')).toMatchObject({ base_2020: 8664.8, target_2025: 12500, unit: '亿元', cumulative: false });
    expect(byId('top100-fairs')).toMatchObject({ base_2020: 1, target_2025: '3-5', unit: '个' });
    expect(byId('fdi-utilised')).toMatchObject({ base_2020: 86.8, target_2025: 500, cumulative: true });
    expect(INDICATORS.filter((i) => i.base_2020 === null).map((i) => i.id)).toEqual(['tax-refund-shops', 'trade-hq', 'international-exhibition-share', 'icca-meetings', 'mnc-hq']);
  });

  it('keeps the table’s 81.6 where 第一章第一节 says 81.7, and the note says so', () => {
    expect(SEED).toContain('2020年实际对外投资额81.7亿美元');
    expect(byId('outward-investment').base_2020).toBe(81.6);
    const doc = JSON.parse(readFileSync(resolve(__dirname, '../../geodata/plan/indicators.json'), 'utf8')) as { notes: string[] };
    expect(doc.notes.some((n) => n.includes('81.7') && n.includes('81.6'))).toBe(true);
  });
});

describe('change needed and progress', () => {
  it('measures a yearly level from 2020, a five-year total from zero', () => {
    expect(changeNeeded(byId('retail-sales'))).toBe(3835.2);
    expect(changeNeeded(byId('fdi-utilised'))).toBe(500);
    expect(changeNeeded(byId('top100-fairs'))).toBe(2);
    expect(progressOf(byId('retail-sales'), 10582.4).share).toBeCloseTo(0.5, 6);
    expect(progressOf(byId('fdi-utilised'), 250).share).toBeCloseTo(0.5, 6);
    expect(progressOf(byId('icca-meetings'), 10).share).toBeCloseTo(0.2, 6);
  });
  it('treats a range target as reached at its lower end', () => {
    const fairs = byId('top100-fairs');
    expect(targetRange(fairs)).toEqual({ lo: 3, hi: 5 });
    expect(progressOf(fairs, 2)).toMatchObject({ reached: false, withinRange: false, share: 0.5 });
    expect(progressOf(fairs, 4)).toMatchObject({ reached: true, withinRange: true });
    expect(progressOf(fairs, 6)).toMatchObject({ reached: true, withinRange: false });
  });
  it('shows a fall below the 2020 level as negative progress', () => {
    expect(progressOf(byId('retail-sales'), 8000).share).toBeLessThan(0);
  });
});

describe('validateActual: a planner’s later figure, checked before it is stored', () => {
  const byId = (id: string) => INDICATORS.find((i) => i.id === id)!;
  const ok = { date: '2024-12-31', source: '深圳统计年鉴 2024' };
  const TODAY = '2026-11-28';
  const codes = (r: ReturnType<typeof validateActual>) => (r.ok ? [] : r.errors.map((e) => e.code));
  it('accepts a plausible figure, typed as planners type it', () => {
    expect(validateActual(byId('retail-sales'), { ...ok, value: '9,498.1' }, TODAY)).toEqual({ ok: true, value: { indicatorId: 'retail-sales', value: 9498.1, ...ok } });
    expect(validateActual(byId('online-retail-share'), { ...ok, value: '２７.５%' }, TODAY)).toMatchObject({ ok: true, value: { value: 27.5 } });
  });
  it('refuses absurd values with the reason', () => {
    expect(codes(validateActual(byId('retail-sales'), { ...ok, value: '949810000000' }, TODAY))).toEqual(['actual.absurd']); // 元 typed for 亿元
    expect(codes(validateActual(byId('retail-sales'), { ...ok, value: '-5' }, TODAY))).toEqual(['actual.negative']);
    expect(codes(validateActual(byId('online-retail-share'), { ...ok, value: '135' }, TODAY))).toEqual(['actual.overHundred']);
    expect(codes(validateActual(byId('retail-sales'), { ...ok, value: '很多' }, TODAY))).toEqual(['actual.notNumber']);
    expect(codes(validateActual(byId('retail-sales'), { value: '', date: '2027-01-01', source: ' ' }, TODAY))).toEqual(['actual.notNumber', 'actual.dateFuture', 'actual.sourceRequired']);
    expect(codes(validateActual(byId('retail-sales'), { ...ok, value: '9000', date: '2019-12-31' }, TODAY))).toEqual(['actual.dateBeforePlan']);
    expect(codes(validateActual(byId('retail-sales'), { ...ok, value: '9000', date: '2023-02-30' }, TODAY))).toEqual(['actual.badDate']);
  });
  it('the bound follows the indicator: ten times the larger of 2020 and 2025', () => {
    const i = byId('retail-sales');
    expect(validateActual(i, { ...ok, value: '125000' }, TODAY).ok).toBe(true);
    expect(validateActual(i, { ...ok, value: '125001' }, TODAY).ok).toBe(false);
  });
});
