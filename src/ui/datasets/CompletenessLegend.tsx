/** The completeness choropleth's classes (share of residents who reach every chosen trade). */
import { useTranslation } from 'react-i18next';
import { COMPLETENESS_BREAKS, COMPLETENESS_COLOURS } from '../../map/completeness-overlay.ts';

export const completenessClassLabel = (i: number): string =>
  `${i === 0 ? 0 : COMPLETENESS_BREAKS[i - 1]! * 100}–${i < COMPLETENESS_BREAKS.length ? COMPLETENESS_BREAKS[i]! * 100 : 100}%`;

export function CompletenessLegend({ testId }: { testId: string }) {
  const { t } = useTranslation('datasets');
  return (
    <div className="map-legend completeness-legend" data-testid={testId}>
      <strong>{t('coverage.mapLegend')}</strong>
      <ul>
        {COMPLETENESS_COLOURS.map((c, i) => (
          <li key={c}>
            <span className="swatch" style={{ background: c }} aria-hidden="true" />
            {completenessClassLabel(i)}
          </li>
        ))}
      </ul>
    </div>
  );
}
