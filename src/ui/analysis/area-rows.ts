/**
 * The coverage table's rows: each district with its 街道, sorted the same way inside and between the
 * groups, the city total, and the worst-served 街道. Pure; the table, the CSV and the choropleth's
 * legend read the same figures.
 */
import type { CoverageSummary, CoverageTotals, DistrictCoverage, JiedaoCoverage } from '../../analysis/coverage.ts';

export type JiedaoRow = JiedaoCoverage;
export type DistrictRow = DistrictCoverage;
export type AreaRow = JiedaoRow | DistrictRow;
/** What the table reads of a coverage summary. */
export type AreaSummary = Pick<CoverageSummary, 'radiusM' | 'jiedao' | 'districts' | 'city'>;

export const AREA_COLUMNS = ['landKm2', 'landShare', 'population', 'popShare', 'uncoveredPopulation'] as const;
export type AreaColumn = (typeof AREA_COLUMNS)[number];
export type AreaSortKey = 'name' | AreaColumn;
export interface AreaSort {
  key: AreaSortKey;
  asc: boolean;
}

/** Worst served first: the order a planner opens the table with. */
export const DEFAULT_SORT: AreaSort = { key: 'popShare', asc: true };

export const areaName = (r: AreaRow, lang: string): string => (lang === 'zh' ? r.name_zh : r.name_en);

export const columnValue = (r: CoverageTotals, key: AreaColumn): number => r[key];

function compare<T extends AreaRow>(sort: AreaSort, lang: string) {
  return (a: T, b: T) => {
    const c = sort.key === 'name' ? areaName(a, lang).localeCompare(areaName(b, lang), lang) : columnValue(a, sort.key) - columnValue(b, sort.key);
    return sort.asc ? c : -c;
  };
}

export interface DistrictGroup {
  district: DistrictRow;
  jiedao: JiedaoRow[];
}

/** Districts sorted by the chosen column, each with its 街道 sorted by the same column. */
export function groupAreas(summary: AreaSummary, sort: AreaSort, lang: string): DistrictGroup[] {
  const byDistrict = new Map<string, JiedaoRow[]>();
  for (const j of summary.jiedao) byDistrict.set(j.districtId, [...(byDistrict.get(j.districtId) ?? []), j]);
  // 深汕 (approximate, no 街道 or grid) stays last whatever the order: its zeros are not a finding.
  return [...summary.districts]
    .sort((a, b) => Number(a.approximate) - Number(b.approximate) || compare<DistrictRow>(sort, lang)(a, b))
    .map((district) => ({ district, jiedao: (byDistrict.get(district.id) ?? []).sort(compare(sort, lang)) }));
}

/** The n 街道 with the lowest share of residents covered (ties: more residents uncovered first). */
export function worstServed(summary: AreaSummary, n: number): JiedaoRow[] {
  return [...summary.jiedao]
    .filter((j) => j.population > 0)
    .sort((a, b) => a.popShare - b.popShare || b.uncoveredPopulation - a.uncoveredPopulation)
    .slice(0, n);
}
