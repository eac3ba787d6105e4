/** Greedy maximal-coverage site suggestion: k, candidate area, ranked results with marginal gains. */
import { useTranslation } from 'react-i18next';
import { LIMITS, type CandidateArea } from '../../analysis/params.ts';
import type { SiteSuggestion } from '../../analysis/site-suggestion.ts';
import { useAnalysisController } from '../../app/analysis-context.ts';
import { useAnalysisStore } from '../../app/analysis-store.ts';
import { actions, useAppStore } from '../../app/store.ts';
import { NumberField } from './NumberField.tsx';
import { people } from './CoverageTable.tsx';

const areaValue = (a: CandidateArea) => (a.kind === 'district' ? `district:${a.districtId}` : a.kind);

export function SuggestSection({ onAdopt }: { onAdopt?: (sites: SiteSuggestion[]) => void }) {
  const { t, i18n } = useTranslation('analysis');
  const en = i18n.language === 'en';
  const s = useAnalysisStore();
  const controller = useAnalysisController();
  const districts = useAppStore((st) => st.data?.districts.features) ?? [];
  const districtName = (id: string) => {
    const p = districts.find((d) => d.properties?.id === id)?.properties;
    return p ? String(en ? p.name_en : p.name_zh) : id;
  };
  const setArea = (v: string) => {
    const area: CandidateArea =
      v === 'corridor' ? { kind: 'corridor', lineIds: s.corridorLines } : v.startsWith('district:') ? { kind: 'district', districtId: v.slice(9) } : { kind: 'uncovered' };
    controller.updateParams({ candidateArea: area });
  };
  const running = s.progress?.label === 'suggest';
  return (
    <fieldset>
      <legend>{t('suggestion.title')}</legend>
      <p className="note">{t('suggestion.description')}</p>
      <NumberField
        label={t('suggestion.k')}
        unit={`(${LIMITS.suggestK.min}–${LIMITS.suggestK.max})`}
        value={s.params.suggestK}
        field="suggestK"
        errors={s.paramErrors}
        onCommit={(v) => controller.updateParams({ suggestK: v })}
        testId="suggest-k"
      />
      <label className="select-row">
        {t('fields.candidateArea')}
        <select value={areaValue(s.params.candidateArea)} onChange={(e) => setArea(e.target.value)} data-testid="candidate-area">
          <option value="uncovered">{t('candidateArea.uncovered')}</option>
          {districts.map((d) => (
            <option key={String(d.properties!.id)} value={`district:${String(d.properties!.id)}`}>
              {t('candidateArea.district')}: {String(en ? d.properties!.name_en : d.properties!.name_zh)}
            </option>
          ))}
          <option value="corridor">{t('candidateArea.corridor')} ({s.corridorLines.join(', ')})</option>
        </select>
      </label>
      {s.paramErrors.filter((e) => e.field === 'candidateArea').map((e) => (
        <div key={e.code} role="alert" className="field-error">{t(e.code, e.params)}</div>
      ))}
      <button type="button" onClick={() => void controller.runSuggestion()} disabled={s.busy || !s.enabled || s.paramErrors.length > 0} data-testid="suggest-run">
        {running ? t('suggestion.running') : t('suggestion.run')}
      </button>
      {running && s.progress && <progress max={s.progress.total} value={s.progress.done} data-testid="suggest-progress" />}
      {s.suggestions.length > 0 && (
        <>
          <ol className="suggestions" data-testid="suggestions">
            {s.suggestions.map((site) => (
              <li key={site.rank} data-rank={site.rank}>
                <button type="button" className="link" onClick={() => actions.flyTo({ lon: site.lon, lat: site.lat, zoom: 14 })}>
                  #{site.rank} {districtName(site.district)}
                </button>
                <span className="gain">
                  +{people(site.gainPopulation, i18n.language)} {t('units.people')} · +{site.gainKm2.toFixed(2)} {t('units.km2')}
                </span>
              </li>
            ))}
          </ol>
          <p className="note">
            {t('suggestion.method')} · {t('ui.suggestTotal', { people: people(s.suggestions.reduce((a, x) => a + x.gainPopulation, 0), i18n.language) })}
          </p>
          {onAdopt && (
            <button type="button" onClick={() => onAdopt(s.suggestions)} data-testid="adopt-all">
              {t('ui.adoptAll')}
            </button>
          )}
        </>
      )}
    </fieldset>
  );
}
