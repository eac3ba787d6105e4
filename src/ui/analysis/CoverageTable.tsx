/**
 * Coverage per district and 街道 for the life circle on the map: districts sorted by any column, each
 * with its 街道 (folded until asked for) sorted the same way, and the city. A row selects its area
 * (`selectedArea` in the app store); an area selected elsewhere (a click on the map) is unfolded,
 * highlighted and scrolled to.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageTotals } from '../../analysis/coverage.ts';
import type { SelectedArea } from '../../app/store.ts';
import { AREA_COLUMNS, DEFAULT_SORT, areaName, columnValue, groupAreas, type AreaColumn, type AreaRow, type AreaSort, type AreaSortKey, type AreaSummary } from './area-rows.ts';

export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
export const km2 = (x: number) => x.toFixed(1);
export const people = (x: number, lang: string) => Math.round(x).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');
/** Residents in a narrow cell: 万 in Chinese, k / M in English; the exact figure is in the title and the CSV. */
export const peopleShort = (x: number, lang: string) =>
  lang === 'zh' ? (x >= 1e4 ? `${(x / 1e4).toFixed(1)}万` : String(Math.round(x))) : x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k` : String(Math.round(x));

interface Props {
  summary: AreaSummary;
  minutes: number;
  selected: SelectedArea | null;
  onSelect: (area: SelectedArea) => void;
}

export function CoverageTable({ summary, minutes, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation('areas');
  const lang = i18n.language;
  const [sort, setSort] = useState<AreaSort>(DEFAULT_SORT);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const groups = useMemo(() => groupAreas(summary, sort, lang), [summary, sort, lang]);
  const body = useRef<HTMLTableElement>(null);

  // An area chosen elsewhere: unfold its district and bring its row into view.
  const selectedDistrict = selected?.kind === 'jiedao' ? summary.jiedao.find((j) => j.id === selected.id)?.districtId : selected?.id;
  const [shownFor, setShownFor] = useState<SelectedArea | null>(null);
  if (selected !== shownFor) {
    setShownFor(selected);
    if (selected?.kind === 'jiedao' && selectedDistrict && !open.has(selectedDistrict)) setOpen(new Set([...open, selectedDistrict]));
  }
  useEffect(() => {
    if (!selected) return;
    const row = body.current?.querySelector(`tr[data-${selected.kind === 'jiedao' ? 'jiedao' : 'district'}="${CSS.escape(selected.id)}"]`);
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [selected, open]);

  const toggle = (id: string) => setOpen((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const allOpen = groups.every((g) => !g.jiedao.length || open.has(g.district.id));
  const header = (key: AreaSortKey, label: string) => (
    <th key={key} scope="col" aria-sort={sort.key === key ? (sort.asc ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort" onClick={() => setSort((s) => ({ key, asc: s.key === key ? !s.asc : true }))} data-testid={`sort-${key}`}>
        {label}
        {sort.key === key ? (sort.asc ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
  const cells = (r: CoverageTotals, testIds = false) =>
    AREA_COLUMNS.map((c: AreaColumn) => {
      const v = columnValue(r, c);
      const text = c === 'landShare' || c === 'popShare' ? pct(v) : c === 'landKm2' ? km2(v) : peopleShort(v, lang);
      return (
        <td key={c} data-col={c} data-value={v} title={c === 'population' || c === 'uncoveredPopulation' ? people(v, lang) : undefined} data-testid={testIds && c === 'popShare' ? 'city-pop-share' : undefined}>
          {text}
        </td>
      );
    });
  const isSelected = (kind: SelectedArea['kind'], id: string) => selected?.kind === kind && selected.id === id;
  const nameButton = (kind: SelectedArea['kind'], r: AreaRow) => (
    <button type="button" className="link" onClick={() => onSelect({ kind, id: r.id })} title={t('table.selectArea', { name: areaName(r, lang) })}>
      {areaName(r, lang)}
    </button>
  );

  return (
    <table className="coverage-table" data-testid="coverage-table" ref={body}>
      <caption>
        {t('table.title')} <small>{t('table.caption', { minutes, radius: Math.round(summary.radiusM) })}</small>
        {summary.jiedao.length > 0 && (
          <button type="button" className="link expand-all" onClick={() => setOpen(allOpen ? new Set() : new Set(groups.map((g) => g.district.id)))} data-testid="expand-all">
            {allOpen ? t('table.collapseAll') : t('table.expandAll')}
          </button>
        )}
      </caption>
      <thead>
        <tr>
          {header('name', t('table.name'))}
          {AREA_COLUMNS.map((c) => header(c, t(`table.${c}`)))}
        </tr>
      </thead>
      {groups.map(({ district: d, jiedao }) => {
        const unfolded = open.has(d.id);
        return (
          <tbody key={d.id} data-group={d.id}>
            <tr data-district={d.id} className={`district-row${d.approximate ? ' approximate' : ''}${isSelected('district', d.id) ? ' selected' : ''}`} aria-selected={isSelected('district', d.id)}>
              <th scope="row" title={d.approximate ? t('table.approximate') : undefined}>
                {jiedao.length > 0 && (
                  <button
                    type="button"
                    className="fold"
                    aria-expanded={unfolded}
                    aria-label={t(unfolded ? 'table.hideJiedao' : 'table.showJiedao', { name: areaName(d, lang) })}
                    onClick={() => toggle(d.id)}
                    data-testid={`fold-${d.id}`}
                  >
                    {unfolded ? '▾' : '▸'}
                  </button>
                )}
                {nameButton('district', d)}
                {d.approximate ? ' *' : ''}
              </th>
              {cells(d)}
            </tr>
            {unfolded &&
              jiedao.map((j) => (
                <tr key={j.id} data-jiedao={j.id} className={`jiedao-row${isSelected('jiedao', j.id) ? ' selected' : ''}`} aria-selected={isSelected('jiedao', j.id)}>
                  <th scope="row">{nameButton('jiedao', j)}</th>
                  {cells(j)}
                </tr>
              ))}
          </tbody>
        );
      })}
      <tfoot>
        <tr data-district="city">
          <th scope="row">{t('table.city')}</th>
          {cells(summary.city, true)}
        </tr>
      </tfoot>
    </table>
  );
}
