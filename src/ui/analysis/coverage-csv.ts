/** The district table as CSV: the same rows and figures as on screen, plus the city total. */
import type { TFunction } from 'i18next';
import type { CoverageSummary, CoverageTotals } from '../../analysis/coverage.ts';
import { rowsToCsv, type CsvColumn } from '../../io/export.ts';

type Row = CoverageTotals & { name: string; note: string };

const r1 = (x: number) => Math.round(x * 10) / 10;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function coverageCsv(summary: CoverageSummary, minutes: number, lang: string, t: TFunction): string {
  const rows: Row[] = summary.districts.map((d) => ({
    name: lang === 'zh' ? d.name_zh : d.name_en,
    ...d,
    note: d.approximate ? t('analysis:table.approximate') : '',
  }));
  rows.push({ name: t('analysis:table.cityTotal'), ...summary.city, note: t('analysis:table.cityTotalNote') });
  const columns: CsvColumn<Row>[] = [
    { header: t('analysis:table.district'), value: (r) => r.name },
    { header: t('analysis:table.landKm2'), value: (r) => r1(r.landKm2) },
    { header: t('analysis:table.coveredKm2'), value: (r) => r1(r.coveredKm2) },
    { header: t('analysis:table.uncoveredKm2'), value: (r) => r1(r.uncoveredKm2) },
    { header: t('analysis:table.landShare'), value: (r) => r3(r.landShare) },
    { header: t('analysis:table.population'), value: (r) => Math.round(r.population) },
    { header: t('analysis:table.coveredPopulation'), value: (r) => Math.round(r.coveredPopulation) },
    { header: t('analysis:table.popShare'), value: (r) => r3(r.popShare) },
    { header: t('analysis:ui.csvNote', { minutes, radius: Math.round(summary.radiusM) }), value: (r) => r.note },
  ];
  return rowsToCsv(columns, rows);
}
