/** The gaps on the map, named: the 街道 with the most residents outside every circle, and their land. */
import { useTranslation } from 'react-i18next';
import type { FeatureCollection } from 'geojson';
import type { GapProps } from '../../analysis/gaps.ts';
import type { SelectedArea } from '../../app/store.ts';
import { km2, people } from './CoverageTable.tsx';

export function GapList({ gaps, count = 8, onSelect }: { gaps: FeatureCollection; count?: number; onSelect: (a: SelectedArea) => void }) {
  const { t, i18n } = useTranslation('areas');
  const lang = i18n.language;
  const rows = gaps.features
    .map((f) => f.properties as GapProps)
    .sort((a, b) => b.uncoveredPopulation - a.uncoveredPopulation)
    .slice(0, count);
  if (!rows.length) return null;
  return (
    <ol className="gap-list" data-testid="gap-list">
      {rows.map((g) => (
        <li key={g.jiedao} data-jiedao={g.jiedao}>
          <button type="button" className="link" onClick={() => onSelect({ kind: 'jiedao', id: g.jiedao })}>
            {lang === 'zh' ? g.name_zh : g.name_en}
          </button>{' '}
          <small>{t('gaps.row', { people: people(g.uncoveredPopulation, lang), km2: km2(g.uncoveredKm2) })}</small>
        </li>
      ))}
    </ol>
  );
}
