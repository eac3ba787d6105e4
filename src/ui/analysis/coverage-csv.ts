/**
 * The coverage table as CSV: one row per district followed by its 街道, then the city, with the
 * table's columns at full precision (the table rounds for the screen).
 */
import type { TFunction } from 'i18next';
import type { CoverageTotals } from '../../analysis/coverage.ts';
import { rowsToCsv, type CsvColumn } from '../../io/export.ts';
import { areaName, type AreaSummary } from './area-rows.ts';

interface Row extends CoverageTotals {
  level: 'city' | 'district' | 'jiedao';
  district: string;
  jiedao: string;
  note: string;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

export function coverageCsv(summary: AreaSummary, minutes: number, lang: string, t: TFunction): string {
  const rows: Row[] = [];
  for (const d of summary.districts) {
    const district = areaName(d, lang);
    rows.push({ ...d, level: 'district', district, jiedao: '', note: d.approximate ? t('areas:csv.approximate') : '' });
    for (const j of summary.jiedao) if (j.districtId === d.id) rows.push({ ...j, level: 'jiedao', district, jiedao: areaName(j, lang), note: '' });
  }
  rows.push({ ...summary.city, level: 'city', district: '', jiedao: '', note: t('areas:table.city') });
  const columns: CsvColumn<Row>[] = [
    { header: t('areas:csv.level'), value: (r) => t(`areas:csv.levels.${r.level}`) },
    { header: t('areas:csv.district'), value: (r) => r.district },
    { header: t('areas:csv.jiedao'), value: (r) => r.jiedao },
    { header: t('areas:table.landKm2'), value: (r) => r2(r.landKm2) },
    { header: `${t('areas:table.landShare')} (%)`, value: (r) => r2(r.landShare * 100) },
    { header: t('areas:table.population'), value: (r) => Math.round(r.population) },
    { header: `${t('areas:table.popShare')} (%)`, value: (r) => r2(r.popShare * 100) },
    { header: t('areas:table.uncoveredPopulation'), value: (r) => Math.round(r.uncoveredPopulation) },
    { header: t('areas:csv.note', { minutes, radius: Math.round(summary.radiusM) }), value: (r) => r.note },
  ];
  return rowsToCsv(columns, rows);
}
