/** The 街道 where the smallest share of residents is covered, each a link to its row and its outline. */
import { useTranslation } from 'react-i18next';
import type { SelectedArea } from '../../app/store.ts';
import { areaName, worstServed, type AreaSummary } from './area-rows.ts';
import { pct, people } from './CoverageTable.tsx';

export function WorstServed({ summary, count = 10, onSelect }: { summary: AreaSummary; count?: number; onSelect: (a: SelectedArea) => void }) {
  const { t, i18n } = useTranslation('areas');
  const lang = i18n.language;
  const rows = worstServed(summary, count);
  const district = (id: string) => summary.districts.find((d) => d.id === id);
  if (!rows.length) return null;
  return (
    <section className="worst-served" data-testid="worst-served">
      <h4>{t('worst.title')}</h4>
      <ol>
        {rows.map((j) => (
          <li key={j.id} data-jiedao={j.id}>
            <button type="button" className="link" onClick={() => onSelect({ kind: 'jiedao', id: j.id })}>
              {areaName(j, lang)}
            </button>{' '}
            <small>
              {district(j.districtId) ? areaName(district(j.districtId)!, lang) : ''} · {t('worst.row', { share: pct(j.popShare), people: people(j.uncoveredPopulation, lang) })}
            </small>
          </li>
        ))}
      </ol>
    </section>
  );
}
