import { describe, expect, it } from 'vitest';
import type { CoverageSummary } from '../../analysis/coverage.ts';
import { createI18n } from '../../i18n/index.ts';
import { coverageCsv } from './coverage-csv.ts';

const totals = (covered: number) => ({
  landKm2: 100, coveredKm2: covered, uncoveredKm2: 100 - covered, landShare: covered / 100,
  population: 1000, coveredPopulation: covered * 10, uncoveredPopulation: 1000 - covered * 10, popShare: covered / 100,
});
const summary: CoverageSummary = {
  radiusM: 1000,
  nodeCount: 3,
  jiedao: [],
  districts: [
    { id: 'futian', name_zh: '福田区', name_en: 'Futian', approximate: false, hasGrid: true, ...totals(40) },
    { id: 'shenshan', name_zh: '深汕特别合作区', name_en: 'Shenzhen-Shanwei', approximate: true, hasGrid: false, ...totals(5) },
  ],
  city: totals(40),
  cityIncludingApproximate: totals(45),
  excludedFromCity: ['shenshan'],
};

describe('coverage table CSV', () => {
  it('has the rows and figures of the table, the city total, and marks the approximate district', () => {
    const i18n = createI18n('zh');
    const csv = coverageCsv(summary, 15, 'zh', i18n.t);
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('人口加权覆盖率');
    expect(lines[0]).toContain('15 分钟');
    expect(lines[1]).toBe('福田区,100,40,60,0.4,1000,400,0.4,');
    expect(lines[2]).toMatch(/^深汕特别合作区,.*示意范围/);
    expect(lines[3]).toMatch(/^全市合计,100,40,60,0\.4/);
  });
  it('uses English names and headers in English', () => {
    const i18n = createI18n('en');
    const csv = coverageCsv(summary, 10, 'en', i18n.t);
    expect(csv).toContain('Futian,100,40');
    expect(csv).toContain('Population-weighted');
  });
});
