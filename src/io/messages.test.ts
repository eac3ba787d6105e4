/**
 * How the UI shows an Issue: `t('io:' + issue.code, issue.params)` with the app's own i18next
 * instance. Checks the `_line` context for CSV rows, `count` params (which i18next also reads for
 * plurals), and that user text comes through as the same characters (React then renders it as text).
 */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/index.ts';
import { importFile } from './import/import-file.ts';

describe('issue messages through i18next', () => {
  const i18n = createI18n('zh');
  const t = (code: string, params: object) => i18n.t(`io:${code}`, params as Record<string, unknown>);

  it('says "line" for CSV rows and "feature" for GeoJSON features', () => {
    const csv = importFile('a.csv', 'name,lon,lat\nA,114.05,22.54\nB,116.4,39.9\n');
    const geo = importFile('a.geojson', JSON.stringify({ type: 'FeatureCollection', features: [
      { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [114.05, 22.54] } },
      { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [116.4, 39.9] } },
    ] }));
    if (!csv.ok || !geo.ok) throw new Error('fixture');
    expect(t(csv.dropped[0]!.code, csv.dropped[0]!.params)).toBe('第 3 行：位于深圳市范围之外（116.4, 39.9），已跳过。');
    expect(t(geo.dropped[0]!.code, geo.dropped[0]!.params)).toBe('第 2 个要素：位于深圳市范围之外（116.4, 39.9），已跳过。');
    void i18n.changeLanguage('en');
    expect(t(csv.dropped[0]!.code, csv.dropped[0]!.params)).toBe('Line 3 lies outside Shenzhen (116.4, 39.9); skipped.');
    void i18n.changeLanguage('zh');
  });

  it('fills messages with a count param in both languages', () => {
    for (const lng of ['zh', 'en'] as const) {
      void i18n.changeLanguage(lng);
      const text = t('import.namesGenerated', { count: 3 });
      expect(text).toMatch(/3/);
      expect(text).not.toMatch(/io:|import\./);
    }
    void i18n.changeLanguage('zh');
  });

  it('passes markup in user values through unescaped as characters (React renders it as text)', () => {
    expect(t('import.csvNotNumber', { line: 2, field: '<b>lat</b>', value: '<img src=x onerror=alert(1)>' })).toBe(
      '第 2 行：“<b>lat</b>” 列的值 “<img src=x onerror=alert(1)>” 不是数字，该行未导入。',
    );
  });
});
