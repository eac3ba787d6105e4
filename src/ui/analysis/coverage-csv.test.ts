import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/index.ts';
import type { AreaSummary } from './area-rows.ts';
import { coverageCsv } from './coverage-csv.ts';

const totals = (covered: number, population = 1000) => ({
  landKm2: 100, coveredKm2: covered, uncoveredKm2: 100 - covered, landShare: covered / 100,
  population, coveredPopulation: (covered / 100) * population, uncoveredPopulation: (1 - covered / 100) * population, popShare: covered / 100,
});
const summary: AreaSummary = {
  radiusM: 769.23,
  jiedao: [
    { id: 'futian-a', name_zh: '甲街道', name_en: 'A Subdistrict', districtId: 'futian', ...totals(30, 400) },
    { id: 'futian-b', name_zh: '乙街道', name_en: 'B Subdistrict', districtId: 'futian', ...totals(46.667, 600) },
  ],
  districts: [
    { id: 'futian', name_zh: '福田区', name_en: 'Futian', approximate: false, hasGrid: true, ...totals(40) },
    { id: 'shenshan', name_zh: '深汕特别合作区', name_en: 'Shenzhen-Shanwei', approximate: true, hasGrid: false, ...totals(0, 70000) },
  ],
  city: totals(40),
};

describe('coverage table CSV', () => {
  it('has a row per district followed by its 街道, then the city, with the table columns', () => {
    const i18n = createI18n('zh');
    const lines = coverageCsv(summary, 15, 'zh', i18n.t).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('层级,区,街道,陆地 km²,陆地覆盖率 (%),人口（模型）,人口覆盖率 (%),未覆盖人口,说明（15 分钟生活圈，直线半径 769 米；人口为模型估计）');
    expect(lines[1]).toBe('区,福田区,,100,40,1000,40,600,');
    expect(lines[2]).toBe('街道,福田区,甲街道,100,30,400,30,280,');
    expect(lines[3]).toBe('街道,福田区,乙街道,100,46.67,600,46.67,320,');
    expect(lines[4]).toMatch(/^区,深汕特别合作区,,100,0,70000,0,70000,示意范围/);
    expect(lines[5]).toMatch(/^全市,,,100,40,1000,40,600,全市（不含深汕）$/);
  });
  it('uses English names and headers in English', () => {
    const csv = coverageCsv(summary, 10, 'en', createI18n('en').t);
    expect(csv).toContain('Subdistrict,Futian,A Subdistrict,100,30,400');
    expect(csv).toContain('Residents covered (%)');
  });
});
