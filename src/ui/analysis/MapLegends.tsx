/** Legends of the area layers, over the map's lower left corner while those layers are drawn. */
import { useTranslation } from 'react-i18next';
import { COVERAGE_CLASSES, DENSITY_CLASSES, ZERO_DENSITY_COLOUR } from '../../map/area-overlay.ts';
import { CompletenessLegend } from '../datasets/CompletenessLegend.tsx';
import './areas.css';

const range = (classes: readonly { from: number }[], i: number, fmt: (x: number) => string) =>
  i + 1 < classes.length ? `${fmt(classes[i]!.from)}–${fmt(classes[i + 1]!.from)}` : `≥ ${fmt(classes[i]!.from)}`;

export function MapLegends({ choropleth, population, completeness = false }: { choropleth: boolean; population: boolean; completeness?: boolean }) {
  const { t, i18n } = useTranslation('areas');
  if (!choropleth && !population && !completeness) return null;
  const num = (x: number) => x.toLocaleString(i18n.language === 'zh' ? 'zh-CN' : 'en-US');
  return (
    <div className="map-legends">
      {choropleth && (
        <div className="map-legend" data-testid="choropleth-legend">
          <strong>{t('choropleth.legend')}</strong>
          <ul>
            {COVERAGE_CLASSES.map((c, i) => (
              <li key={c.from}>
                <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
                {range(COVERAGE_CLASSES, i, (x) => `${Math.round(x * 100)}%`)}
              </li>
            ))}
          </ul>
          <small>{t('choropleth.click')}</small>
        </div>
      )}
      {completeness && <CompletenessLegend testId="completeness-map-legend" />}
      {population && (
        <div className="map-legend" data-testid="population-legend">
          <strong>{t('population.legend')}</strong>
          <ul>
            <li>
              <span className="swatch" style={{ background: ZERO_DENSITY_COLOUR }} aria-hidden="true" />
              {t('population.zero')}
            </li>
            {DENSITY_CLASSES.map((c, i) => (
              <li key={c.from}>
                <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
                {range(DENSITY_CLASSES, i, num)}
              </li>
            ))}
          </ul>
          <small>{t('population.note')} {t('model.credit')}</small>
        </div>
      )}
    </div>
  );
}
