/** Per-district coverage for the life circle on the map, sortable by any column. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageSummary, DistrictCoverage } from '../../analysis/coverage.ts';

export type SortKey = 'name' | 'landShare' | 'popShare' | 'uncoveredKm2' | 'coveredPopulation' | 'population';
const COLUMNS: SortKey[] = ['landShare', 'popShare', 'uncoveredKm2', 'coveredPopulation'];

export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
export const km2 = (x: number) => x.toFixed(1);
export const people = (x: number, lang: string) => Math.round(x).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');

export function sortDistricts(rows: DistrictCoverage[], key: SortKey, asc: boolean, lang: string): DistrictCoverage[] {
  const val = (r: DistrictCoverage) => (key === 'name' ? (lang === 'zh' ? r.name_zh : r.name_en) : r[key]);
  return [...rows].sort((a, b) => {
    const [x, y] = [val(a), val(b)];
    const c = typeof x === 'string' ? x.localeCompare(String(y), lang) : (x as number) - (y as number);
    return asc ? c : -c;
  });
}

export function CoverageTable({ summary }: { summary: CoverageSummary }) {
  const { t, i18n } = useTranslation('analysis');
  const lang = i18n.language;
  const [sort, setSort] = useState<{ key: SortKey; asc: boolean }>({ key: 'popShare', asc: true });
  const rows = useMemo(() => sortDistricts(summary.districts, sort.key, sort.asc, lang), [summary, sort, lang]);
  const header = (key: SortKey, label: string) => (
    <th key={key} scope="col" aria-sort={sort.key === key ? (sort.asc ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort" onClick={() => setSort((s) => ({ key, asc: s.key === key ? !s.asc : true }))} data-testid={`sort-${key}`}>
        {label}
        {sort.key === key ? (sort.asc ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
  const cell = (r: DistrictCoverage, k: SortKey) =>
    k === 'landShare' || k === 'popShare' ? pct(r[k]) : k === 'uncoveredKm2' ? km2(r[k]) : people(r[k as 'population'], lang);
  return (
    <table className="coverage-table" data-testid="coverage-table">
      <caption>{t('table.title')}</caption>
      <thead>
        <tr>
          {header('name', t('table.district'))}
          {COLUMNS.map((c) => header(c, t(`table.${c}`)))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-district={r.id} className={r.approximate ? 'approximate' : undefined}>
            <th scope="row" title={r.approximate ? t('table.approximate') : undefined}>
              {lang === 'zh' ? r.name_zh : r.name_en}
              {r.approximate ? ' *' : ''}
            </th>
            {COLUMNS.map((c) => (
              <td key={c} data-col={c}>{cell(r, c)}</td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-district="city">
          <th scope="row">{t('table.cityTotal')}</th>
          <td data-col="landShare">{pct(summary.city.landShare)}</td>
          <td data-col="popShare" data-testid="city-pop-share">{pct(summary.city.popShare)}</td>
          <td data-col="uncoveredKm2">{km2(summary.city.uncoveredKm2)}</td>
          <td data-col="coveredPopulation">{people(summary.city.coveredPopulation, lang)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
