/**
 * The coverage-analysis side panel: parameters, map layers, the per-district and per-街道 table with the
 * worst-served 街道, the chart, corridors, site suggestion.
 */
import { completenessOnMap, tradeChoice, useTradeCoverageStore } from '../../app/trade-coverage.ts';
import { useTranslation } from 'react-i18next';
import type { SiteSuggestion } from '../../analysis/site-suggestion.ts';
import { analysisActions, displayedMinutes, useAnalysisStore } from '../../app/analysis-store.ts';
import { useAppStore, type SelectedArea } from '../../app/store.ts';
import { downloadText } from '../download.ts';
import { exportFileName } from '../../io/export.ts';
import { CorridorSection } from './CorridorSection.tsx';
import { CoverageChart } from './CoverageChart.tsx';
import { CoverageTable } from './CoverageTable.tsx';
import { coverageCsv } from './coverage-csv.ts';
import './areas.css';
import { LifeCircleForm } from './LifeCircleForm.tsx';
import { PopulationModelNote } from './PopulationModelNote.tsx';
import { selectAndFrame } from './area-select.ts';
import { WorstServed } from './WorstServed.tsx';
import { GapList } from './GapList.tsx';
import { SuggestSection } from './SuggestSection.tsx';

/** The analysis layers the planner switches on the map, in order, with their labels. */
const SHOWN_LAYERS = [
  ['circles', 'ui.show.circles'],
  ['covered', 'ui.show.covered'],
  ['gaps', 'ui.show.gaps'],
  ['choropleth', 'areas:choropleth.show'],
  ['population', 'areas:population.show'],
] as const;

export function AnalysisPanel({ onAdopt }: { onAdopt?: (sites: SiteSuggestion[]) => void }) {
  const { t, i18n } = useTranslation(['analysis', 'areas']);
  const s = useAnalysisStore();
  const districtShapes = useAppStore((st) => st.data?.districts);
  const districts = districtShapes?.features ?? [];
  const selectedArea = useAppStore((st) => st.selectedArea);
  const data = useAppStore((st) => st.data);
  const completenessShown = useTradeCoverageStore((st) => completenessOnMap(st) !== null);
  const select = (area: SelectedArea) => selectAndFrame(area, data);
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
        {SHOWN_LAYERS.map(([k, label]) => (
          <label key={k} className="toggle-row">
            <input type="checkbox" checked={s.show[k]} onChange={(e) => analysisActions.setShow(k, e.target.checked)} data-testid={`show-${k}`} />
            <span className={`swatch swatch-${k}`} aria-hidden="true" />
            <span className="toggle-label">{t(label)}</span>
          </label>
        ))}
        {completenessShown && s.show.choropleth && (
          <p className="note" data-testid="choropleth-replaced">
            {t('areas:choropleth.replaced')}{' '}
            <button type="button" className="link" onClick={() => tradeChoice.setOnMap(false)} data-testid="choropleth-use-coverage">
              {t('areas:choropleth.useCoverage')}
            </button>
          </p>
        )}
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
        {s.enabled && s.show.gaps && s.gaps && <GapList gaps={s.gaps} onSelect={select} />}
      </fieldset>
      {s.enabled && level && (
        <section className="results">
          <WorstServed summary={level.summary} onSelect={select} />
          <CoverageTable summary={level.summary} minutes={minutes} selected={selectedArea} onSelect={select} />
          <PopulationModelNote />
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
