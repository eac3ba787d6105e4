/** The coverage-analysis side panel: parameters, results table and chart, corridors, site suggestion. */
import { useTranslation } from 'react-i18next';
import type { SiteSuggestion } from '../../analysis/site-suggestion.ts';
import { analysisActions, displayedMinutes, useAnalysisStore } from '../../app/analysis-store.ts';
import { useAppStore } from '../../app/store.ts';
import { downloadText } from '../download.ts';
import { exportFileName } from '../../io/export.ts';
import { CorridorSection } from './CorridorSection.tsx';
import { CoverageChart } from './CoverageChart.tsx';
import { CoverageTable } from './CoverageTable.tsx';
import { coverageCsv } from './coverage-csv.ts';
import { LifeCircleForm } from './LifeCircleForm.tsx';
import { SuggestSection } from './SuggestSection.tsx';

export function AnalysisPanel({ onAdopt }: { onAdopt?: (sites: SiteSuggestion[]) => void }) {
  const { t, i18n } = useTranslation('analysis');
  const s = useAnalysisStore();
  const districts = useAppStore((st) => st.data?.districts.features) ?? [];
  const minutes = displayedMinutes(s);
  const level = s.result?.levels.find((l) => l.minutes === minutes);
  const en = i18n.language === 'en';

  return (
    <div className="analysis-panel">
      <label className="toggle-row master">
        <input type="checkbox" checked={s.enabled} onChange={(e) => analysisActions.setEnabled(e.target.checked)} data-testid="analysis-enable" />
        <strong>{t('ui.enable')}</strong>
      </label>
      <div className="status-line" aria-live="polite" data-testid="analysis-status">
        {s.busy ? (s.progress?.label === 'grid' ? t('ui.grid') : t('ui.busy')) : s.enabled && level ? t('ui.ready', { radius: Math.round(level.radiusM) }) : ''}
      </div>
      <LifeCircleForm />
      <fieldset>
        <legend>{t('ui.showTitle')}</legend>
        {(['circles', 'covered', 'gaps'] as const).map((k) => (
          <label key={k} className="toggle-row">
            <input type="checkbox" checked={s.show[k]} onChange={(e) => analysisActions.setShow(k, e.target.checked)} data-testid={`show-${k}`} />
            <span className={`swatch swatch-${k}`} aria-hidden="true" />
            <span className="toggle-label">{t(`ui.show.${k}`)}</span>
          </label>
        ))}
        {s.show.gaps && (
          <label className="select-row">
            {t('gaps.filterByDistrict')}
            <select
              value={s.gapDistricts[0] ?? ''}
              onChange={(e) => analysisActions.setGapDistricts(e.target.value ? [e.target.value] : [])}
              data-testid="gap-district"
            >
              <option value="">{t('gaps.allDistricts')}</option>
              {districts.map((d) => (
                <option key={String(d.properties!.id)} value={String(d.properties!.id)}>
                  {String(en ? d.properties!.name_en : d.properties!.name_zh)}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>
      {s.enabled && level && (
        <section className="results">
          <CoverageTable summary={level.summary} />
          <p className="note">
            {t('lifeCircles.min' + minutes)} · {t('notes.popAssumption')} · {t('notes.seaIncluded')} · {t('table.cityTotalNote')} · {t('notes.grid')}
          </p>
          <CoverageChart summary={level.summary} />
          <button
            type="button"
            data-testid="export-csv"
            onClick={() =>
              downloadText(exportFileName(`${t('table.title')}-${minutes}min`, 'csv'), coverageCsv(level.summary, minutes, i18n.language, i18n.t), 'text/csv;charset=utf-8')
            }
          >
            {t('ui.exportCsv')}
          </button>
        </section>
      )}
      <CorridorSection />
      <SuggestSection onAdopt={onAdopt} />
    </div>
  );
}
