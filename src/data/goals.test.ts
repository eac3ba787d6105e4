import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASELINE, GOALS } from './goals.ts';

const SEED = readFileSync(resolve(__dirname, '../../seeds/000_a61645bc09bce8e2.txt'), 'utf8');

describe('geodata/plan/goals.json', () => {
  it('quotes the goals of 第二章第三节 verbatim, for 2025, 2030 and 2035', () => {
    expect(GOALS.filter((g) => !SEED.includes(g.quote)).map((g) => g.id)).toEqual([]);
    expect([...new Set(GOALS.map((g) => g.year))]).toEqual([2025, 2030, 2035]);
    expect(GOALS.find((g) => g.year === 2030)!.quote.startsWith('到2030年')).toBe(true);
    expect(GOALS.find((g) => g.year === 2035)!.quote.startsWith('到2035年')).toBe(true);
  });
  it('takes every 2020 baseline figure from a verbatim clause of 第一章第一节 that prints it', () => {
    const s = SEED.indexOf('第一节  发展基础');
    const section = SEED.slice(s, SEED.indexOf('第二节  发展环境'));
    const bad = BASELINE.filter((b) => !section.includes(b.quote) || !b.quote.includes(b.value)).map((b) => b.id);
    expect(bad).toEqual([]);
    expect(BASELINE.find((b) => b.id === 'retail-sales')!.value).toBe('8664.8');
  });
});
